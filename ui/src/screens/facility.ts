// One facility: names, Japanese address, phone, today's and the week's hours,
// departments, the taxi card, and "open in a maps app" only when online.
import { openUrl } from '@tauri-apps/plugin-opener';
import { clear, h, ja } from '../dom';
import { t } from '../i18n';
import { api, type Json } from '../ipc';
import { departmentLabel, kindLabel, weekdayLabel } from '../labels';
import { state } from '../state';
import { callLink, errorBox, loading } from '../widgets';
import { lastResults } from './nearby';

interface Window {
  start: number;
  end: number;
}

const hhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const windows = (ws: Window[] | undefined) => (ws && ws.length ? ws.map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`).join(', ') : '—');

export async function facilityScreen(root: HTMLElement, id: string, go: (hash: string) => void): Promise<void> {
  clear(root, loading());
  let f: Json;
  try {
    f = await api.facility(id);
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('facility-title')), errorBox(e));
    return;
  }
  const fac: Json = f.facility ?? f;
  const schedule: Json = f.schedule ?? {};
  const listed = lastResults.get(id);
  const clock = await api.clock().catch(() => null);
  const today = clock?.weekday ?? null;
  const phone: string | null = fac.phone ?? null;
  const lat = fac.position?.lat ?? fac.lat;
  const lon = fac.position?.lon ?? fac.lon;

  const deptRows: Json[] = schedule.departments ?? [];
  const hoursToday =
    today === null
      ? null
      : h(
          'section',
          { class: 'card-block', 'aria-labelledby': 'today-h' },
          h('h2', { id: 'today-h' }, t('hours-today'), ' — ', weekdayLabel(today)),
          deptRows.length
            ? h(
                'dl',
                { class: 'hours-today', 'data-testid': 'hours-today' },
                deptRows.map((d) => [
                  h('dt', {}, departmentLabel(d.category), ' ', ja(d.name_ja, { class: 'muted' })),
                  h('dd', {}, windows(d.consultation?.[today])),
                ]),
              )
            : h('p', { class: 'muted' }, t('hours-unknown')),
        );
  const week = deptRows.length
    ? h(
        'details',
        { class: 'card-block' },
        h('summary', {}, t('hours-week')),
        deptRows.map((d) =>
          h(
            'table',
            { class: 'week' },
            h('caption', {}, departmentLabel(d.category), ' ', ja(d.name_ja)),
            h(
              'tbody',
              {},
              [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
                h('tr', { class: i === today ? 'today' : '' }, h('th', { scope: 'row' }, weekdayLabel(i)), h('td', {}, windows(d.consultation?.[i]))),
              ),
            ),
          ),
        ),
      )
    : null;
  const closingText: string | null = schedule.closing?.other_text ?? null;

  const openBadge = listed
    ? listed.open === true
      ? h('span', { class: 'badge open' }, t('open-now'))
      : listed.open === false
        ? h('span', { class: 'badge closed' }, t('closed-now'))
        : h('span', { class: 'badge unknown' }, t('open-unknown'))
    : null;

  const mapsLink =
    state.online && Number.isFinite(lat) && Number.isFinite(lon)
      ? h(
          'button',
          {
            class: 'secondary',
            onclick: () => openUrl(`https://www.google.com/maps/search/?api=1&query=${lat},${lon}`).catch(() => undefined),
          },
          t('open-in-maps'),
        )
      : null;

  clear(
    root,
    h('button', { class: 'back', onclick: () => history.back(), 'aria-label': t('back') }, '←'),
    h('h1', { id: 'screen-title', 'data-testid': 'facility-name' }, ja(fac.name_ja)),
    fac.name_en ? h('p', { class: 'subtitle' }, fac.name_en) : null,
    h('p', { class: 'badges' }, kindLabel(fac.kind), ' ', openBadge, fac.emergency ? h('span', { class: 'badge emergency' }, t('badge-emergency')) : null),
    h('section', { class: 'card-block' }, h('h2', {}, t('address')), h('p', { class: 'address', 'data-testid': 'address' }, ja(fac.address_ja))),
    phone ? h('section', { class: 'card-block' }, h('h2', {}, t('phone')), callLink(phone, phone, { class: 'call wide', 'data-testid': 'phone' })) : h('p', { class: 'muted' }, t('phone-unknown')),
    h('div', { class: 'row' }, h('button', { class: 'primary', id: 'show-taxi-card', onclick: () => go(`#/taxi/${id}`) }, t('taxi-card-button')), mapsLink),
    hoursToday,
    week,
    closingText ? h('section', { class: 'card-block' }, h('h2', {}, t('closed-days')), h('p', {}, ja(closingText))) : null,
    h(
      'section',
      { class: 'card-block' },
      h('h2', {}, t('departments')),
      h('ul', { class: 'chips', 'data-testid': 'departments' }, ((fac.departments as string[]) ?? []).map((d) => h('li', {}, departmentLabel(d)))),
    ),
    h('p', { class: 'muted small' }, t('hours-disclaimer')),
  );
}

/** Full-screen card for a taxi driver: the request and the address in big Japanese type. */
export async function taxiScreen(root: HTMLElement, id: string): Promise<void> {
  clear(root, loading());
  try {
    const f = await api.facility(id);
    const fac: Json = f.facility ?? f;
    clear(
      root,
      h(
        'div',
        { class: 'fullcard taxi', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'taxi-ja' },
        h('button', { class: 'close', onclick: () => history.back(), 'aria-label': t('close') }, '×'),
        h('p', { class: 'hint' }, t('taxi-card-hint')),
        h('p', { id: 'taxi-ja', class: 'big-ja', lang: 'ja', 'data-testid': 'taxi-request' }, t('taxi-request', null, 'ja')),
        h('p', { class: 'user-text' }, t('taxi-request')),
        h('p', { class: 'huge-ja', lang: 'ja', 'data-testid': 'taxi-name' }, fac.name_ja),
        h('p', { class: 'huge-ja address', lang: 'ja', 'data-testid': 'taxi-address' }, fac.address_ja),
        fac.phone ? h('p', { class: 'big-ja', lang: 'ja' }, `☎ ${fac.phone}`) : null,
      ),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}
