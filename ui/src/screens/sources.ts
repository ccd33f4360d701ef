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
  const counts: Json = info.counts ?? {};
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
      Object.entries(counts).map(([k, v]) => [h('dt', {}, k), h('dd', {}, typeof v === 'object' ? JSON.stringify(v) : String(v))]),
    ),
    h(
      'ul',
      { class: 'sources' },
      sources.map((s) =>
        h(
          'li',
          { class: 'card-block' },
          h('h2', {}, String(s.name)),
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
