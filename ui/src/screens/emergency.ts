// Home: who to call. Numbers and the 119 script are compiled into the core and work
// without the dataset.
import { clear, h, ja } from '../dom';
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
  try {
    const s = await api.callScript(lang, { landmark: state.position?.labelJa });
    clear(script, h('h2', { id: 'script-h' }, t('script-119-title')), renderScript(s));
  } catch (e) {
    clear(script, h('h2', { id: 'script-h' }, t('script-119-title')), errorBox(e));
  }
}

function numberItem(n: Json): HTMLElement {
  const number = String(n.number ?? '');
  return h(
    'li',
    { class: 'number', 'data-number-id': String(n.id ?? '') },
    callLink(String(n.dial ?? number), number, { 'data-number': number, 'aria-label': `${n.name ?? ''} ${number}` }),
    h('div', { class: 'number-text' }, h('strong', {}, String(n.name ?? '')), h('span', {}, String(n.purpose ?? ''))),
    n.hours || n.languages ? h('small', {}, [n.hours, n.languages].filter(Boolean).join(' · ')) : null,
    n.note ? h('small', { class: n.unsure ? 'unsure' : '' }, String(n.note)) : null,
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
        h('p', { class: 'ask' }, String(step.text ?? '')),
        step.ja ? h('p', { class: 'say' }, ja(String(step.ja))) : null,
        step.ja_reading ? h('p', { class: 'reading' }, ja(String(step.ja_reading))) : null,
        step.romaji ? h('p', { class: 'romaji' }, String(step.romaji)) : null,
      ),
    ),
  );
}
