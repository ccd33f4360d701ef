// Home: who to call, in the order of need: "call 119 now if ...", where you are (big
// enough to read to a dispatcher or show to a taxi driver), the 119 script with the
// address line filled in, then the advice lines and other numbers for this place.
// Numbers and the script are compiled into the core and work without the dataset.
import './emergency.css';
import { clear, h, ja, mixed } from '../dom';
import { careApi, type WhereAmI } from '../emergency-care-api';
import { currentLang, t } from '../i18n';
import { api, AppError, type Json } from '../ipc';
import { state } from '../state';
import { callLink, errorBox, loading } from '../widgets';

const redFlags = () => [
  t('ec-flag-breathing'),
  t('ec-flag-unconscious'),
  t('ec-flag-chest'),
  t('ec-flag-stroke'),
  t('ec-flag-bleeding'),
  t('ec-flag-seizure'),
];

export async function emergencyScreen(root: HTMLElement): Promise<void> {
  const whereCard = h('section', { 'aria-labelledby': 'where-h', class: 'where-card', 'data-testid': 'where-am-i' }, loading());
  const numbers = h('section', { 'aria-labelledby': 'numbers-h' }, loading());
  const script = h('section', { 'aria-labelledby': 'script-h', class: 'card-block' }, loading());
  clear(
    root,
    h('h1', { id: 'screen-title' }, t('emergency-title')),
    h(
      'section',
      { class: 'red-flags', 'aria-labelledby': 'red-flags-h', 'data-testid': 'red-flags' },
      h('h2', { id: 'red-flags-h' }, t('ec-redflags-title')),
      h('ul', {}, redFlags().map((text) => h('li', {}, text))),
      callLink('119', '119', { class: 'call wide', 'data-number': '119' }),
    ),
    whereCard,
    script,
    h('p', { class: 'lead' }, t('emergency-lead')),
    h('h2', { id: 'numbers-h' }, state.position ? t('ec-numbers-here') : t('emergency-numbers')),
    numbers,
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
  const p = state.position;
  let place: WhereAmI | null = null;
  if (p) {
    try {
      place = await careApi.whereAmI(p.lat, p.lon);
      clear(whereCard, whereAmICard(place, await stationLine(place)));
    } catch (e) {
      clear(
        whereCard,
        h('h2', { id: 'where-h' }, t('ec-where-title')),
        e instanceof AppError && e.kind === 'invalid-position' ? h('p', {}, t('ec-where-sea')) : errorBox(e),
        coordinates(p.lat, p.lon),
      );
    }
  } else {
    clear(whereCard, h('h2', { id: 'where-h' }, t('ec-where-title')), h('p', { class: 'muted' }, t('ec-where-unknown')));
  }

  try {
    const list = place && p ? await careApi.numbersAt(lang, p.lat, p.lon) : await api.emergencyNumbers(lang);
    clear(numbers, h('ul', { class: 'numbers' }, list.map(numberItem)));
  } catch (e) {
    clear(numbers, errorBox(e));
  }
  // The script, filled in with where the phone is (or the chosen place's name) and, once
  // picked, what happened.
  const lines = h('div', {});
  const renderLines = async (what?: string) => {
    try {
      const steps =
        place && p
          ? await careApi.callScriptAt(lang, p.lat, p.lon, { what })
          : await api.callScript(lang, { landmark: state.position?.labelJa, what });
      clear(lines, renderScript(steps));
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

function coordinates(lat: number, lon: number): HTMLElement {
  return h('p', { class: 'coords', 'data-testid': 'coords' }, t('ec-coords'), ' ', h('span', { class: 'nowrap' }, `${lat.toFixed(5)}, ${lon.toFixed(5)}`));
}

/** "About 150 m southwest of Tochomae station", in the user's language. */
async function stationLine(w: WhereAmI): Promise<HTMLElement | null> {
  const s = w.station;
  if (!s || s.distance_m > 5000) return null;
  const dirs = [t('ec-dir-n'), t('ec-dir-ne'), t('ec-dir-e'), t('ec-dir-se'), t('ec-dir-s'), t('ec-dir-sw'), t('ec-dir-w'), t('ec-dir-nw')];
  const dir = dirs[Math.round((((s.bearing_deg % 360) + 360) % 360) / 45) % 8];
  const m = s.distance_m < 100 ? Math.max(10, Math.round(s.distance_m / 10) * 10) : Math.round(s.distance_m / 50) * 50;
  const name = currentLang() === 'ja' ? s.name_ja : (s.name_en ?? s.romaji ?? s.name_ja);
  return h('p', { class: 'where-user', 'data-testid': 'where-station-user' }, ...mixed(await t('ec-where-station', { m, dir, station: name })));
}

/** The where-am-I card: the approximate address and the station sentence in big Japanese
 * type (for a dispatcher, a taxi driver or a passer-by), then the coordinates. */
function whereAmICard(w: WhereAmI, station: HTMLElement | null): (HTMLElement | null)[] {
  return [
    h('h2', { id: 'where-h' }, t('ec-where-title')),
    h('p', { class: 'where-ja', lang: 'ja', 'data-testid': 'where-address' }, w.address_ja, '付近'),
    w.station ? h('p', { class: 'where-station', lang: 'ja' }, w.spoken_ja.split('、').slice(1).join('、')) : null,
    station,
    // The place in romaji (issue 9) so that a visitor can say it aloud; Japanese beside it.
    h(
      'p',
      { class: 'where-user', 'data-testid': 'where-romaji' },
      [w.neighbourhood?.romaji, w.municipality.en, w.prefecture.en].filter((x) => x).join(', '),
      ' · ',
      ja(w.municipality.ja),
    ),
    coordinates(w.lat, w.lon),
    h('p', { class: 'muted small' }, t('ec-where-approx')),
  ];
}

/** Text with phone numbers and time ranges kept whole on one line (they must never break
 * at 360 px), the rest as `mixed` tags it. */
function unbroken(text: string): (Node | string | HTMLElement)[] {
  const out: (Node | string | HTMLElement)[] = [];
  const token = /#?\d[\d-]{4,}\d|\d{1,2}:\d{2}–\d{1,2}:\d{2}/g;
  let last = 0;
  for (const m of text.matchAll(token)) {
    if (m.index! > last) out.push(...(mixed(text.slice(last, m.index)) as (Node | string)[]));
    out.push(h('span', { class: 'nowrap' }, m[0]));
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(...(mixed(text.slice(last)) as (Node | string)[]));
  return out;
}

export function numberItem(n: Json): HTMLElement {
  const number = String(n.number ?? '');
  const unsure = n.sure === false || n.unsure === true;
  return h(
    'li',
    { class: `number${number ? '' : ' notice'}`, 'data-number-id': String(n.id ?? '') },
    number ? callLink(String(n.dial ?? number), number, { 'data-number': number, 'aria-label': `${n.name ?? ''} ${number}` }) : h('span', { class: 'notice-mark', 'aria-hidden': 'true' }, '!'),
    h('div', { class: 'number-text' }, h('strong', {}, unbroken(String(n.name ?? ''))), h('span', {}, unbroken(String(n.purpose ?? '')))),
    n.hours || n.languages ? h('small', {}, unbroken([n.hours, n.languages].filter(Boolean).join(' · '))) : null,
    n.direct ? h('small', {}, callLink(String(n.direct), String(n.direct), { class: 'direct', 'data-number': String(n.direct) })) : null,
    n.note ? h('small', { class: unsure ? 'unsure' : '' }, unbroken(String(n.note))) : null,
    unsure && n.id !== 'advice-none' && n.as_of ? h('small', { class: 'unsure' }, t('ec-check-locally')) : null,
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
        { 'data-line-id': String(step.id ?? '') },
        h('p', { class: 'ask' }, mixed(String(step.text ?? ''))),
        step.ja ? h('p', { class: 'say' }, ja(String(step.ja))) : null,
        step.ja_reading ? h('p', { class: 'reading' }, ja(String(step.ja_reading))) : null,
        // The place is in romaji when every name in it has a reading (issue 9); otherwise it
        // stays in Japanese, tagged as such.
        step.romaji ? h('p', { class: 'romaji' }, mixed(String(step.romaji))) : null,
      ),
    ),
  );
}
