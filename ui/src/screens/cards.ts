// Phrase cards: categories, search, and a full-screen card with large Japanese for staff.
import { clear, h } from '../dom';
import { currentLang, t } from '../i18n';
import { api, type Json } from '../ipc';
import { errorBox, loading } from '../widgets';

export async function cardsScreen(root: HTMLElement, go: (hash: string) => void): Promise<void> {
  clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), loading());
  let cards: Json[];
  try {
    cards = await api.cardCatalogue(currentLang());
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), errorBox(e));
    return;
  }
  const list = h('div', { class: 'card-list' });
  const search = h('input', { type: 'search', id: 'card-search', placeholder: t('cards-search'), 'aria-label': t('cards-search') });
  const categories = [...new Set(cards.map((c) => String(c.category)))];
  let category = '';
  const chips = h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': t('cards-categories') },
    [h('button', { class: 'chip', 'aria-pressed': 'true', 'data-category': '' }, t('cards-all'))].concat(
      categories.map((c) => {
        const label = cards.find((x) => x.category === c)?.category_name ?? c;
        return h('button', { class: 'chip', 'aria-pressed': 'false', 'data-category': c }, String(label));
      }),
    ),
  );
  chips.addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest('button');
    if (!b) return;
    category = b.dataset.category ?? '';
    chips.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    render();
  });
  search.addEventListener('input', render);
  function render(): void {
    const q = search.value.trim().toLowerCase();
    const shown = cards.filter(
      (c) =>
        (!category || c.category === category) &&
        (!q || [c.text, c.ja, c.romaji, c.ja_reading].some((s) => typeof s === 'string' && s.toLowerCase().includes(q))),
    );
    clear(
      list,
      shown.length
        ? h(
            'ul',
            { class: 'cards' },
            shown.map((c) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { class: 'card-item', 'data-card-id': c.id, onclick: () => go(`#/card/${c.id}`) },
                  h('span', { class: 'text' }, String(c.text)),
                  h('span', { class: 'ja', lang: 'ja' }, String(c.ja)),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, t('cards-none')),
    );
  }
  clear(root, h('h1', { id: 'screen-title' }, t('cards-title')), search, chips, list);
  render();
}

export async function cardScreen(root: HTMLElement, id: string): Promise<void> {
  clear(root, loading());
  try {
    const c = await api.card(id, currentLang());
    clear(
      root,
      h(
        'div',
        { class: 'fullcard phrase', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'card-ja', 'data-card-id': id },
        h('button', { class: 'close', onclick: () => history.back(), 'aria-label': t('close') }, '×'),
        h('p', { class: 'hint' }, t('card-show-staff')),
        h('p', { id: 'card-ja', class: 'huge-ja', lang: 'ja', 'data-testid': 'card-ja' }, String(c.ja)),
        c.ja_reading ? h('p', { class: 'reading', lang: 'ja' }, String(c.ja_reading)) : null,
        h('p', { class: 'user-text', 'data-testid': 'card-text' }, String(c.text)),
        c.romaji ? h('p', { class: 'romaji' }, String(c.romaji)) : null,
      ),
    );
  } catch (e) {
    clear(root, errorBox(e));
  }
}
