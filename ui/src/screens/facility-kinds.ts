// The facility screen's notes for the clinics, dental clinics and pharmacies of the lists:
// an approximate position (the centre of the neighbourhood), hours that are not published
// (never "open" or "closed"), and departments read from the name.
import { h } from '../dom';
import { t } from '../i18n';
import type { FacilityView } from '../ipc';

type Fac = FacilityView['facility'];

export function approximateNote(fac: Fac): HTMLElement | null {
  return fac.precision === 'neighbourhood'
    ? h('p', { class: 'muted small approximate-note', 'data-testid': 'position-approximate' }, t('position-approximate'))
    : null;
}

export function hoursNotPublished(): HTMLElement {
  return h('section', { class: 'card-block', 'data-testid': 'hours-not-published' }, h('p', {}, t('hours-not-published')));
}

export function namedDepartmentsNote(fac: Fac): HTMLElement | null {
  return fac.departments_from_name ? h('p', { class: 'muted small', 'data-testid': 'departments-from-name' }, t('departments-from-name')) : null;
}
