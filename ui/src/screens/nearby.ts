// Where do I go: the position, filters, an offline map and the nearest suitable facilities.
import { clear, h, ja } from '../dom';
import { currentLang, t } from '../i18n';
import { api, AppError, type NearResult, type Place } from '../ipc';
import { DEPARTMENTS, departmentLabel, kindLabel } from '../labels';
import { createMap, type OfflineMap } from '../map';
import { setPosition, state } from '../state';
import { bearingArrow, errorBox, loading } from '../widgets';
import { approximateDistance, approximateLegend, kindSelect, syncUnknownHoursToggle, unknownHoursToggle } from './nearby-kinds';
import { devicePosition } from '../location';
import { lineNames, municipalityName, placeName, prefectureName } from '../place-names';
import { careNowPanel, emergencyBadge } from './care-now';

let map: OfflineMap | null = null;

export async function nearbyScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  map ??= createMap();
  map.onFacility((id) => go(`#/facility/${id}`));
  const where = h('div', { class: 'where', 'aria-live': 'polite', 'data-testid': 'position' });
  const list = h('div', { class: 'results', 'aria-live': 'polite' });
  const clock = h('p', { class: 'clock', 'data-testid': 'clock' });
  const suggestions = h('ul', { class: 'suggestions', role: 'listbox', 'aria-label': t('place-suggestions') });
  const search = h('input', {
    type: 'search',
    id: 'place-search',
    autocomplete: 'off',
    placeholder: t('place-placeholder'),
    'aria-label': t('place-search'),
  });
  let searchTimer = 0;
  search.addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => void suggest(search.value), 150);
  });

  const suggest = async (q: string) => {
    if (q.trim().length === 0) return clear(suggestions);
    try {
      const places = await api.places(q, 8);
      clear(suggestions, places.length ? places.map(placeItem) : h('li', { class: 'muted' }, t('place-none')));
    } catch (e) {
      // No match is an answer, not a failure.
      clear(suggestions, e instanceof AppError && e.kind === 'not-found' ? h('li', { class: 'muted' }, t('place-none')) : h('li', {}, errorBox(e)));
    }
  };
  const placeItem = (p: Place) => {
    const lang = currentLang();
    const name = placeName(p, lang);
    const kind = { station: () => t('place-kind-station'), municipality: () => t('place-kind-municipality'), neighbourhood: () => t('place-kind-neighbourhood') }[p.kind ?? 'station']();
    // Where it is, so that 祇園 in Kyoto and 祇園 in Chiba are told apart.
    const where = [municipalityName(p, lang), prefectureName(p, lang)].filter((x) => x).join(', ');
    return h(
      'li',
      {},
      h(
        'button',
        {
          class: 'suggestion',
          role: 'option',
          'data-place-kind': p.kind ?? 'station',
          'data-prefecture': p.prefecture?.code ?? '',
          onclick: () => {
            const label = where ? `${name} (${prefectureName(p, lang)})` : name;
            setPosition({ lat: p.lat, lon: p.lon, source: 'place', label, labelJa: p.name_ja });
            search.value = '';
            clear(suggestions);
            void refresh();
          },
        },
        h('span', { class: 'place-name' }, name),
        name !== p.name_ja ? [' ', ja(p.name_ja, { class: 'muted' })] : null,
        p.reading && lang !== 'ja' ? h('span', { class: 'place-reading muted', lang: 'ja' }, p.reading) : null,
        h('small', { class: 'place-where', 'data-testid': 'place-where' }, [kind, where].filter((x) => x).join(' · '), p.approximate ? ` · ${t('place-area-approximate')}` : ''),
        p.lines.length ? h('small', { 'data-testid': 'place-lines' }, lineNames(p, lang).slice(0, 3).join(' · ')) : null,
      ),
    );
  };

  const deptSelect = h(
    'select',
    { id: 'filter-department', 'aria-label': t('filter-department') },
    h('option', { value: '' }, t('filter-any-department')),
    DEPARTMENTS.map(([id, label]) => h('option', { value: id, selected: state.filters.department === id }, label())),
  );
  deptSelect.addEventListener('change', () => {
    state.filters.department = deptSelect.value;
    void refresh();
  });
  const toggle = (id: string, label: string, key: 'openNow' | 'emergencyOnly' | 'includeUnknownHours') => {
    const box = h('input', { type: 'checkbox', id, checked: state.filters[key] });
    box.addEventListener('change', () => {
      state.filters[key] = box.checked;
      void refresh();
    });
    return h('label', { class: 'toggle', for: id }, box, h('span', {}, label));
  };

  const pickOnMap = h('button', { class: 'secondary', id: 'pick-on-map', 'aria-pressed': 'false' }, t('position-tap-map'));
  pickOnMap.addEventListener('click', () => {
    const on = pickOnMap.getAttribute('aria-pressed') !== 'true';
    pickOnMap.setAttribute('aria-pressed', String(on));
    map!.onTap(
      on
        ? (p) => {
            setPosition({ ...p, source: 'map', label: t('position-from-map') });
            pickOnMap.setAttribute('aria-pressed', 'false');
            map!.onTap(null);
            void refresh();
          }
        : null,
    );
  });
  const useDevice = state.isMobile
    ? h(
        'button',
        {
          class: 'secondary',
          onclick: async () => {
            clear(where, loading());
            setPosition(await devicePosition());
            void refresh();
          },
        },
        t('position-use-device'),
      )
    : null;

  clear(
    root,
    h('h1', { id: 'screen-title' }, t('nearby-title')),
    where,
    h('div', { class: 'place-picker' }, search, suggestions, h('div', { class: 'row' }, useDevice, pickOnMap)),
    h(
      'fieldset',
      { class: 'filters' },
      h('legend', {}, t('filters')),
      deptSelect,
      toggle('filter-open-now', t('filter-open-now'), 'openNow'),
      toggle('filter-emergency', t('filter-emergency'), 'emergencyOnly'),
      kindSelect(() => void refresh()),
      unknownHoursToggle(toggle),
      clock,
    ),
    map.element,
    list,
  );

  async function refresh(): Promise<void> {
    syncUnknownHoursToggle();
    const p = state.position;
    clear(where, p ? positionText() : h('p', { class: 'muted' }, t('position-none')));
    try {
      const c = await api.clock();
      clear(clock, await t('clock-now', { date: c.now.slice(0, 10), time: c.now.slice(11, 16) }), ' ', h('span', {}, `(${weekdayOf(c.weekday)})`));
    } catch (e) {
      clear(clock, errorBox(e));
    }
    if (!p) {
      map!.show(null, []);
      clear(list);
      return;
    }
    clear(list, loading());
    try {
      const found = await api.nearby({
        lat: p.lat,
        lon: p.lon,
        k: 12,
        department: state.filters.department || undefined,
        openNow: state.filters.openNow,
        emergencyOnly: state.filters.emergencyOnly,
        kind: state.filters.kind || undefined,
        includeUnknownHours: state.filters.openNow && !!state.filters.includeUnknownHours,
      });
      // At night and on holidays: emergency care first, and nothing beyond the stated limit.
      const care = await careNowPanel(p, found, state.filters, (r, i) => resultItem(r, i, go));
      const results = care.results;
      map!.show(p, results, p.label ? { text: p.label, ja: p.labelJa } : undefined);
      const items = await Promise.all(results.map((r, i) => resultItem(r, i, go)));
      clear(
        list,
        approximateLegend(results),
        care.before,
        h('p', { class: 'count', 'data-testid': 'result-count' }, await t('results-count', { count: results.length })),
        h('ol', { class: 'result-list' }, items),
      );
    } catch (e) {
      map!.show(p, []);
      clear(list, errorBox(e));
    }
  }

  function positionText(): HTMLElement {
    const p = state.position!;
    const source = {
      device: () => t('position-source-device'),
      place: () => t('position-source-place'),
      map: () => t('position-source-map'),
      test: () => t('position-source-test'),
    }[p.source]();
    return h(
      'p',
      {},
      h('strong', {}, p.label ?? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`),
      p.labelJa && p.labelJa !== p.label ? [' ', ja(p.labelJa)] : null,
      ' ',
      h('small', { class: 'muted' }, source),
    );
  }

  // On a phone set to use its own position, ask for it when there is none yet.
  if (!state.position && state.isMobile && state.locationMode === 'device') {
    clear(where, loading());
    setPosition(await devicePosition());
  }
  await refresh();
}

function weekdayOf(i: number): string {
  return [t('weekday-mon'), t('weekday-tue'), t('weekday-wed'), t('weekday-thu'), t('weekday-fri'), t('weekday-sat'), t('weekday-sun')][i] ?? '';
}

async function distanceText(m: number): Promise<string> {
  return m < 1000 ? t('distance-m', { m: Math.round(m / 10) * 10 }) : t('distance-km', { km: Math.round(m / 100) / 10 });
}

async function resultItem(r: NearResult, i: number, go: (hash: string) => void): Promise<HTMLElement> {
  const open =
    r.open === true
      ? h('span', { class: 'badge open' }, t('open-now'))
      : r.open === false
        ? h('span', { class: 'badge closed' }, r.emergency ? t('ec-outpatient-closed') : t('closed-now'))
        : r.hours_published === false
          ? h('span', { class: 'badge unknown' }, t('badge-hours-not-published'))
          : h('span', { class: 'badge unknown' }, t('open-unknown'));
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'result', 'data-facility-id': r.id, onclick: () => go(`#/facility/${r.id}`) },
      h('span', { class: 'index', 'aria-hidden': 'true' }, String(i + 1)),
      h(
        'span',
        { class: 'result-main' },
        r.name_en
          ? h('span', { class: 'name' }, r.name_en, r.name_en_transliterated ? h('span', { class: 'muted small' }, ` (${t('name-transliterated-mark')})`) : null)
          : null,
        h('span', { class: r.name_en ? 'name-ja' : 'name' }, ja(r.name_ja)),
        h('span', { class: 'meta' }, kindLabel(r.kind), r.departments.length ? ` · ${r.departments.slice(0, 4).map(departmentLabel).join(', ')}` : null),
        h('span', { class: 'badges' }, open, r.emergency ? h('span', { class: 'badge emergency' }, t('badge-emergency')) : null, emergencyBadge(r)),
      ),
      r.precision === 'neighbourhood'
        ? await approximateDistance(r)
        : h('span', { class: 'where-to' }, bearingArrow(r.bearing_deg), h('span', { class: 'distance' }, await distanceText(r.distance_m))),
    ),
  );
}
