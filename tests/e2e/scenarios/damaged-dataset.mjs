// The app started with a damaged bundled dataset (TASUKETE_TEST_BUNDLE_DIR stands in for
// the resource folder): installing it into the app's data folder fails verification, so
// no facility data is opened; the Emergency screen and the phrase cards still work, and
// Nearby says the facility data cannot be read.
import { copyFileSync, existsSync, mkdirSync, openSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stillWorksWithoutData } from '../without-data.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const built = join(root, 'data', 'build', 'tasukete.sqlite');
const bundle = join(tmpdir(), 'tasukete-e2e-damaged-bundle');

/** A copy of the built dataset and its manifest with 4 KiB in the middle overwritten. */
function damagedBundle() {
  mkdirSync(bundle, { recursive: true });
  const manifest = `${built}.manifest.json`;
  if (!existsSync(built) || !existsSync(manifest)) {
    throw new Error(`damaged-dataset: ${built} and its manifest are needed (cargo run -- build-dataset)`);
  }
  copyFileSync(built, join(bundle, 'tasukete.sqlite'));
  copyFileSync(manifest, join(bundle, 'tasukete.sqlite.manifest.json'));
  const fd = openSync(join(bundle, 'tasukete.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(statSync(built).size / 2));
  closeSync(fd);
}
damagedBundle();

export const env = { TASUKETE_TEST_NOW: '2026-11-28T10:00:00+09:00', TASUKETE_TEST_BUNDLE_DIR: bundle };

export async function run() {
  await stillWorksWithoutData({
    label: 'with a damaged dataset',
    errorKind: 'dataset-corrupt',
    says: ['cannot be read', 'Emergency numbers and phrase cards still work'],
    shots: ['20-damaged-dataset-emergency', '21-damaged-dataset-nearby', '22-damaged-dataset-card'],
  });
}
