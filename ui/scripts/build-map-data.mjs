// Converts the shared boundary files (TopoJSON) into the GeoJSON the offline map draws:
// land, prefecture borders and municipality borders. Runs at UI build time and writes
// into public/map/ (ignored by git): the shared data is read, never copied into the repo.
//
// Sources: $TASUKETE_SOURCES, else ../shared/data relative to the repository root.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge, mesh } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const sources = process.env.TASUKETE_SOURCES ?? resolve(repoRoot, '..', 'shared', 'data');
const boundaries = join(sources, 'boundaries');
const out = join(here, '..', 'public', 'map');

const prefFile = join(boundaries, 'prefectures.s0001.topojson.json');
const muniFile = join(boundaries, 'N03-21_210101.s0001.topojson.json');
for (const f of [prefFile, muniFile]) {
  if (!existsSync(f)) {
    console.error(`map data: ${f} is missing; set TASUKETE_SOURCES to the folder holding boundaries/`);
    process.exit(1);
  }
}

// Five decimals is about one metre: plenty for a 1:5000 (0.5 mm) simplified source.
const round = (key, value) => (typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : value);
const write = (name, geojson) => {
  const text = JSON.stringify(geojson, round);
  writeFileSync(join(out, name), text);
  console.log(`map data: ${name} ${(text.length / 1024).toFixed(0)} KiB`);
};

mkdirSync(out, { recursive: true });
const pref = JSON.parse(readFileSync(prefFile, 'utf8'));
const muni = JSON.parse(readFileSync(muniFile, 'utf8'));
const prefObject = pref.objects.prefectures;
const muniObject = Object.values(muni.objects)[0];

// Land: all prefectures merged into one multipolygon; the sea is the map's background.
write('land.geojson', { type: 'Feature', properties: {}, geometry: merge(pref, prefObject.geometries) });
// Borders drawn once, between two different areas (coastlines excluded).
write('prefecture-borders.geojson', { type: 'Feature', properties: {}, geometry: mesh(pref, prefObject, (a, b) => a !== b) });
write('municipality-borders.geojson', { type: 'Feature', properties: {}, geometry: mesh(muni, muniObject, (a, b) => a !== b) });
// Prefecture areas, for the name of the prefecture under the user (emergency numbers).
const prefs = feature(pref, prefObject);
write('prefectures.geojson', prefs);
write('credits.json', {
  boundaries: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成 (simplified by SmartNews SMRI)',
});
