// The device's position, on phones only (the geolocation plugin is built into the mobile
// app and allowed by capabilities/mobile.json). No fix, a refusal or 0,0 give null.
import type { Position } from './state';

export async function devicePosition(): Promise<Position | null> {
  try {
    const geo = await import('@tauri-apps/plugin-geolocation');
    let perm = await geo.checkPermissions();
    if (perm.location !== 'granted') perm = await geo.requestPermissions(['location']);
    if (perm.location !== 'granted') return null;
    const pos = await geo.getCurrentPosition({ enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    const { latitude: lat, longitude: lon } = pos.coords;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) return null;
    return { lat, lon, source: 'device' };
  } catch {
    return null;
  }
}
