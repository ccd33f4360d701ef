// The offline map: MapLibre GL with a style built here, GeoJSON bundled in the app
// (land, prefecture and municipality borders converted at build time), the facilities
// of the current list and the user's position. No tiles, no glyphs, no sprites: labels
// are HTML markers, so nothing is fetched from any server.
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { h, ja } from './dom';
import { currentLang, t } from './i18n';
import { api, type LatLon, type NearResult, type Place } from './ipc';

maplibregl.setWorkerUrl(workerUrl);

const dark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

function style(): StyleSpecification {
  const d = dark();
  const data = (name: string) => new URL(`map/${name}`, document.baseURI).href;
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: data('land.geojson') },
      prefBorders: { type: 'geojson', data: data('prefecture-borders.geojson') },
      muniBorders: { type: 'geojson', data: data('municipality-borders.geojson') },
      facilities: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      me: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': d ? '#0d2233' : '#a9d3ea' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': d ? '#26292c' : '#f4f1e8' } },
      {
        id: 'muni',
        type: 'line',
        source: 'muniBorders',
        minzoom: 8,
        paint: { 'line-color': d ? '#4a4f55' : '#c9c2b0', 'line-width': 0.8, 'line-dasharray': [2, 2] },
      },
      {
        id: 'pref',
        type: 'line',
        source: 'prefBorders',
        paint: { 'line-color': d ? '#7a8088' : '#8f8570', 'line-width': 1.4 },
      },
      {
        id: 'facilities',
        type: 'circle',
        source: 'facilities',
        // An approximate position (a neighbourhood's centre) is a wide hollow ring, never a pin.
        paint: {
          'circle-radius': ['case', ['get', 'approx'], 16, 9],
          'circle-color': ['case', ['==', ['get', 'open'], true], '#1b7f3b', ['==', ['get', 'open'], false], '#8a8a8a', '#c07a00'],
          'circle-opacity': ['case', ['get', 'approx'], 0.08, 1],
          'circle-stroke-width': 2,
          'circle-stroke-color': ['case', ['get', 'approx'], '#6a4c93', '#ffffff'],
        },
      },
      {
        id: 'me',
        type: 'circle',
        source: 'me',
        paint: { 'circle-radius': 8, 'circle-color': '#1565c0', 'circle-stroke-width': 3, 'circle-stroke-color': '#ffffff' },
      },
    ],
  };
}

export interface OfflineMap {
  show(me: LatLon | null, facilities: NearResult[], meLabel?: { text: string; ja?: string }): void;
  onTap(handler: ((p: LatLon) => void) | null): void;
  onFacility(handler: (id: string) => void): void;
  element: HTMLElement;
}

export function createMap(): OfflineMap {
  const element = h('div', { class: 'map', role: 'region', 'aria-label': t('map-label') });
  const map = new maplibregl.Map({
    container: element,
    style: style(),
    center: [137.5, 36.5],
    zoom: 4,
    attributionControl: false,
    maxBounds: [
      [118, 18],
      [158, 48],
    ],
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: true }), 'top-right');
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: t('map-attribution') }));
  let markers: maplibregl.Marker[] = [];
  let tapHandler: ((p: LatLon) => void) | null = null;
  let facilityHandler: (id: string) => void = () => undefined;
  map.on('click', (e) => {
    if (tapHandler) tapHandler({ lat: e.lngLat.lat, lon: e.lngLat.lng });
  });
  const ready = new Promise<void>((resolve) => map.once('load', () => resolve()));

  // Stations, named in the user's language, once the map shows a district.
  const STATION_ZOOM = 12.5;
  let stationMarkers: maplibregl.Marker[] = [];
  const stationLabel = (p: Place) => {
    const lang = currentLang();
    const own = p.names[lang];
    const el = h('div', { class: 'station-label', 'aria-hidden': 'true' });
    const latin = p.name_en ?? p.romaji;
    if (lang === 'ja' || (!own && !latin)) el.append(ja(p.name_ja));
    else {
      el.append(h('span', { lang: own ? lang : 'en' }, own ?? latin ?? ''));
      el.append(h('br'), ja(p.name_ja, { class: 'station-ja' }));
    }
    return el;
  };
  const showStations = async () => {
    for (const m of stationMarkers) m.remove();
    stationMarkers = [];
    if (map.getZoom() < STATION_ZOOM) return;
    const b = map.getBounds();
    try {
      const stations = await api.stationsIn({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
      for (const m of stationMarkers) m.remove();
      stationMarkers = stations.map((p) =>
        new maplibregl.Marker({ element: stationLabel(p), anchor: 'center' }).setLngLat([p.lon, p.lat]).addTo(map),
      );
    } catch {
      // No dataset: the map still shows land, borders and the user's position.
    }
  };
  map.on('moveend', () => void showStations());
  // The container is created before it is in the page; size it once it is.
  new ResizeObserver(() => map.resize()).observe(element);

  return {
    element,
    onTap(handler) {
      tapHandler = handler;
      element.classList.toggle('picking', handler !== null);
    },
    onFacility(handler) {
      facilityHandler = handler;
    },
    show(me, facilities, meLabel) {
      void ready.then(() => {
        (map.getSource('facilities') as GeoJSONSource).setData({
          type: 'FeatureCollection',
          features: facilities.map((f) => ({
            type: 'Feature',
            properties: { id: f.id, open: f.open, approx: f.precision === 'neighbourhood' },
            geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
          })),
        });
        (map.getSource('me') as GeoJSONSource).setData({
          type: 'FeatureCollection',
          features: me ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [me.lon, me.lat] } }] : [],
        });
        for (const m of markers) m.remove();
        markers = [];
        facilities.forEach((f, i) => {
          const el = h(
            'button',
            {
              // The kind is the pin's colour (a legend under the list names it).
              class: `map-pin kind-${f.kind}${f.precision === 'neighbourhood' ? ' approximate' : ''}`,
              'aria-label': `${i + 1}. ${f.name_en ?? f.name_ja}`,
              'data-precision': f.precision ?? 'exact',
            },
            h('span', { 'aria-hidden': 'true' }, String(i + 1)),
          );
          el.addEventListener('click', (ev) => {
            ev.stopPropagation();
            facilityHandler(f.id);
          });
          markers.push(new maplibregl.Marker({ element: el, anchor: 'bottom-left', offset: [-8, 8] }).setLngLat([f.lon, f.lat]).addTo(map));
        });
        if (me && meLabel) {
          const el = h('div', { class: 'map-label' }, meLabel.text, meLabel.ja && meLabel.ja !== meLabel.text ? [' ', ja(meLabel.ja)] : null);
          markers.push(new maplibregl.Marker({ element: el, anchor: 'top', offset: [0, 10] }).setLngLat([me.lon, me.lat]).addTo(map));
        }
        const points: [number, number][] = facilities.map((f) => [f.lon, f.lat]);
        if (me) points.push([me.lon, me.lat]);
        if (points.length > 1) {
          const bounds = points.reduce((b, p) => b.extend(p), new maplibregl.LngLatBounds(points[0], points[0]));
          map.fitBounds(bounds, { padding: 40, maxZoom: 15, duration: 0 });
        } else if (me) {
          map.jumpTo({ center: [me.lon, me.lat], zoom: 14 });
        }
      });
    },
  };
}
