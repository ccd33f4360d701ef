// Language and location source.
import { clear, h } from '../dom';
import { currentLang, t } from '../i18n';
import { api } from '../ipc';
import { state } from '../state';

export async function settingsScreen(root: HTMLElement, setLanguage: (tag: string) => Promise<void>, go: (hash: string) => void): Promise<void> {
  const langs = await api.languages([]);
  const select = h(
    'select',
    { id: 'language', 'aria-label': t('settings-language') },
    langs.supported.map((l) => h('option', { value: l.tag, lang: l.tag, selected: l.tag === currentLang() }, l.name)),
  );
  select.addEventListener('change', () => void setLanguage(select.value));
  const note = langs.supported.find((l) => l.tag === currentLang())?.note_localized;
  const radio = (value: 'device' | 'manual', label: string, disabled: boolean) => {
    const input = h('input', { type: 'radio', name: 'location-mode', value, id: `loc-${value}`, checked: state.locationMode === value, disabled });
    input.addEventListener('change', () => {
      state.locationMode = value;
      localStorage.setItem('locationMode', value);
    });
    return h('label', { class: 'toggle', for: `loc-${value}` }, input, h('span', {}, label));
  };
  clear(
    root,
    h('h1', { id: 'screen-title' }, t('settings-title')),
    h('section', { class: 'card-block' }, h('label', { for: 'language', class: 'field-label' }, t('settings-language'), ': ', h('strong', { 'data-testid': 'language-name' }, t('language-name'))), select, note ? h('p', { class: 'muted small' }, note) : null),
    h(
      'fieldset',
      { class: 'card-block' },
      h('legend', {}, t('settings-location')),
      radio('device', t('settings-location-device'), !state.isMobile),
      !state.isMobile ? h('p', { class: 'muted small' }, t('settings-location-device-mobile-only')) : null,
      radio('manual', t('settings-location-manual'), false),
    ),
    h('p', {}, h('button', { class: 'secondary', onclick: () => go('#/sources') }, t('sources-title'))),
    h('p', { class: 'muted small' }, t('settings-privacy')),
  );
}
