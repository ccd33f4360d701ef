// Pieces several screens share: error boxes, call links, the bearing arrow.
import { openUrl } from '@tauri-apps/plugin-opener';
import { h } from './dom';
import { t } from './i18n';
import { AppError } from './ipc';
import { compassLabel, errorText } from './labels';

export function errorBox(e: unknown): HTMLElement {
  const kind = e instanceof AppError ? e.kind : 'internal';
  const detail = e instanceof Error ? e.message : String(e);
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-error-kind': kind },
    h('p', {}, errorText(kind)),
    h('details', {}, h('summary', {}, t('error-details')), h('code', {}, detail)),
    // Never a dead end, even where the tab bar is hidden (full-screen cards).
    h('button', { class: 'back secondary', 'data-testid': 'error-back', onclick: goBack }, t('error-back')),
  );
}

/** Back to the previous screen, or to the Emergency screen when there is none. */
export function goBack(): void {
  if (history.length > 1) history.back();
  else location.hash = '#/emergency';
}

/** A tel: link that the system dialler opens (through the opener plugin inside Tauri). */
export function callLink(number: string, label: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  const dial = number.replace(/[^0-9#*+]/g, '');
  return h(
    'a',
    {
      class: 'call',
      href: `tel:${dial}`,
      'aria-label': label,
      ...attrs,
      onclick: (ev: Event) => {
        ev.preventDefault();
        openUrl(`tel:${dial}`).catch(() => undefined);
      },
    },
    label,
  );
}

export function bearingArrow(deg: number): HTMLElement {
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '-12 -12 24 24');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '28');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', 'M0,-10 L7,8 L0,4 L-7,8 Z');
  path.setAttribute('transform', `rotate(${Math.round(deg)})`);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  const label = compassLabel(deg);
  return h('span', { class: 'bearing', role: 'img', 'aria-label': label, title: label }, svg);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}
