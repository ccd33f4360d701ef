// Data sources: credits, dataset date and counts, from the dataset's own metadata.
import { clear, h, ja } from '../dom';
import { t } from '../i18n';
import { api, type Json } from '../ipc';
import { errorBox, loading } from '../widgets';

export async function sourcesScreen(root: HTMLElement): Promise<void> {
  clear(root, h('h1', { id: 'screen-title' }, t('sources-title')), loading());
  let info: Json;
  try {
    info = await api.datasetInfo();
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('sources-title')), errorBox(e), mapCredit());
    return;
  }
  const sources: Json[] = info.sources ?? [];
  const counts: [string, unknown][] = [
    [t('sources-facilities'), info.facilities_total],
    [t('sources-placed'), info.facilities_placed],
    [t('sources-with-phone'), info.with_phone],
    [t('sources-with-hours'), info.with_hours],
    [t('sources-with-emergency'), info.with_emergency_flag],
    [t('sources-stations'), info.stations],
  ];
  clear(
    root,
    h('h1', { id: 'screen-title' }, t('sources-title')),
    h(
      'dl',
      { class: 'card-block facts' },
      h('dt', {}, t('sources-built')),
      h('dd', { 'data-testid': 'built-at' }, String(info.built_at ?? '')),
      h('dt', {}, t('sources-schema')),
      h('dd', {}, String(info.schema_version ?? '')),
      counts.filter(([, v]) => v !== undefined).map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-testid': 'count' }, String(v))]),
    ),
    h(
      'ul',
      { class: 'sources' },
      sources.map((s) =>
        h(
          'li',
          { class: 'card-block' },
          h('h2', {}, String(s.title ?? s.name)),
          h('p', {}, t('sources-date'), ' ', String(s.date ?? '')),
          h('p', {}, t('sources-licence'), ' ', String(s.licence ?? '')),
          s.records !== undefined ? h('p', {}, t('sources-records'), ' ', String(s.records)) : null,
          h('p', { class: 'credit' }, ja(String(s.credit ?? ''))),
        ),
      ),
    ),
    mapCredit(),
  );
}

function mapCredit(): HTMLElement {
  return h('p', { class: 'credit card-block' }, t('map-attribution'), ' ', ja('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成'));
}
