// Home: who to call. Numbers and the 119 script are compiled into the core and work
// without the dataset.
import { clear, h, ja, mixed } from '../dom';
import { currentLang, t } from '../i18n';
import { api, type Json } from '../ipc';
import { state } from '../state';
import { callLink, errorBox, loading } from '../widgets';

export async function emergencyScreen(root: HTMLElement): Promise<void> {
  const numbers = h('section', { 'aria-labelledby': 'numbers-h' }, loading());
  const script = h('section', { 'aria-labelledby': 'script-h', class: 'card-block' }, loading());
  clear(
    root,
    h('h1', { id: 'screen-title' }, t('emergency-title')),
    h('p', { class: 'lead' }, t('emergency-lead')),
    h('h2', { id: 'numbers-h', class: 'visually-hidden' }, t('emergency-numbers')),
    numbers,
    script,
    h(
      'section',
      { 'aria-labelledby': 'prepare-h', class: 'card-block' },
      h('h2', { id: 'prepare-h' }, t('prepare-title')),
      h(
        'ul',
        { class: 'checklist' },
        h('li', {}, t('prepare-passport')),
        h('li', {}, t('prepare-insurance')),
        h('li', {}, t('prepare-money')),
        h('li', {}, t('prepare-medicines')),
        h('li', {}, t('prepare-address')),
      ),
    ),
  );

  const lang = currentLang();
  try {
    const list = await api.emergencyNumbers(lang);
    clear(numbers, h('ul', { class: 'numbers' }, list.map(numberItem)));
  } catch (e) {
    clear(numbers, errorBox(e));
  }
  // The script, filled in with the chosen place and, once picked, what happened.
  const lines = h('div', {});
  const renderLines = async (what?: string) => {
    try {
      clear(lines, renderScript(await api.callScript(lang, { landmark: state.position?.labelJa, what })));
    } catch (e) {
      clear(lines, errorBox(e));
    }
  };
  let picker: HTMLElement | null = null;
  try {
    const choices = await api.whatChoices(lang);
    const select = h(
      'select',
      { id: 'script-what', 'aria-label': t('script-what') },
      h('option', { value: '' }, t('script-what')),
      choices.map((c) => h('option', { value: c.what }, c.label)),
    );
    select.addEventListener('change', () => void renderLines(select.value || undefined));
    picker = h('p', {}, select);
  } catch {
    picker = null;
  }
  clear(script, h('h2', { id: 'script-h' }, t('script-119-title')), picker, lines);
  await renderLines();
}

function numberItem(n: Json): HTMLElement {
  const number = String(n.number ?? '');
  return h(
    'li',
    { class: 'number', 'data-number-id': String(n.id ?? '') },
    callLink(String(n.dial ?? number), number, { 'data-number': number, 'aria-label': `${n.name ?? ''} ${number}` }),
    h('div', { class: 'number-text' }, h('strong', {}, mixed(String(n.name ?? ''))), h('span', {}, mixed(String(n.purpose ?? '')))),
    n.hours || n.languages ? h('small', {}, mixed([n.hours, n.languages].filter(Boolean).join(' · '))) : null,
    n.note ? h('small', { class: n.unsure ? 'unsure' : '' }, mixed(String(n.note))) : null,
  );
}

/** The script is a list of the dispatcher's questions, each with what to answer in Japanese. */
function renderScript(steps: Json[]): HTMLElement {
  return h(
    'ol',
    { class: 'script' },
    steps.map((step) =>
      h(
        'li',
        {},
        h('p', { class: 'ask' }, mixed(String(step.text ?? ''))),
        step.ja ? h('p', { class: 'say' }, ja(String(step.ja))) : null,
        step.ja_reading ? h('p', { class: 'reading' }, ja(String(step.ja_reading))) : null,
        step.romaji ? h('p', { class: 'romaji' }, String(step.romaji)) : null,
      ),
    ),
  );
}
