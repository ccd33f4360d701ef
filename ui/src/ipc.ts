// Typed wrappers over the shell's domain commands. Errors arrive as {kind, message}.
import { invoke } from '@tauri-apps/api/core';

export type ErrorKind =
  | 'dataset-missing'
  | 'dataset-outdated'
  | 'dataset-corrupt'
  | 'invalid-position'
  | 'invalid-argument'
  | 'not-found'
  | 'profile-store'
  | 'internal';

export class AppError extends Error {
  constructor(
    public kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'kind' in e) {
      const err = e as { kind: ErrorKind; message?: string };
      throw new AppError(err.kind, err.message ?? '');
    }
    throw new AppError('internal', String(e));
  }
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface NearResult {
  id: string;
  name_ja: string;
  name_en: string | null;
  name_en_transliterated?: boolean;
  kind: string;
  lat: number;
  lon: number;
  distance_m: number;
  bearing_deg: number;
  departments: string[];
  phone: string | null;
  address_ja: string;
  open: boolean | null;
  next_open: string | null;
  emergency: boolean | null;
  /** `exact` (the source's coordinates) or `neighbourhood` (geocoded: approximate). */
  precision?: 'exact' | 'neighbourhood' | null;
  position_source?: string | null;
  /** False for the lists' clinics, dental clinics and pharmacies: never open or closed. */
  hours_published?: boolean;
  departments_from_name?: boolean;
}

export interface Place {
  id: string;
  kind?: 'station' | 'municipality' | 'neighbourhood';
  name_ja: string;
  name_en: string | null;
  names: Record<string, string>;
  reading?: string | null;
  romaji?: string | null;
  prefecture?: { code: number; ja: string; en: string } | null;
  municipality?: string | null;
  municipality_romaji?: string | null;
  lat: number;
  lon: number;
  approximate?: boolean;
  lines: string[];
  line_names?: Record<string, string>[];
}

export interface Overrides {
  now: string | null;
  position: LatLon | null;
}

export interface Clock {
  now: string;
  weekday: number;
}

export interface Languages {
  supported: { tag: string; name: string; reviewed: boolean; note_localized: string }[];
  default: string;
}

export interface NearbyArgs {
  lat: number;
  lon: number;
  k?: number;
  radiusM?: number;
  department?: string;
  openNow?: boolean;
  emergencyOnly?: boolean;
  kind?: string;
  includeUnknownHours?: boolean;
}

export interface HoursWindow {
  start: number;
  end: number;
}

export interface DayHours {
  date: string;
  holiday: string | null;
  column: number;
  reception: HoursWindow[];
  consultation: HoursWindow[];
  open: HoursWindow[];
  verdict: { kind: 'hours' | 'closed' | 'unknown'; reason?: { cause: string } };
}

export interface OpenState {
  state: 'open' | 'closed' | 'unknown';
  until?: string;
  next_open?: string | null;
}

export interface FacilityView {
  facility: {
    id: string;
    kind: string;
    name_ja: string;
    name_kana: string | null;
    name_en: string | null;
    address_ja: string;
    pref_code: number;
    position: LatLon | null;
    phone: string | null;
    emergency: boolean | null;
    departments: string[];
    website: string | null;
    precision?: 'exact' | 'neighbourhood' | null;
    record_source?: string;
    departments_from_name?: boolean;
  };
  open: OpenState;
  week: DayHours[];
  departments: { code: string; name_ja: string; category: string }[];
  closedDaysText: string | null;
  /** The phone grouped as Japan writes it where certain. */
  phoneDisplay?: string | null;
  /** Emergency care apart from the outpatient hours (screens/facility-emergency.ts). */
  emergencyCare?: import('./screens/facility-emergency').EmergencyCare;
}

// The shapes of the dataset's metadata, facility detail, cards, numbers and tips are the
// core's; the screens read the fields they show and tolerate the others.
export type Json = Record<string, any>;

export const api = {
  languages: (preferred: string[]) => call<Languages>('languages', { preferred }),
  uiMessages: (lang: string) => call<Record<string, string>>('ui_messages', { lang }),
  formatMessage: (lang: string, id: string, args: Record<string, string | number>) =>
    call<string>('format_message', { lang, id, args }),
  testOverrides: () => call<Overrides>('test_overrides'),
  clock: () => call<Clock>('clock'),
  datasetInfo: () => call<Json>('dataset_info'),
  nearby: (args: NearbyArgs) => call<NearResult[]>('nearby', { args }),
  facility: (id: string, department?: string) => call<FacilityView>('facility', { id, department }),
  places: (query: string, k = 8) => call<Place[]>('places', { query, k }),
  stationsIn: (bounds: { south: number; west: number; north: number; east: number }) =>
    call<Place[]>('stations_in', { bounds }),
  emergencyNumbers: (lang: string, pref?: number) => call<Json[]>('emergency_numbers', { lang, pref }),
  callScript: (lang: string, situation: { landmark?: string; address?: string; what?: string }) =>
    call<Json[]>('call_script', { lang, situation }),
  whatChoices: (lang: string) => call<{ what: string; label: string }[]>('what_choices', { lang }),
  cardCatalogue: (lang: string) => call<Json[]>('card_catalogue', { lang }),
  card: (id: string, lang: string, args?: Record<string, string>) => call<Json>('card', { id, lang, args }),
  paymentTips: (lang: string) => call<Json>('payment_tips', { lang }),
  cardSearch: (lang: string, query: string, limit?: number) => call<Json[]>('card_search', { lang, query, limit }),
  cardVocabulary: (lang: string) => call<Json>('card_vocabulary', { lang }),
  facilityTexts: (id: string, lang: string) => call<Json>('facility_texts', { id, lang }),
};
