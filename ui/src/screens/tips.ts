// How do I pay: insurance and payment tips, rendered by the core.
import { clear, h, ja } from '../dom';
import { currentLang, t } from '../i18n';
import { api, type Json } from '../ipc';
import { errorBox, loading } from '../widgets';

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
            { class: 'card-block' },
            tip.title ? h('h2', {}, String(tip.title)) : null,
            h('p', {}, String(tip.text ?? tip.body ?? '')),
            tip.ja ? h('p', { class: 'say' }, ja(String(tip.ja))) : null,
          ),
        ),
      ),
    );
  } catch (e) {
    clear(root, h('h1', { id: 'screen-title' }, t('tips-title')), errorBox(e));
  }
}
