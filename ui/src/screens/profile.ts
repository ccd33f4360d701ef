// "My medical information": the full-screen page for staff (Japanese with the user's
// language beside it, allergies first) and the editor. The profile is the core's JSON;
// the core checks and saves it in one transaction, and renders every word.
import { clear, h, mixed } from '../dom';
import { currentLang } from '../i18n';
import { L, rapi, type Choice, type Profile, type ProfileView } from '../reception-api';
import { errorBox, loading } from '../widgets';
import { biLine } from './reception';

function section(s: ProfileView['sections'][number]): HTMLElement {
  return h(
    'section',
    { class: s.id, 'data-section': s.id },
    h('h2', {}, h('span', { lang: 'ja' }, s.label.ja), ' ', h('span', { class: 'user-line' }, mixed(s.label.text))),
    s.items.map((i) =>
      biLine({
        ja: i.label ? `${i.label.ja}：${i.value.ja}` : i.value.ja,
        text: i.label ? `${i.label.text}: ${i.value.text}` : i.value.text,
        ja_reading: '',
      }),
    ),
  );
}

export async function profileViewScreen(root: HTMLElement): Promise<void> {
  clear(root, loading());
  try {
    const v = await rapi.profileView(currentLang());
    clear(
      root,
      h(
        'div',
        { class: 'fullcard sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'profile-title', id: 'profile-sheet' },
        h('button', { class: 'close', onclick: () => history.back(), 'aria-label': L('rc-back') }, '×'),
        h('p', { id: 'profile-title', class: 'sheet-title', lang: 'ja' }, v.title.ja),
        h('p', { class: 'user-line' }, mixed(v.title.text)),
        // Allergies first, then who the patient is, then the rest: the order a nurse reads.
        v.sections.slice(0, 1).map(section),
        h('section', { 'data-section': 'patient' }, v.patient.map((i) => biLine({ ja: `${i.label?.ja ?? ''}：${i.value.ja}`, text: `${i.label?.text ?? ''}: ${i.value.text}`, ja_reading: '' }))),
        v.sections.slice(1).map(section),
        biLine(v.note, 'note'),
      ),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}

type Lists = Record<string, Choice[]>;

function select(id: string, options: [string, string][], value: string | undefined, onchange: (v: string) => void, label: string): HTMLElement {
  const s = h('select', { id, 'aria-label': label }, options.map(([v, t]) => h('option', { value: v, selected: v === (value ?? '') }, t)));
  s.addEventListener('change', () => onchange(s.value));
  return s;
}

function text(id: string, value: string | undefined, onchange: (v: string) => void, label: string, type = 'text'): HTMLElement {
  const i = h('input', { id, type, value: value ?? '', 'aria-label': label });
  i.addEventListener('change', () => onchange(i.value));
  return i;
}

function field(label: string, control: HTMLElement): HTMLElement[] {
  return [h('label', { class: 'field', for: control.id }, label), control];
}

/** A term of the profile: a known word, or the user's own words. */
function termLabel(t: any, list: Choice[]): string {
  if (t?.id) return list.find((c) => c.id === t.id)?.label ?? t.id;
  return t?.text ?? '';
}

function opt(v: string | undefined): string | undefined {
  const s = (v ?? '').trim();
  return s === '' ? undefined : s;
}

export async function profileEditScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  let draft: Profile;
  let o: { labels: Record<string, string>; lists: Lists };
  try {
    [draft, o] = await Promise.all([rapi.profileGet().then((p) => p ?? {}), rapi.profileOptions(currentLang())]);
  } catch (e) {
    clear(root, h('p', { class: 'error' }, L('rc-error-store')), errorBox(e));
    return;
  }
  const lab = (id: string) => o.labels[id] ?? id;
  const lists = o.lists;
  const choices = (list: string): [string, string][] => [['', '—'], ...lists[list].map((c): [string, string] => [c.id, c.label])];
  const status = h('div', { class: 'status', id: 'profile-status', role: 'status' });
  const form = h('div', { class: 'rc-form' });
  const sec = (name: string) => (draft[name] ??= { none: false, entries: [] });

  const noneToggle = (name: string, label: string) => {
    const box = h('input', { type: 'checkbox', id: `${name}-none`, checked: sec(name).none === true });
    box.addEventListener('change', () => {
      sec(name).none = box.checked;
      if (box.checked) sec(name).entries = [];
      render();
    });
    return h('label', { class: 'toggle', for: `${name}-none` }, box, h('span', {}, label));
  };
  const entryList = (name: string, describe: (e: any) => string) =>
    h(
      'ul',
      { class: 'entries', id: `${name}-list` },
      sec(name).entries.map((e: any, i: number) =>
        h('li', {}, h('span', {}, describe(e)), h('button', { class: 'secondary', onclick: () => { sec(name).entries.splice(i, 1); render(); } }, L('rc-remove'))),
      ),
    );
  const termOf = (id: string, own: string) => (id && id !== '*' ? { id } : opt(own) ? { text: opt(own) } : null);

  function patientBlock(): HTMLElement {
    const p = (draft.patient ??= {});
    const setp = (k: string) => (v: string) => {
      if (opt(v) === undefined) delete p[k];
      else p[k] = k === 'age_years' ? Number(v) : v.trim();
    };
    return h(
      'fieldset',
      { class: 'card-block' },
      h('legend', {}, lab('section-patient')),
      field(lab('field-name'), text('p-name', p.name, setp('name'), lab('field-name'))),
      h('p', { class: 'muted small' }, L('rc-name-hint')),
      field(lab('field-name-katakana'), text('p-katakana', p.name_katakana, setp('name_katakana'), lab('field-name-katakana'))),
      field(lab('field-birth-date'), text('p-birth', p.birth_date, setp('birth_date'), lab('field-birth-date'), 'date')),
      field(lab('field-age'), text('p-age', p.age_years?.toString(), setp('age_years'), lab('field-age'), 'number')),
      field(lab('field-sex'), select('p-sex', choices('sex'), p.sex, setp('sex'), lab('field-sex'))),
      field(
        lab('field-blood'),
        select('p-blood', [['', L('rc-unknown')], ...['A', 'B', 'O', 'AB'].flatMap((g): [string, string][] => [[`${g}+`, `${g} Rh+`], [`${g}-`, `${g} Rh−`], [g, g]])], p.blood_group ? `${p.blood_group.abo}${p.blood_group.rh ?? ''}` : '', (v) => {
          if (!v) delete p.blood_group;
          else p.blood_group = { abo: v.replace(/[+-]$/, ''), rh: /[+-]$/.test(v) ? v.slice(-1) : null };
        }, lab('field-blood')),
      ),
      field(lab('field-nationality'), text('p-nationality', p.nationality, setp('nationality'), lab('field-nationality'))),
    );
  }

  function allergyBlock(): HTMLElement {
    const s = sec('allergies_intolerances');
    let group = 'drug';
    const substance = h('div', {});
    const own = h('input', { id: 'allergy-own', type: 'text', placeholder: L('rc-own-words'), 'aria-label': L('rc-own-words') });
    const reaction = select('allergy-reaction', choices('reaction'), '', () => undefined, lab('field-reaction'));
    const listOf = (g: string) => `${g === 'drug' ? 'drug' : g === 'food' ? 'food' : 'other'}-allergen`;
    let sub = '';
    const renderSubstance = () => clear(substance, ...field(lab('section-allergies'), select('allergy-substance', [...choices(listOf(group)), ['*', L('rc-own-words')]], sub, (v) => (sub = v), lab('section-allergies'))));
    renderSubstance();
    const groupSel = select('allergy-group', lists['allergy-group'].map((c): [string, string] => [c.id, c.label]), group, (v) => { group = v; sub = ''; renderSubstance(); }, lab('section-allergies'));
    const describe = (e: any) => {
      const r = e.reaction ? ` (${termLabel(e.reaction, lists.reaction)})` : '';
      return `${lists['allergy-group'].find((c) => c.id === e.category)?.label ?? ''}: ${termLabel(e.substance, lists[listOf(e.category)])}${r}`;
    };
    return h(
      'fieldset',
      { class: 'card-block', id: 'profile-allergies' },
      h('legend', {}, lab('section-allergies')),
      noneToggle('allergies_intolerances', L('rc-none-allergies')),
      entryList('allergies_intolerances', describe),
      s.none ? null : [groupSel, substance, own, ...field(lab('field-reaction'), reaction),
        h('button', { id: 'allergy-add', onclick: () => {
          const t = termOf(sub, own.value);
          if (!t) return;
          const r = (reaction as HTMLSelectElement).value;
          s.entries.push({ category: group, substance: t, reaction: r ? { id: r } : null });
          s.none = false;
          render();
        } }, L('rc-add'))],
    );
  }

  function termBlock(name: string, list: string, legend: string, noneLabel: string, withDose: boolean): HTMLElement {
    const s = sec(name);
    const key = name === 'medication_summary' ? 'medicine' : name === 'problem_list' ? 'condition' : 'device';
    let pick = '';
    const own = h('input', { id: `${name}-own`, type: 'text', placeholder: L('rc-own-words'), 'aria-label': L('rc-own-words') });
    const dose = withDose ? h('input', { id: `${name}-dose`, type: 'text', placeholder: lab('field-dose'), 'aria-label': lab('field-dose') }) : null;
    return h(
      'fieldset',
      { class: 'card-block', id: `profile-${name}` },
      h('legend', {}, legend),
      noneToggle(name, noneLabel),
      entryList(name, (e) => termLabel(e[key], lists[list]) + (e.dose ? `: ${e.dose}` : '')),
      s.none ? null : [select(`${name}-pick`, [...choices(list), ['*', L('rc-own-words')]], '', (v) => (pick = v), legend), own, dose,
        h('button', { id: `${name}-add`, onclick: () => {
          const t = termOf(pick, own.value);
          if (!t) return;
          s.entries.push(withDose ? { [key]: t, dose: opt(dose?.value) ?? null } : { [key]: t });
          render();
        } }, L('rc-add'))],
    );
  }

  function proceduresBlock(): HTMLElement {
    const s = sec('history_of_procedures');
    const what = h('input', { id: 'procedure-own', type: 'text', placeholder: L('rc-own-words'), 'aria-label': L('rc-own-words') });
    const year = h('input', { id: 'procedure-year', type: 'number', placeholder: lab('field-year'), 'aria-label': lab('field-year') });
    return h(
      'fieldset',
      { class: 'card-block' },
      h('legend', {}, lab('section-procedures')),
      noneToggle('history_of_procedures', L('rc-none-procedures')),
      entryList('history_of_procedures', (e) => `${e.procedure}${e.year ? ` (${e.year})` : ''}`),
      s.none ? null : [what, year, h('button', { id: 'procedure-add', onclick: () => {
        const p = opt(what.value);
        if (!p) return;
        s.entries.push({ procedure: p, year: year.value ? Number(year.value) : null });
        render();
      } }, L('rc-add'))],
    );
  }

  function restBlock(): HTMLElement[] {
    const preg = (draft.pregnancy ??= {});
    const ins = (draft.insurance ??= {});
    const setIn = (o: any, k: string, num = false) => (v: string) => {
      if (opt(v) === undefined) delete o[k];
      else o[k] = num ? Number(v) : v.trim();
    };
    const contact = draft.emergency_contact ?? {};
    const setC = (k: string) => (v: string) => {
      contact[k] = opt(v);
      draft.emergency_contact = contact.name || contact.phone ? contact : null;
    };
    return [
      h(
        'fieldset',
        { class: 'card-block' },
        h('legend', {}, lab('section-pregnancy')),
        select('preg-status', choices('pregnant'), preg.status, setIn(preg, 'status'), lab('section-pregnancy')),
        field(lab('field-weeks'), text('preg-weeks', preg.weeks?.toString(), setIn(preg, 'weeks', true), lab('field-weeks'), 'number')),
        field(lab('field-breastfeeding'), select('preg-bf', [['', '—'], ['yes', lab('value-breastfeeding-yes')], ['no', lab('value-breastfeeding-no')]], preg.breastfeeding === true ? 'yes' : preg.breastfeeding === false ? 'no' : '', (v) => {
          if (!v) delete preg.breastfeeding;
          else preg.breastfeeding = v === 'yes';
        }, lab('field-breastfeeding'))),
      ),
      h(
        'fieldset',
        { class: 'card-block' },
        h('legend', {}, lab('section-insurance')),
        select('ins-kind', choices('insurance'), ins.kind, setIn(ins, 'kind'), lab('section-insurance')),
        field(lab('field-insurer'), text('ins-insurer', ins.insurer, setIn(ins, 'insurer'), lab('field-insurer'))),
        field(lab('field-policy'), text('ins-policy', ins.policy_number, setIn(ins, 'policy_number'), lab('field-policy'))),
        field(lab('field-assistance'), text('ins-phone', ins.assistance_phone, setIn(ins, 'assistance_phone'), lab('field-assistance'), 'tel')),
      ),
      h(
        'fieldset',
        { class: 'card-block' },
        h('legend', {}, lab('section-contact')),
        field(lab('field-name'), text('c-name', contact.name, setC('name'), lab('field-name'))),
        field(lab('field-relationship'), text('c-rel', contact.relationship, setC('relationship'), lab('field-relationship'))),
        field(lab('field-phone'), text('c-phone', contact.phone, setC('phone'), lab('field-phone'), 'tel')),
      ),
    ];
  }

  async function save(): Promise<void> {
    (draft.patient ??= {}).language ??= currentLang();
    try {
      await rapi.profileSave(draft);
      clear(status, L('rc-saved'));
    } catch (e) {
      clear(status, h('p', {}, L('rc-not-saved')), errorBox(e));
    }
  }

  const file = h('input', { type: 'file', id: 'profile-import', class: 'rc-input', accept: 'application/json,.json', 'aria-label': L('rc-import') });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    try {
      await rapi.profileImport(await f.text());
      clear(status, L('rc-imported'));
      draft = (await rapi.profileGet()) ?? {};
      render();
    } catch (e) {
      clear(status, h('p', {}, L('rc-not-imported')), errorBox(e));
    }
  });

  function render(): void {
    clear(
      form,
      allergyBlock(),
      termBlock('medication_summary', 'medicine', lab('section-medication'), L('rc-none-medicines'), true),
      termBlock('problem_list', 'condition', lab('section-problems'), L('rc-none-conditions'), false),
      proceduresBlock(),
      termBlock('medical_devices', 'device', lab('section-devices'), L('rc-none-devices'), false),
      patientBlock(),
      restBlock(),
    );
  }
  render();
  clear(
    root,
    h('h1', { id: 'screen-title' }, lab('profile-title')),
    h('p', { class: 'muted small' }, L('rc-profile-hint')),
    form,
    status,
    h('div', { class: 'flow-nav' }, h('button', { id: 'profile-save', class: 'primary', onclick: () => void save() }, L('rc-save')), h('button', { id: 'profile-show', onclick: () => go('#/profile') }, L('rc-profile-show'))),
    h(
      'section',
      { class: 'card-block rc-form' },
      h('button', { id: 'profile-export', onclick: async () => {
        try {
          const r = await rapi.profileExport();
          clear(status, h('p', {}, L('rc-exported'), ' ', h('code', {}, r.path)), h('textarea', { class: 'rc-input', id: 'profile-export-json', readonly: true, rows: 6, 'aria-label': L('rc-export') }, r.json));
        } catch (e) {
          clear(status, errorBox(e));
        }
      } }, L('rc-export')),
      h('label', { class: 'field', for: 'profile-import' }, L('rc-import')),
      file,
    ),
  );
}
