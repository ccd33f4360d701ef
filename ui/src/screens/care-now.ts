// Nearby at night and on holidays: when outpatient care is closed, the nearest emergency
// care comes first, labelled "open (published hours)", "24 h" or "call first" — never
// "closed"; and a search with "open now" that finds nothing within the stated limit says
// so, with emergency care, the advice lines for this place and 119, instead of a list of
// places hundreds of kilometres away.
import './emergency.css';
import { h } from '../dom';
import { careApi, type CareNow, type CareResult } from '../emergency-care-api';
import { currentLang, t } from '../i18n';
import type { NearResult } from '../ipc';
import type { Filters, Position } from '../state';
import { numberItem } from './emergency';

/** The emergency-care badge of a result: never "closed". */
export function emergencyBadge(r: CareResult): HTMLElement | null {
  if (!r.emergency) return null;
  if (r.emergency_open === true && r.emergency_24h) return h('span', { class: 'badge em-open', 'data-em': '24h' }, t('ec-badge-24h'));
  if (r.emergency_open === true) return h('span', { class: 'badge em-open', 'data-em': 'open' }, t('ec-badge-open'));
  return h('span', { class: 'badge em-call-first', 'data-em': 'call-first' }, t('ec-badge-call-first'));
}

/** What goes above the results, and the results to show (within the limit when "open
 * now" is asked). `render` draws one result as the Nearby list does. */
export async function careNowPanel(
  p: Position,
  results: NearResult[],
  filters: Filters,
  render: (r: NearResult, i: number) => Promise<HTMLElement>,
): Promise<{ before: HTMLElement | null; results: NearResult[] }> {
  // A clinic, dental clinic or pharmacy asked for by kind (issue 10): that list is the
  // answer, never replaced by the hospitals' emergency care.
  if (filters.kind && filters.kind !== 'hospital') return { before: null, results };
  const outpatientClosed = results.every((r) => r.open !== true);
  if (!filters.openNow && (!outpatientClosed || filters.emergencyOnly)) return { before: null, results };
  if (filters.emergencyOnly) return emergencyOnly(p, results, filters);
  const care = await careHere(p, filters);
  if (!care) return { before: null, results };
  const km = Math.round(care.limit_m / 1000);
  const shown = filters.openNow ? care.open : results;
  // With "open now" and something open within the limit, that list is the answer.
  if (filters.openNow && !care.nothing_open_nearby) return { before: await limitLine(km), results: shown };
  const emergencyItems = await Promise.all(care.emergency.map((r, i) => render(r, i)));
  const nothing = filters.openNow && care.nothing_open_nearby;
  const allClosed = nothing || (results.length > 0 && results.every((r) => r.open === false));
  const panel = h(
    'section',
    { class: 'care-now', 'data-testid': 'care-now', 'aria-live': 'polite' },
    nothing ? await nothingOpen(km) : null,
    care.emergency.length
      ? [
          h('h2', {}, t('ec-emergency-title')),
          care.emergency_any_department ? h('p', { class: 'muted small' }, t('ec-any-department')) : allClosed ? h('p', { class: 'muted small' }, t('ec-emergency-lead')) : null,
          h('ol', { class: 'result-list emergency-list', 'data-testid': 'emergency-list' }, emergencyItems),
        ]
      : null,
    nothing && care.call.length ? callNow(care) : null,
    await limitLine(km),
  );
  return { before: panel, results: shown };
}

/** "Emergency department only" with "open now": every facility with an emergency
 * department, each labelled open / 24 h / call first, within the stated limit; nothing
 * within it is said plainly, with the calls that help. */
async function emergencyOnly(p: Position, results: NearResult[], filters: Filters): Promise<{ before: HTMLElement | null; results: NearResult[] }> {
  const care = await careHere(p, filters);
  if (!care) return { before: null, results };
  const km = Math.round(care.limit_m / 1000);
  const shown = results.filter((r) => r.distance_m <= care.limit_m);
  const panel = h(
    'section',
    { class: 'care-now', 'data-testid': 'care-now' },
    shown.length ? null : [await nothingOpen(km), ...callNow(care)],
    await limitLine(km),
  );
  return { before: panel, results: shown };
}

/** The shell's care-now answer for this place, or null when it cannot give one (the list
 * is then shown as it is, without the panel). */
async function careHere(p: Position, filters: Filters): Promise<CareNow | null> {
  try {
    return await careApi.careNow(currentLang(), p.lat, p.lon, filters.department || undefined);
  } catch {
    return null;
  }
}

/** "Nothing open within N km", plainly. */
async function nothingOpen(km: number): Promise<HTMLElement> {
  return h('div', { class: 'nothing-open', 'data-testid': 'nothing-open' }, h('h2', {}, await t('ec-nothing-open', { km })), h('p', {}, t('ec-nothing-open-lead')));
}

/** The calls that help here, in order of need. */
function callNow(care: CareNow): HTMLElement[] {
  return [h('h2', {}, t('ec-call-now')), h('ul', { class: 'numbers', 'data-testid': 'care-now-numbers' }, care.call.map(numberItem))];
}

/** The stated distance limit of "open now". */
async function limitLine(km: number): Promise<HTMLElement> {
  return h('p', { class: 'muted small', 'data-testid': 'limit' }, await t('ec-limit', { km }));
}
