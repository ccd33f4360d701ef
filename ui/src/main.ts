// The app: loads the language, applies test overrides, and routes between screens.
import './style.css';
import { clear, h } from './dom';
import { currentLang, loadLanguage, t } from './i18n';
import { api } from './ipc';
import { cardScreen, cardsScreen } from './screens/cards';
import { emergencyScreen } from './screens/emergency';
import { facilityScreen, taxiScreen } from './screens/facility';
import { nearbyScreen } from './screens/nearby';
import { receptionRoute } from './screens/reception';
import { L, loadReceptionWords } from './reception-api';
import { settingsScreen } from './screens/settings';
import { sourcesScreen } from './screens/sources';
import { tipsScreen } from './screens/tips';
import { setPosition } from './state';
import { errorBox } from './widgets';

const app = document.getElementById('app')!;
const main = h('main', { id: 'main', tabindex: '-1' });
const nav = h('nav', { class: 'tabs', 'aria-label': t('nav-label') });

function go(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

function tabs(): HTMLElement[] {
  const tab = (hash: string, icon: string, label: string, id: string) =>
    h('a', { href: hash, class: 'tab', id, 'aria-current': location.hash.startsWith(hash) ? 'page' : null }, h('span', { 'aria-hidden': 'true', class: 'icon' }, icon), h('span', { class: 'label' }, label));
  return [
    tab('#/emergency', '☎', t('nav-emergency'), 'tab-emergency'),
    tab('#/nearby', '✚', t('nav-nearby'), 'tab-nearby'),
    tab('#/cards', '文', t('nav-cards'), 'tab-cards'),
    tab('#/reception', '問', L('nav-reception'), 'tab-reception'),
    tab('#/tips', '¥', t('nav-tips'), 'tab-tips'),
    tab('#/settings', '⚙', t('nav-settings'), 'tab-settings'),
  ];
}

async function route(): Promise<void> {
  const [, screen = 'emergency', arg] = location.hash.split('/');
  nav.setAttribute('aria-label', t('nav-label'));
  clear(nav, tabs());
  try {
    switch (screen) {
      case 'nearby':
        await nearbyScreen(main, go);
        break;
      case 'facility':
        await facilityScreen(main, decodeURIComponent(arg ?? ''), go);
        break;
      case 'taxi':
        await taxiScreen(main, decodeURIComponent(arg ?? ''));
        break;
      case 'cards':
        await cardsScreen(main, go);
        break;
      case 'card':
        await cardScreen(main, decodeURIComponent(arg ?? ''));
        break;
      case 'tips':
        await tipsScreen(main);
        break;
      case 'settings':
        await settingsScreen(main, setLanguage, go);
        break;
      case 'sources':
        await sourcesScreen(main);
        break;
      case 'reception':
      case 'profile':
      case 'profile-edit':
      case 'intake':
      case 'intake-q':
      case 'intake-summary':
      case 'staff':
      case 'staff-q':
        await receptionRoute(main, screen, decodeURIComponent(arg ?? ''), go);
        break;
      default:
        await emergencyScreen(main);
    }
  } catch (e) {
    clear(main, errorBox(e));
  }
  document.body.dataset.screen = screen;
  document.title = `${t('app-name')} — ${document.getElementById('screen-title')?.textContent ?? ''}`;
}

async function setLanguage(tag: string): Promise<void> {
  localStorage.setItem('lang', tag);
  await loadLanguage(tag);
  await loadReceptionWords(tag);
  await route();
}

async function start(): Promise<void> {
  const langs = await api.languages([...navigator.languages]);
  const saved = localStorage.getItem('lang');
  await loadLanguage(saved && langs.supported.some((l) => l.tag === saved) ? saved : langs.default);
  await loadReceptionWords(currentLang());
  const o = await api.testOverrides();
  if (o.position) setPosition({ ...o.position, source: 'test' });
  clear(app, h('a', { href: '#main', class: 'skip' }, t('skip-to-content')), main, nav);
  window.addEventListener('hashchange', () => void route());
  await route();
  document.body.dataset.ready = 'true';
}

void start();
