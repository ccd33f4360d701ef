// Typed wrappers over the shell's where-am-I, numbers-for-a-place, 119 script and
// care-now commands (issue 8). Kept apart from ipc.ts so that file stays small.
import { call, type Json, type NearResult } from './ipc';

export interface WhereAmI {
  prefecture: { code: number; ja: string; en: string };
  // en: the romaji of the reading (issue 9); reading: hiragana.
  municipality: { ja: string; en: string | null; reading?: string | null };
  neighbourhood: { ja: string; reading?: string | null; romaji?: string | null; distance_m: number } | null;
  address_ja: string;
  station: { name_ja: string; name_en: string | null; romaji?: string | null; distance_m: number; bearing_deg: number; direction_ja: string } | null;
  spoken_ja: string;
  outside_boundary_m: number;
  lat: number;
  lon: number;
}

/** A `near` result with the emergency-care fields. */
export interface CareResult extends NearResult {
  emergency_open?: boolean | null;
  emergency_24h?: boolean;
}

export interface CareNow {
  limit_m: number;
  open: CareResult[];
  nothing_open_nearby: boolean;
  emergency: CareResult[];
  emergency_any_department: boolean;
  place: WhereAmI | null;
  call: Json[];
}

export const careApi = {
  whereAmI: (lat: number, lon: number) => call<WhereAmI>('where_am_i', { lat, lon }),
  numbersAt: (lang: string, lat: number, lon: number) => call<Json[]>('numbers_at', { lang, lat, lon }),
  callScriptAt: (lang: string, lat: number, lon: number, situation: { landmark?: string; what?: string }) =>
    call<Json[]>('call_script_at', { lang, lat, lon, situation }),
  careNow: (lang: string, lat: number, lon: number, department?: string, child?: boolean) =>
    call<CareNow>('care_now', { lang, lat, lon, department, child }),
};
