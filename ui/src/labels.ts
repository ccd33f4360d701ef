// Labels for the core's stable ids. Each is a literal t("...") so the locale linter can
// see that every ui.ftl id is used.
import { t } from './i18n';

export const DEPARTMENTS: [string, () => string][] = [
  ['internal-medicine', () => t('dept-internal-medicine')],
  ['pediatrics', () => t('dept-pediatrics')],
  ['surgery', () => t('dept-surgery')],
  ['orthopedics', () => t('dept-orthopedics')],
  ['dermatology', () => t('dept-dermatology')],
  ['ophthalmology', () => t('dept-ophthalmology')],
  ['ent', () => t('dept-ent')],
  ['obstetrics-gynecology', () => t('dept-obstetrics-gynecology')],
  ['urology', () => t('dept-urology')],
  ['psychiatry', () => t('dept-psychiatry')],
  ['neurology', () => t('dept-neurology')],
  ['neurosurgery', () => t('dept-neurosurgery')],
  ['cardiology', () => t('dept-cardiology')],
  ['gastroenterology', () => t('dept-gastroenterology')],
  ['respiratory', () => t('dept-respiratory')],
  ['allergy', () => t('dept-allergy')],
  ['dentistry', () => t('dept-dentistry')],
  ['emergency', () => t('dept-emergency')],
  ['rehabilitation', () => t('dept-rehabilitation')],
  ['other', () => t('dept-other')],
];

export function departmentLabel(id: string): string {
  return DEPARTMENTS.find(([d]) => d === id)?.[1]() ?? id;
}

export function kindLabel(kind: string): string {
  switch (kind) {
    case 'hospital':
      return t('kind-hospital');
    case 'clinic':
      return t('kind-clinic');
    case 'dental':
      return t('kind-dental');
    case 'pharmacy':
      return t('kind-pharmacy');
    default:
      return kind;
  }
}

/** Monday = 0 .. Sunday = 6, national holiday = 7, as the core's schedules index them. */
export function weekdayLabel(i: number): string {
  return [
    () => t('weekday-mon'),
    () => t('weekday-tue'),
    () => t('weekday-wed'),
    () => t('weekday-thu'),
    () => t('weekday-fri'),
    () => t('weekday-sat'),
    () => t('weekday-sun'),
    () => t('weekday-holiday'),
  ][i]();
}

/** Eight compass points, for screen readers beside the bearing arrow. */
export function compassLabel(deg: number): string {
  const names = [
    () => t('compass-n'),
    () => t('compass-ne'),
    () => t('compass-e'),
    () => t('compass-se'),
    () => t('compass-s'),
    () => t('compass-sw'),
    () => t('compass-w'),
    () => t('compass-nw'),
  ];
  return names[Math.round((((deg % 360) + 360) % 360) / 45) % 8]();
}

export function errorText(kind: string): string {
  switch (kind) {
    case 'dataset-missing':
      return t('error-dataset-missing');
    case 'dataset-outdated':
      return t('error-dataset-outdated');
    case 'dataset-corrupt':
      return t('error-dataset-corrupt');
    case 'invalid-position':
      return t('error-invalid-position');
    case 'not-found':
      return t('error-not-found');
    case 'invalid-argument':
      return t('error-invalid-argument');
    default:
      return t('error-internal');
  }
}
