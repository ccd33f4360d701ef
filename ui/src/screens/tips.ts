// How do I pay: insurance and payment tips, rendered by the core.
import { clear, h, ja, mixed } from '../dom';
import { currentLang, t } from '../i18n';
import { api, type Json } from '../ipc';
import { errorBox, loading } from '../widgets';
import { state } from '../state';

export async function tipsScreen(root: HTMLElement): Promise<void> {
  clear(root, h('h1', { id: 'screen-title' }, t('tips-title')), loading());
  try {
    const tips = await api.paymentTips(currentLang());
    const items: Json[] = Array.isArray(tips) ? tips : Array.isArray(tips.tips) ? tips.tips : [];
    clear(
      root,
      h('h1', { id: 'screen-title' }, t('tips-title')),
      h(
        'ul',
        { class: 'tips' },
        items.map((tip) =>
          h(
            'li',
            { class: tip.unsure ? 'card-block unsure' : 'card-block', 'data-tip-id': String(tip.id ?? '') },
            tip.title ? h('h2', {}, mixed(String(tip.title))) : null,
            h('p', {}, mixed(String(tip.text ?? ''))),
            tip.ja ? h('p', { class: 'say' }, ja(String(tip.ja))) : null,
          ),
        ),
      ),
      // Prescriptions are filled at a pharmacy apart from the clinic: find one.
      h(
        'section',
        { class: 'card-block', 'data-tip-id': 'pharmacy' },
        h('p', {}, mixed(t('pharmacy-advice'))),
        h(
          'button',
          {
            class: 'primary',
            id: 'find-pharmacy',
            onclick: () => {
              state.filters.kind = 'pharmacy';
              state.filters.openNow = false;
              location.hash = '#/nearby';
            },
          },
          t('find-pharmacy'),
        ),
      ),
    );
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('tips-title')), errorBox(e));
  }
}
