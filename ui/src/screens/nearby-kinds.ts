// The Nearby screen's kind filter, the "include unknown hours" switch and the approximate
// distance of geocoded facilities (clinics, dental clinics and pharmacies placed at the
// centre of their neighbourhood): "about 400 m", with the arrow marked approximate.
import { h } from '../dom';
import { t } from '../i18n';
import type { NearResult } from '../ipc';
import { kindLabel } from '../labels';
import { state } from '../state';
import { bearingArrow } from '../widgets';

const KINDS = ['hospital', 'clinic', 'dental', 'pharmacy'];

export function kindSelect(onChange: () => void): HTMLElement {
  const select = h(
    'select',
    { id: 'filter-kind', 'aria-label': t('filter-kind') },
    h('option', { value: '' }, t('filter-any-kind')),
    KINDS.map((k) => h('option', { value: k, selected: state.filters.kind === k }, kindLabel(k))),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => {
    state.filters.kind = select.value;
    onChange();
  });
  return select;
}

export function unknownHoursToggle(
  toggle: (id: string, label: string, key: 'includeUnknownHours') => HTMLElement,
): HTMLElement {
  return toggle('filter-include-unknown-hours', t('filter-include-unknown-hours'), 'includeUnknownHours');
}

/** "about 400 m": rounded to 100 m (the position is a neighbourhood's centre). */
export async function approximateDistance(r: NearResult): Promise<HTMLElement> {
  const m = r.distance_m;
  const text = m < 1000 ? await t('distance-about-m', { m: Math.max(100, Math.round(m / 100) * 100) }) : await t('distance-about-km', { km: Math.round(m / 100) / 10 });
  return h(
    'span',
    { class: 'where-to approximate', 'data-precision': 'neighbourhood' },
    bearingArrow(r.bearing_deg),
    h('span', { class: 'distance' }, text),
    h('small', { class: 'muted approx-label' }, t('bearing-approximate')),
  );
}

/** Under the map, when a result is approximate: what the hollow circles mean. */
export function approximateLegend(results: NearResult[]): HTMLElement | null {
  const kinds = KINDS.filter((k) => results.some((r) => r.kind === k));
  const approx = results.some((r) => r.precision === 'neighbourhood');
  if (!approx && kinds.length < 2) return null;
  return h(
    'p',
    { class: 'muted small map-legend', 'data-testid': 'map-legend' },
    kinds.length > 1 ? kinds.map((k) => [h('span', { class: `kind-key kind-${k}`, 'aria-hidden': 'true' }), kindLabel(k)]) : null,
    approx
      ? h('span', { 'data-testid': 'map-legend-approximate' }, ' ', h('span', { class: 'legend-ring', 'aria-hidden': 'true' }), ' ', t('map-legend-approximate'))
      : null,
  );
}

/** The switch only means something with "open now": shown only then. */
export function syncUnknownHoursToggle(): void {
  document.getElementById('filter-include-unknown-hours')?.closest('label')?.toggleAttribute('hidden', !state.filters.openNow);
}
