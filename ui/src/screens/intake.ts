// The questionnaire: pick a variant, one question a screen (big buttons, skippable), and
// the Japanese summary laid out like a 問診票 with the user's language under each line.
// Every answer is kept by the core as soon as it is given, until the user clears it.
import { clear, h, mixed } from '../dom';
import { currentLang } from '../i18n';
import { L, rapi, type Answers, type Choice, type Question } from '../reception-api';
import { errorBox, loading } from '../widgets';
import { biLine } from './reception';

export async function intakeScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  try {
    const c = await rapi.catalogue(currentLang());
    const pick = (v: string) => async () => {
      // Starting replaces kept answers: only on a tap, never on display.
      try {
        await rapi.start(v);
        go('#/intake-q/0');
      } catch (e) {
        root.append(errorBox(e));
      }
    };
    clear(
      root,
      h('h1', { id: 'screen-title' }, L('rc-choose-variant')),
      h('p', { class: 'muted small' }, L('rc-intake-hint')),
      h('div', { class: 'answer-grid' }, c.variants.map((v) => h('button', { class: 'big', 'data-variant': v.id, onclick: pick(v.id) }, mixed(v.label.text)))),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}

function pressed(b: boolean): string {
  return b ? 'true' : 'false';
}

function choiceButton(c: Choice, on: boolean, onclick: () => void): HTMLButtonElement {
  return h('button', { 'data-choice': c.id, 'aria-pressed': pressed(on), onclick }, mixed(c.label));
}

export async function intakeQuestionScreen(root: HTMLElement, n: number, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  let answers: Answers | null;
  let questions: Question[];
  let known: Question[];
  try {
    answers = await rapi.answers();
    if (!answers) return go('#/intake');
    const all = (await rapi.flow(currentLang())).questions;
    questions = all.filter((q) => !q.from_profile);
    known = all.filter((q) => q.from_profile);
  } catch (e) {
    clear(root, errorBox(e));
    return;
  }
  if (n >= questions.length) return go('#/intake-summary');
  const q = questions[Math.max(0, n)];
  const a: Answers = answers;
  const status = h('div', { class: 'status', role: 'status' });
  const next = () => go(n + 1 >= questions.length ? '#/intake-summary' : `#/intake-q/${n + 1}`);
  const save = async (): Promise<boolean> => {
    try {
      await rapi.save(a);
      clear(status);
      return true;
    } catch (e) {
      clear(status, errorBox(e));
      return false;
    }
  };
  const body = h('div', {});
  const render = () => clear(body, questionBody(q, a, save, next, render));
  render();
  const numeric = ['temperature', 'weight', 'weeks', 'age'].includes(q.kind);
  clear(
    root,
    h('p', { class: 'progress' }, `${n + 1} / ${questions.length}`),
    n === 0 && known.length ? h('p', { class: 'from-profile small', id: 'from-profile' }, L('rc-from-profile'), ': ', mixed(known.map((q) => q.label.text).join(', '))) : null,
    h('h1', { id: 'screen-title' }, mixed(q.label.text)),
    h('div', { id: 'intake-question', 'data-topic': q.topic, 'data-kind': q.kind }, body),
    status,
    h(
      'div',
      { class: 'flow-nav' },
      h('button', { id: 'intake-back', class: 'secondary', onclick: () => go(n > 0 ? `#/intake-q/${n - 1}` : '#/reception') }, L('rc-back')),
      h('button', { id: 'intake-skip', class: 'secondary', onclick: next }, L('rc-skip')),
      h(
        'button',
        {
          id: 'intake-next',
          class: 'primary',
          onclick: async () => {
            if (numeric) readNumbers(body, q, a);
            if (await save()) next();
          },
        },
        L('rc-next'),
      ),
    ),
  );
}

/** Copies the number fields of a question into the answers (empty clears them). */
function readNumbers(body: HTMLElement, q: Question, a: Answers): void {
  for (const input of body.querySelectorAll<HTMLInputElement>('input[data-field]')) {
    const field = input.dataset.field!;
    const v = input.value.trim().replace(',', '.');
    if (v === '') delete a[field];
    else a[field] = Number(v);
  }
  void q;
}

function toggle(list: unknown[], v: unknown): unknown[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

function questionBody(q: Question, a: Answers, save: () => Promise<boolean>, next: () => void, render: () => void): HTMLElement {
  const set = async (patch: Record<string, unknown>, advance: boolean) => {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) delete a[k];
      else a[k] = v;
    }
    const ok = await save();
    if (ok && advance) next();
    else render();
  };
  switch (q.kind) {
    case 'single':
    case 'score':
      return h(
        'div',
        { class: q.kind === 'score' ? 'score-grid' : 'answer-grid' },
        q.choices.map((c) => choiceButton(c, a[q.field] === c.value, () => void set({ [q.field]: c.value }, true))),
      );
    case 'onset':
      return h(
        'div',
        { class: 'answer-grid' },
        q.choices.map((c) => {
          const patch = c.value as Record<string, unknown>;
          const on = Object.entries(patch).every(([k, v]) => (v === null ? a[k] === undefined : a[k] === v));
          return choiceButton(c, on, () => void set(patch, true));
        }),
      );
    case 'multi':
      return h(
        'div',
        { class: 'choice-grid' },
        q.choices.map((c) => choiceButton(c, (a[q.field] ?? []).includes(c.value), () => void set({ [q.field]: toggle(a[q.field] ?? [], c.value) }, false))),
      );
    case 'sites': {
      const sites: { site: string; side?: string }[] = (a.pain_site ?? []).map((s: any) => (typeof s === 'string' ? { site: s } : s));
      const has = (id: string) => sites.some((s) => s.site === id);
      const chosen = sites
        .map((s) => ({ s, c: q.choices.find((c) => c.id === s.site) }))
        .filter((x) => x.c?.lateral)
        .map(({ s, c }) =>
          h(
            'div',
            {},
            h('p', { class: 'small' }, mixed(c!.label)),
            h(
              'div',
              { class: 'sides' },
              (q.sides ?? []).map((side) =>
                h(
                  'button',
                  {
                    'data-side': `${s.site}-${side.id}`,
                    'aria-pressed': pressed(s.side === side.id),
                    onclick: () => void set({ pain_site: sites.map((x) => (x.site === s.site ? { site: x.site, side: side.id } : x)) }, false),
                  },
                  mixed(side.label),
                ),
              ),
            ),
          ),
        );
      return h(
        'div',
        {},
        h(
          'div',
          { class: 'choice-grid' },
          q.choices.map((c) =>
            choiceButton(c, has(c.id), () => void set({ pain_site: has(c.id) ? sites.filter((s) => s.site !== c.id) : [...sites, { site: c.id }] }, false)),
          ),
        ),
        chosen,
      );
    }
    case 'temperature':
    case 'weight':
    case 'weeks':
    case 'age': {
      const [min, max, step] = q.range ?? [0, 999, 1];
      const input = (field: string, label: string, lo = min, hi = max, st = step) =>
        h(
          'label',
          { class: 'field' },
          h('span', {}, label),
          h('input', {
            id: field === q.field ? 'intake-number' : `intake-${field}`,
            class: 'rc-input',
            type: 'number',
            inputmode: st < 1 ? 'decimal' : 'numeric',
            min: lo,
            max: hi,
            step: st,
            'data-field': field,
            value: a[field] ?? '',
          }),
        );
      return h(
        'div',
        { class: 'rc-form' },
        q.kind === 'temperature' ? h('p', { class: 'muted' }, L('rc-temperature-hint')) : null,
        q.kind === 'age' ? [input('age_years', L('rc-years')), input('age_months', L('rc-months'), 0, 35, 1)] : input(q.field, q.label.text),
      );
    }
    case 'allergies':
    case 'entries': {
      const none = q.none_field!;
      const groups = q.groups?.length ? q.groups : [{ field: q.field, label: '', choices: q.choices }];
      const noneLabel = q.kind === 'allergies' ? L('rc-none-allergies') : q.field === 'medicines' ? L('rc-none-medicines') : L('rc-none-conditions');
      const own = h('input', { class: 'rc-input', id: `own-${q.topic}`, type: 'text', 'aria-label': L('rc-own-words'), placeholder: L('rc-own-words') });
      const typed: string[] = groups.flatMap((g) => (a[g.field] ?? []).filter((v: string) => !g.choices.some((c) => c.value === v)));
      return h(
        'div',
        { class: 'rc-form' },
        h('button', { id: 'intake-none', class: 'big', 'aria-pressed': pressed(a[none] === true), onclick: () => void set(Object.fromEntries([[none, a[none] === true ? null : true], ...groups.map((g) => [g.field, null])]), a[none] !== true) }, noneLabel),
        groups.map((g) =>
          h(
            'div',
            {},
            g.label ? h('h2', {}, mixed(g.label)) : null,
            h(
              'div',
              { class: 'choice-grid' },
              g.choices.map((c) => choiceButton(c, (a[g.field] ?? []).includes(c.value), () => void set({ [g.field]: toggle(a[g.field] ?? [], c.value), [none]: null }, false))),
            ),
          ),
        ),
        typed.length ? h('ul', { class: 'entries' }, typed.map((v) => h('li', {}, h('span', {}, v), h('button', { class: 'secondary', onclick: () => void set(Object.fromEntries(groups.map((g) => [g.field, (a[g.field] ?? []).filter((x: string) => x !== v)])), false) }, L('rc-remove'))))) : null,
        h('label', { class: 'field', for: `own-${q.topic}` }, L('rc-own-words')),
        own,
        h('button', { id: 'intake-add', onclick: () => { const v = own.value.trim(); if (v) void set({ [groups[0].field]: [...(a[groups[0].field] ?? []), v], [none]: null }, false); } }, L('rc-add')),
      );
    }
    default:
      return h('p', {}, q.kind);
  }
}

export async function intakeSummaryScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  try {
    const s = await rapi.summary(currentLang());
    const sheet = h(
      'div',
      { class: 'fullcard sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'summary-title', id: 'intake-summary', 'data-variant': s.variant },
      h('button', { class: 'close', onclick: () => go('#/reception'), 'aria-label': L('rc-back') }, '×'),
      h('p', { id: 'summary-title', class: 'sheet-title', lang: 'ja' }, s.title.ja),
      h('p', { class: 'sheet-sub' }, h('span', { lang: 'ja' }, s.variant_label.ja), ' · ', mixed(`${s.title.text}: ${s.variant_label.text}`)),
      biLine(s.note, 'note'),
      s.lines.map((l) => {
        const line = biLine(l.line, l.answered ? '' : 'missing');
        line.dataset.topic = l.topic;
        return line;
      }),
      h(
        'div',
        { class: 'flow-nav' },
        h('button', { id: 'summary-edit', onclick: () => go('#/intake-q/0') }, L('rc-continue')),
        h(
          'button',
          {
            id: 'summary-clear',
            class: 'secondary',
            onclick: async () => {
              if (!confirm(L('rc-clear-confirm'))) return;
              await rapi.clear();
              go('#/reception');
            },
          },
          L('rc-clear'),
        ),
      ),
    );
    clear(root, sheet);
  } catch (e) {
    clear(root, errorBox(e));
  }
}
