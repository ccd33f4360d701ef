// The facility screen's emergency care, apart from its outpatient hours: open by published
// emergency-department hours (24 h included) or "acceptance not published: call first",
// never "closed" — each answer with its source and date.
import './emergency.css';
import { h } from '../dom';
import { t } from '../i18n';
import type { Json } from '../ipc';

export interface EmergencyCare {
  department: boolean | null;
  gmis: boolean | null;
  listed: boolean;
  hours_published: boolean;
  round_the_clock: boolean;
  open: boolean | null;
}

/** "Outpatient:" before the outpatient badge of a facility that has emergency care, so
 * a closed clinic is not read as a closed emergency room. */
export function outpatientLabel(care: EmergencyCare | undefined): HTMLElement | null {
  return care?.department ? h('span', { class: 'muted' }, t('ec-facility-outpatient'), ': ') : null;
}

export async function emergencyCareBlock(care: EmergencyCare | undefined, view: Json): Promise<HTMLElement | null> {
  if (!care) return null;
  const state = !care.department
    ? h('p', { class: 'em-state muted' }, t('ec-em-none'))
    : care.open === true
      ? h('p', { class: 'em-state' }, h('span', { class: 'badge em-open' }, care.round_the_clock ? t('ec-badge-24h') : t('ec-badge-open')))
      : h('p', { class: 'em-state' }, h('span', { class: 'badge em-call-first' }, t('ec-badge-call-first')), ' ', t('ec-em-call-first-long'));
  const sources = [
    care.gmis !== null ? h('li', {}, await t('ec-src-gmis', { date: '2021-09-20' })) : null,
    care.listed || care.hours_published ? h('li', {}, t('ec-src-listed')) : null,
  ];
  void view;
  return h(
    'section',
    { class: 'card-block emergency-care-block', 'aria-labelledby': 'em-care-h', 'data-testid': 'emergency-care' },
    h('h2', { id: 'em-care-h' }, t('ec-facility-emergency')),
    state,
    care.round_the_clock && care.open !== true ? h('p', {}, t('ec-em-24h-every')) : null,
    h('ul', { class: 'muted small' }, sources),
  );
}

/** The source line under the outpatient hours. */
export function outpatientSource(): HTMLElement {
  return h('p', { class: 'muted small', 'data-testid': 'outpatient-source' }, t('ec-src-hours'));
}
