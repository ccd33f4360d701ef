// The app started with a damaged bundled dataset (TASUKETE_TEST_BUNDLE_DIR stands in for
// the resource folder): installing it into the app's data folder fails verification, so
// no facility data is opened; the Emergency screen and the phrase cards still work, and
// Nearby says the facility data cannot be read.
import { copyFileSync, existsSync, mkdirSync, openSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, browser, shot, step, waitText } from '../harness.mjs';

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
  await step('with a damaged dataset the Emergency screen still offers 119', async () => {
    await waitText('#screen-title', 'Emergency');
    await (await browser.$('a.call[data-number="119"]')).waitForExist({ timeout: 15000 });
    await shot('20-damaged-dataset-emergency');
  });
  await step('with a damaged dataset Nearby says the facility data cannot be read', async () => {
    await (await browser.$('#tab-nearby')).click();
    await (await browser.$('#place-search')).setValue('Shinjuku');
    const err = await browser.$('[data-error-kind="dataset-corrupt"]');
    await err.waitForExist({ timeout: 15000 });
    const t = await err.getText();
    assert(t.includes('cannot be read'), `error text: "${t}"`);
    assert(t.includes('Emergency numbers and phrase cards still work'), `error text: "${t}"`);
    await shot('21-damaged-dataset-nearby');
  });
  await step('with a damaged dataset the phrase cards still open', async () => {
    await (await browser.$('#tab-cards')).click();
    const card = await browser.$('button[data-card-id="chest-pain"]');
    await card.waitForExist({ timeout: 15000 });
    await card.scrollIntoView({ block: 'center' });
    await card.click();
    await waitText('[data-testid="card-ja"]', /胸/);
    await shot('22-damaged-dataset-card');
  });
}
