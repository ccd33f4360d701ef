// A small element builder: text is always set as text, never parsed as HTML.
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Japanese text: always tagged so that it is drawn with Japanese glyphs and read as Japanese. */
export function ja(text: string, attrs: Attrs = {}): HTMLSpanElement {
  return h('span', { lang: 'ja', ...attrs }, text);
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * Text from the core in the user's language that quotes Japanese (say "救急です"): each
 * Japanese run gets its own lang="ja" span. In a Chinese UI only runs with kana are
 * Japanese for sure; in the Japanese UI the whole page already is.
 */
export function mixed(text: string): Child[] {
  const ui = document.documentElement.lang;
  if (ui === 'ja') return [text];
  const run = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]+/g;
  const kana = /[\u3040-\u30ff]/;
  const out: Child[] = [];
  let last = 0;
  for (const m of text.matchAll(run)) {
    if (ui.startsWith('zh') && !kana.test(m[0])) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(ja(m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
