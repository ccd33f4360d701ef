// What the user has chosen: language, position and its source, filters. Kept in memory
// and, for the language and filters, in localStorage (nothing leaves the device).
import type { LatLon } from './ipc';

export type PositionSource = 'device' | 'place' | 'map' | 'test';

export interface Position extends LatLon {
  source: PositionSource;
  /** A label for the place (station name in the user's language), when chosen by name. */
  label?: string;
  labelJa?: string;
}

export interface Filters {
  department: string;
  openNow: boolean;
  emergencyOnly: boolean;
  /** `hospital`, `clinic`, `dental`, `pharmacy` or '' for any. */
  kind?: string;
  /** With openNow: also show places whose hours are not published. */
  includeUnknownHours?: boolean;
}

export const state = {
  position: null as Position | null,
  locationMode: (localStorage.getItem('locationMode') as 'device' | 'manual' | null) ?? 'manual',
  filters: { department: '', openNow: false, emergencyOnly: false } as Filters,
  online: navigator.onLine,
  isMobile: /Android|iPhone|iPad/i.test(navigator.userAgent),
};

/** 0,0 is what a desktop geolocation returns without a fix: it is no position, never a place. */
export function setPosition(p: Position | null): void {
  if (p && (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || (p.lat === 0 && p.lon === 0))) {
    state.position = null;
    return;
  }
  state.position = p;
}

window.addEventListener('online', () => (state.online = true));
window.addEventListener('offline', () => (state.online = false));
