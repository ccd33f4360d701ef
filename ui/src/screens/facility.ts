// One facility: names, Japanese address, phone, open now, today's and the week's hours
// (evaluated by the core, by date), departments, the taxi card, and "open in a maps app"
// only when online.
import { openUrl } from '@tauri-apps/plugin-opener';
import { clear, h, ja, mixed } from '../dom';
import { currentLang, t } from '../i18n';
import { api, type DayHours, type HoursWindow, type Json, type OpenState } from '../ipc';
import { departmentLabel, kindLabel, weekdayLabel } from '../labels';
import { state } from '../state';
import { callLink, errorBox, loading } from '../widgets';
import { emergencyCareBlock, outpatientLabel, outpatientSource } from './facility-emergency';

// Times are shown as the source writes them (24-hour Japan time); a window past midnight
// ends at e.g. 24:15.
const hhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const windows = (ws: HoursWindow[]) => ws.map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`).join(', ');

function dayText(d: DayHours): HTMLElement {
  if (d.verdict.kind === 'closed') return h('span', { class: 'closed' }, t('day-closed'));
  if (d.verdict.kind === 'unknown')
    return h('span', { class: 'unknown' }, d.verdict.reason?.cause === 'no-hours' ? t('hours-unknown') : t('open-unknown'));
  return h('span', {}, d.open.length ? windows(d.open) : t('day-closed'));
}

function dayLabel(d: DayHours): string {
  // Weekday of the date (0 = Monday), plus the holiday column's name on a national holiday.
  const weekday = (new Date(`${d.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return `${weekdayLabel(weekday)} ${d.date.slice(5).replace('-', '/')}${d.holiday ? ` (${weekdayLabel(7)})` : ''}`;
}

export function openBadge(open: boolean | null | undefined): HTMLElement {
  return open === true
    ? h('span', { class: 'badge open' }, t('open-now'))
    : open === false
      ? h('span', { class: 'badge closed' }, t('closed-now'))
      : h('span', { class: 'badge unknown' }, t('open-unknown'));
}

const openOf = (s: OpenState) => (s.state === 'open' ? true : s.state === 'closed' ? false : null);

export async function facilityScreen(root: HTMLElement, id: string, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  let view;
  try {
    view = await api.facility(id, state.filters.department || undefined);
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('facility-title')), errorBox(e));
    return;
  }
  const fac = view.facility;
  // The name in Latin letters and the other closed days in the user's language (the core
  // reads the sheet); the screen still shows the rest if this fails.
  const texts = await api.facilityTexts(id, currentLang()).catch(() => null);
  const latin = texts?.latinName ?? (fac.name_en ? { text: fac.name_en, transliterated: false } : null);
  const [today, ...rest] = view.week;
  const mapsLink =
    state.online && fac.position
      ? h(
          'button',
          {
            class: 'secondary',
            onclick: () =>
              openUrl(`https://www.google.com/maps/search/?api=1&query=${fac.position!.lat},${fac.position!.lon}`).catch(() => undefined),
          },
          t('open-in-maps'),
        )
      : null;
  const emergencyBlock = await emergencyCareBlock(view.emergencyCare, view);
  const filtered = state.filters.department ? h('p', { class: 'muted small' }, t('hours-for-department'), ' ', departmentLabel(state.filters.department)) : null;

  clear(
    root,
    h('button', { class: 'back', onclick: () => history.back(), 'aria-label': t('back') }, '←'),
    h('h1', { id: 'screen-title', 'data-testid': 'facility-name' }, ja(fac.name_ja)),
    latin
      ? h(
          'p',
          { class: 'subtitle', 'data-testid': 'facility-latin-name' },
          latin.text,
          latin.transliterated && texts?.latinNameNote ? h('span', { class: 'muted small' }, ` (${texts.latinNameNote})`) : null,
        )
      : null,
    h('p', { class: 'badges', 'data-testid': 'open-state' }, kindLabel(fac.kind), ' ', outpatientLabel(view.emergencyCare), openBadge(openOf(view.open)), (view.emergencyCare?.department ?? fac.emergency) ? h('span', { class: 'badge emergency' }, t('badge-emergency')) : null),
    h('section', { class: 'card-block' }, h('h2', {}, t('address')), h('p', { class: 'address', 'data-testid': 'address' }, ja(fac.address_ja))),
    fac.phone
      ? h('section', { class: 'card-block' }, h('h2', {}, t('phone')), callLink(fac.phone, view.phoneDisplay ?? fac.phone, { class: 'call wide', 'data-testid': 'phone' }))
      : h('p', { class: 'muted' }, t('phone-unknown')),
    h('div', { class: 'row' }, h('button', { class: 'primary', id: 'show-taxi-card', onclick: () => go(`#/taxi/${id}`) }, t('taxi-card-button')), mapsLink),
    today
      ? h(
          'section',
          { class: 'card-block', 'aria-labelledby': 'today-h' },
          h('h2', { id: 'today-h' }, t('hours-today'), ' — ', dayLabel(today)),
          filtered,
          h('p', { class: 'hours-today', 'data-testid': 'hours-today' }, dayText(today)),
          outpatientSource(),
        )
      : null,
    emergencyBlock,
    rest.length
      ? h(
          'details',
          { class: 'card-block' },
          h('summary', {}, t('hours-week')),
          h('table', { class: 'week' }, h('tbody', {}, view.week.map((d, i) => h('tr', { class: i === 0 ? 'today' : '' }, h('th', { scope: 'row' }, dayLabel(d)), h('td', {}, dayText(d)))))),
        )
      : null,
    view.closedDaysText ? closedDaysBlock(view.closedDaysText, texts?.closedDays) : null,
    h(
      'section',
      { class: 'card-block' },
      h('h2', {}, t('departments')),
      h('ul', { class: 'chips', 'data-testid': 'departments' }, fac.departments.map((d) => h('li', {}, departmentLabel(d)))),
      view.departments.length
        ? h('p', { class: 'muted small' }, ja([...new Set(view.departments.map((d) => d.name_ja))].join('・')))
        : null,
    ),
    h('p', { class: 'muted small' }, t('hours-disclaimer')),
  );
}

/** The other closed days: in the user's language where the core could read them, and as
 * the facility wrote them below. */
function closedDaysBlock(original: string, read: Json | null | undefined): HTMLElement {
  const lines: string[] = Array.isArray(read?.lines) ? read!.lines : [];
  return h(
    'section',
    { class: 'card-block', 'data-testid': 'closed-days' },
    h('h2', {}, t('closed-days')),
    lines.length ? h('ul', { class: 'closed-days' }, lines.map((l) => h('li', {}, mixed(l)))) : null,
    read?.note && lines.length ? h('p', { class: 'muted small' }, read.note) : null,
    h('p', { class: 'muted small' }, t('closed-days-original')),
    h('p', { 'data-testid': 'closed-days-original' }, ja(original)),
  );
}

/** Full-screen card for a taxi driver: the request and the address in big Japanese type;
 * for a hospital with an emergency department, a switch to ask for its emergency entrance. */
export async function taxiScreen(root: HTMLElement, id: string): Promise<void> {
  clear(root, loading());
  try {
    const taxiView = await api.facility(id);
    const fac = taxiView.facility;
    const request = h('p', { id: 'taxi-ja', class: 'big-ja', lang: 'ja', 'data-testid': 'taxi-request' }, t('taxi-request', null, 'ja'));
    const userText = h('p', { class: 'user-text', 'data-testid': 'taxi-user-text' }, t('taxi-request'));
    let entrance: HTMLElement | null = null;
    if (fac.kind === 'hospital' && (taxiView.emergencyCare?.department ?? fac.emergency) === true) {
      // The emergency entrance (救急外来) is often apart from the main one, and closed
      // main doors at night send patients round the building.
      const card = await api.card('taxi-emergency-entrance', currentLang()).catch(() => null);
      if (card) {
        entrance = h('button', { class: 'secondary', id: 'taxi-emergency-entrance', 'aria-pressed': 'false' }, mixed(t('taxi-to-emergency-entrance')));
        entrance.addEventListener('click', () => {
          const on = entrance!.getAttribute('aria-pressed') !== 'true';
          entrance!.setAttribute('aria-pressed', String(on));
          clear(request, on ? String(card.ja) : t('taxi-request', null, 'ja'));
          clear(userText, on ? mixed(String(card.text)) : t('taxi-request'));
        });
      }
    }
    clear(
      root,
      h(
        'div',
        { class: 'fullcard taxi', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'taxi-ja' },
        h('button', { class: 'close', onclick: () => history.back(), 'aria-label': t('close') }, '×'),
        h('p', { class: 'hint' }, t('taxi-card-hint')),
        request,
        h('p', { class: 'huge-ja', lang: 'ja', 'data-testid': 'taxi-name' }, fac.name_ja),
        h('p', { class: 'huge-ja address', lang: 'ja', 'data-testid': 'taxi-address' }, fac.address_ja),
        fac.phone ? h('p', { class: 'big-ja', lang: 'ja' }, `☎ ${taxiView.phoneDisplay ?? fac.phone}`) : null,
        userText,
        entrance,
      ),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}
