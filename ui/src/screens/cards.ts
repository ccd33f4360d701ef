// Phrase cards: a search that answers as the user types (results above the categories),
// categories, and a full-screen card with large Japanese for staff. A card with a blank
// (temperature, days, a body part …) opens with the blank shown and an input fit for it:
// a number pad, a 0–10 scale, a picker of the words the app knows, or free text. The
// value is kept on the device for next time.
import './cards.css';
import { clear, h, mixed } from '../dom';
import { currentLang, t } from '../i18n';
import { api, AppError, type Json } from '../ipc';
import { errorBox, loading } from '../widgets';

const QUERY_KEY = 'cards-query';
const valueKey = (card: string, arg: string) => `card-arg:${card}:${arg}`;

function cardItem(c: Json, go: (hash: string) => void): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'card-item', 'data-card-id': c.id, onclick: () => go(`#/card/${encodeURIComponent(c.id)}`) },
      h('span', { class: 'text' }, mixed(String(c.text))),
      h('span', { class: 'ja', lang: 'ja' }, String(c.ja)),
    ),
  );
}

function cardList(cards: Json[], go: (hash: string) => void): HTMLElement {
  return cards.length ? h('ul', { class: 'cards' }, cards.map((c) => cardItem(c, go))) : h('p', { class: 'muted' }, t('cards-none'));
}

export async function cardsScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), loading());
  let cards: Json[];
  try {
    cards = await api.cardCatalogue(currentLang());
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), errorBox(e));
    return;
  }
  const search = h('input', {
    type: 'search',
    id: 'card-search',
    placeholder: t('cards-search'),
    'aria-label': t('cards-search'),
    'aria-controls': 'card-results',
    autocomplete: 'off',
    enterkeyhint: 'search',
  });
  const results = h('section', { id: 'card-results', class: 'card-results', 'aria-live': 'polite', hidden: true });
  const list = h('div', { class: 'card-list' });
  const categories = [...new Set(cards.map((c) => String(c.category)))];
  let category = '';
  const chips = h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': t('cards-categories') },
    [h('button', { class: 'chip', 'aria-pressed': 'true', 'data-category': '' }, t('cards-all'))].concat(
      categories.map((c) => {
        const label = cards.find((x) => x.category === c)?.category_name ?? c;
        return h('button', { class: 'chip', 'aria-pressed': 'false', 'data-category': c }, mixed(String(label)));
      }),
    ),
  );
  chips.addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest('button');
    if (!b) return;
    category = b.dataset.category ?? '';
    chips.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    clear(list, cardList(cards.filter((c) => !category || c.category === category), go));
  });

  // The core ranks the cards (words in any order, synonyms, stems, accents folded); only
  // the latest answer is shown when the user types faster than it answers.
  let asked = 0;
  async function find(): Promise<void> {
    const q = search.value.trim();
    sessionStorage.setItem(QUERY_KEY, search.value);
    const mine = ++asked;
    if (!q) {
      results.hidden = true;
      clear(results);
      return;
    }
    let found: Json[];
    try {
      found = await api.cardSearch(currentLang(), q);
    } catch (e) {
      if (mine === asked) clear(results, errorBox(e));
      return;
    }
    if (mine !== asked) return;
    results.hidden = false;
    clear(results, h('h2', { class: 'visually-hidden' }, t('cards-results')), cardList(found, go));
  }
  search.addEventListener('input', () => void find());

  clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), h('div', { class: 'card-search' }, search), results, chips, list);
  clear(list, cardList(cards, go));
  // Coming back from a card finds the search as it was left.
  const kept = sessionStorage.getItem(QUERY_KEY);
  if (kept) {
    search.value = kept;
    await find();
  }
}

// ---------------------------------------------------------------------------------------
// One card

interface Vocabulary {
  body_parts: Json[];
  body_part_groups: { id: string; text: string }[];
  sides: { id: string; text: string }[];
  medicines: Json[];
}

let vocabulary: { lang: string; words: Promise<Vocabulary> } | null = null;
function words(): Promise<Vocabulary> {
  if (!vocabulary || vocabulary.lang !== currentLang()) {
    vocabulary = { lang: currentLang(), words: api.cardVocabulary(currentLang()) as Promise<Vocabulary> };
  }
  return vocabulary.words;
}

/** The two sides of a card: big Japanese with its reading, the user's language, romaji. */
function cardFace(c: Json): HTMLElement[] {
  return [
    h('p', { id: 'card-ja', class: 'huge-ja', lang: 'ja', 'data-testid': 'card-ja' }, String(c.ja)),
    h('p', { class: 'reading', lang: 'ja', 'data-testid': 'card-reading' }, String(c.ja_reading ?? '')),
    h('p', { class: 'user-text', 'data-testid': 'card-text' }, mixed(String(c.text))),
    h('p', { class: 'romaji', 'data-testid': 'card-romaji' }, String(c.romaji ?? '')),
  ];
}

function closeButton(): HTMLElement {
  return h('button', { class: 'close', onclick: () => history.back(), 'aria-label': t('close') }, '×');
}

export async function cardScreen(root: HTMLElement, id: string): Promise<void> {
  clear(root, loading());
  let blank: Json;
  try {
    blank = await api.card(id, currentLang());
  } catch (e) {
    // Never a dead end: the error sits in the card's frame, with its close button.
    clear(root, h('div', { class: 'fullcard phrase', role: 'dialog', 'aria-modal': 'true' }, closeButton(), errorBox(e)));
    return;
  }
  const face = h('div', { class: 'card-face' }, cardFace(blank));
  const frame = h(
    'div',
    { class: 'fullcard phrase', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'card-ja', 'data-card-id': id },
    closeButton(),
    h('p', { class: 'hint' }, t('card-show-staff')),
    face,
  );
  clear(root, frame);
  const args: Json[] = Array.isArray(blank.args) ? blank.args : [];
  if (args.length) frame.append(await argumentForm(id, args, face));
}

/** The inputs of an argument card; fills the card in both languages as values are given. */
async function argumentForm(id: string, args: Json[], face: HTMLElement): Promise<HTMLElement> {
  const values: Record<string, string> = {};
  const message = h('p', { class: 'arg-error', role: 'status', 'data-testid': 'arg-error' });
  const done = h('button', { class: 'primary', id: 'card-done', disabled: true }, t('card-show'));
  const form = h('form', { class: 'arg-form', 'data-testid': 'arg-form', novalidate: true });
  const edit = h('button', { class: 'secondary', id: 'card-edit', hidden: true }, t('card-change'));

  async function show(): Promise<void> {
    const missing = args.some((a) => !values[a.name]?.trim());
    done.disabled = missing;
    if (missing) return;
    try {
      const filled = await api.card(id, currentLang(), values);
      clear(face, cardFace(filled));
      clear(message);
      for (const a of args) localStorage.setItem(valueKey(id, a.name), values[a.name]);
    } catch (e) {
      done.disabled = true;
      clear(message, e instanceof AppError ? e.message : String(e));
    }
  }

  for (const a of args) {
    const saved = localStorage.getItem(valueKey(id, a.name));
    if (saved) values[a.name] = saved;
    const set = (v: string) => {
      values[a.name] = v;
      void show();
    };
    form.append(await argumentInput(a, saved ?? '', set));
  }
  form.addEventListener('submit', (ev) => ev.preventDefault());
  const kept = args.every((a) => values[a.name]);
  // The inputs fold away once the card is ready, leaving the card alone for staff.
  const inputs = h(
    'div',
    { class: 'arg-inputs' },
    h('h2', { id: 'arg-heading' }, t('card-fill-in')),
    kept ? h('p', { class: 'muted small' }, t('card-value-kept')) : null,
    form,
    message,
  );
  done.addEventListener('click', (ev) => {
    ev.preventDefault();
    inputs.hidden = true;
    done.hidden = true;
    edit.hidden = false;
    face.scrollIntoView({ block: 'start' });
  });
  edit.addEventListener('click', () => {
    inputs.hidden = false;
    done.hidden = false;
    edit.hidden = true;
  });
  if (kept) await show();
  return h('section', { class: 'arg-section', 'aria-labelledby': 'arg-heading' }, inputs, h('div', { class: 'row' }, done, edit));
}

type SetValue = (value: string) => void;

async function argumentInput(a: Json, initial: string, set: SetValue): Promise<HTMLElement> {
  const input = a.input ?? { input: 'text', max_chars: 200 };
  const label = h('span', { class: 'arg-label', id: `arg-${a.name}-label` }, String(a.label));
  const box = h('fieldset', { class: 'arg', 'data-arg': a.name, 'data-input': input.input }, h('legend', {}, label));
  switch (input.input) {
    case 'number':
      box.append(await numberPad(a.name, input, initial, set));
      break;
    case 'scale':
      box.append(scale(input.min, input.max, initial, set));
      break;
    case 'body-part':
      box.append(await bodyPartPicker(initial, set));
      break;
    case 'medicine':
      box.append(await medicinePicker(initial, set));
      break;
    default:
      box.append(textInput(a.name, input.max_chars ?? 200, initial, set));
  }
  return box;
}

function textInput(name: string, max: number, initial: string, set: SetValue, placeholder = ''): HTMLInputElement {
  const el = h('input', {
    type: 'text',
    class: 'arg-text',
    id: `arg-${name}`,
    maxlength: max,
    value: initial,
    placeholder,
    'aria-label': placeholder || null,
    'aria-labelledby': placeholder ? null : `arg-${name}-label`,
  });
  el.addEventListener('input', () => set(el.value));
  return el;
}

/** A number pad: digits, one decimal point when the value takes one, and delete. */
async function numberPad(name: string, spec: Json, initial: string, set: SetValue): Promise<HTMLElement> {
  const decimals = Number(spec.decimals ?? 0);
  const field = h('input', {
    type: 'text',
    inputmode: decimals ? 'decimal' : 'numeric',
    class: 'arg-number',
    id: `arg-${name}`,
    'data-testid': `arg-${name}`,
    value: initial,
    'aria-labelledby': `arg-${name}-label`,
    'aria-describedby': `arg-${name}-range`,
  });
  const accept = (v: string) => {
    // One decimal place at most; a comma counts as the decimal point.
    const clean = v.replace(',', '.');
    const ok = decimals ? /^\d{0,4}(\.\d?)?$/.test(clean) : /^\d{0,4}$/.test(clean);
    if (!ok) return false;
    field.value = clean;
    set(clean.endsWith('.') ? '' : clean);
    return true;
  };
  field.addEventListener('input', () => {
    if (!accept(field.value)) field.value = field.value.slice(0, -1);
  });
  const key = (label: string, press: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', class: 'key', ...attrs, onclick: press }, label);
  const keys: HTMLElement[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => key(d, () => accept(field.value + d), { 'data-key': d }));
  keys.push(decimals ? key('.', () => accept(field.value + '.'), { 'data-key': '.' }) : h('span', {}));
  keys.push(key('0', () => accept(field.value + '0'), { 'data-key': '0' }));
  keys.push(key('⌫', () => accept(field.value.slice(0, -1)), { 'data-key': 'delete', 'aria-label': t('card-delete') }));
  const range = h('p', { class: 'muted small', id: `arg-${name}-range` }, await t('card-range', { min: Number(spec.min), max: Number(spec.max) }));
  return h('div', { class: 'number-pad' }, field, range, h('div', { class: 'keys' }, keys));
}

/** A row of buttons from min to max (a pain score). */
function scale(min: number, max: number, initial: string, set: SetValue): HTMLElement {
  const row = h('div', { class: 'scale', role: 'radiogroup' });
  for (let n = min; n <= max; n++) {
    const b = h('button', { type: 'button', role: 'radio', 'aria-checked': String(initial === String(n)), 'data-value': String(n) }, String(n));
    b.addEventListener('click', () => {
      row.querySelectorAll('button').forEach((x) => x.setAttribute('aria-checked', String(x === b)));
      set(String(n));
    });
    row.append(b);
  }
  return row;
}

/** Body parts by group; a side for the parts that have two; or the user's own words. */
async function bodyPartPicker(initial: string, set: SetValue): Promise<HTMLElement> {
  const v = await words();
  const [savedSide, savedPart] = initial.includes(':') ? initial.split(':') : ['', initial];
  let part = v.body_parts.find((p) => p.id === savedPart) ?? null;
  let side = savedSide;
  const sides = h('div', { class: 'sides', role: 'radiogroup', hidden: !part?.sided, 'aria-label': t('card-which-side') });
  const emit = () => set(part ? (part.sided && side ? `${side}:${part.id}` : String(part.id)) : other.value);
  for (const s of v.sides) {
    const b = h('button', { type: 'button', role: 'radio', 'aria-checked': String(side === s.id), 'data-side': s.id }, s.text);
    b.addEventListener('click', () => {
      side = s.id;
      sides.querySelectorAll('button').forEach((x) => x.setAttribute('aria-checked', String(x === b)));
      emit();
    });
    sides.append(b);
  }
  const groups = v.body_part_groups.map((g) =>
    h(
      'div',
      { class: 'part-group' },
      h('p', { class: 'muted small' }, g.text),
      h(
        'div',
        { class: 'choices', role: 'radiogroup', 'aria-label': g.text },
        v.body_parts
          .filter((p) => p.group === g.id)
          .map((p) => {
            const b = h('button', { type: 'button', role: 'radio', class: 'choice', 'aria-checked': String(part?.id === p.id), 'data-part': p.id }, String(p.text));
            b.addEventListener('click', () => {
              part = p;
              other.value = '';
              picker.querySelectorAll('[data-part]').forEach((x) => x.setAttribute('aria-checked', String(x === b)));
              sides.hidden = !p.sided;
              emit();
            });
            return b;
          }),
      ),
    ),
  );
  const other = textInput('part-other', 200, part ? '' : initial, (text) => {
    part = null;
    sides.hidden = true;
    picker.querySelectorAll('[data-part]').forEach((x) => x.setAttribute('aria-checked', 'false'));
    set(text);
  }, t('card-other-words'));
  const picker = h('div', { class: 'picker' }, groups, h('p', { class: 'muted small' }, t('card-which-side')), sides, other);
  return picker;
}

/** The medicines the app knows, filtered as the user types; or the user's own words. */
async function medicinePicker(initial: string, set: SetValue): Promise<HTMLElement> {
  const v = await words();
  const choices = h('div', { class: 'choices', role: 'radiogroup' });
  const pick = (id: string) => choices.querySelectorAll('[data-medicine]').forEach((x) => x.setAttribute('aria-checked', String((x as HTMLElement).dataset.medicine === id)));
  const known = v.medicines.some((m) => m.id === initial);
  const own = textInput('medicine-other', 200, known ? '' : initial, (text) => {
    pick('');
    set(text);
  }, t('card-other-words'));
  for (const m of v.medicines) {
    const b = h('button', { type: 'button', role: 'radio', class: 'choice', 'aria-checked': String(m.id === initial), 'data-medicine': m.id }, String(m.text));
    b.addEventListener('click', () => {
      pick(String(m.id));
      own.value = '';
      set(String(m.id));
    });
    choices.append(b);
  }
  const filter = h('input', { type: 'search', class: 'arg-filter', placeholder: t('card-find-medicine'), 'aria-label': t('card-find-medicine') });
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    choices.querySelectorAll<HTMLElement>('[data-medicine]').forEach((b) => (b.hidden = !!q && !b.textContent!.toLowerCase().includes(q)));
  });
  return h('div', { class: 'picker' }, filter, choices, own);
}
