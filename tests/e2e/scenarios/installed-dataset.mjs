// First start of an installed app: the dataset comes from the bundle (TASUKETE_TEST_BUNDLE_DIR
// stands in for the resource folder; here the freshly built data/build/ with its manifest),
// is copied into the app's data folder through the fs plugin, verified and opened from
// there. Nearby then finds a station and facilities, as with the dataset opened in place.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, browser, shot, step, waitText } from '../harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const env = { TASUKETE_TEST_NOW: '2026-11-28T10:00:00+09:00', TASUKETE_TEST_BUNDLE_DIR: join(root, 'data', 'build') };

export async function run() {
  await step('after installing the bundled dataset, Nearby finds Shinjuku and facilities', async () => {
    await waitText('#screen-title', 'Emergency');
    await (await browser.$('#tab-nearby')).click();
    await (await browser.$('#place-search')).setValue('Shinjuku');
    const first = await browser.$('.suggestion');
    await first.waitForExist({ timeout: 15000 });
    const label = (await first.getText()).trim();
    assert(/shinjuku|新宿/i.test(label), `first suggestion is "${label}"`);
    await first.click();
    await waitText('[data-testid="position"]', /Shinjuku|新宿/i);
    await browser.waitUntil(async () => (await browser.$$('.result')).length > 0, {
      timeout: 15000,
      timeoutMsg: 'no facility listed',
    });
    const errors = await browser.$$('[data-error-kind]');
    assert(errors.length === 0, 'an error is shown');
    await shot('23-installed-dataset-nearby');
  });
}
