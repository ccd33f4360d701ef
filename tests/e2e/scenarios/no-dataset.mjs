// Second launch with TASUKETE_DB pointing nowhere (and a fresh profile): no facilities,
// but the emergency numbers and the phrase cards still work.
import { assert, browser, shot, step, waitText } from '../harness.mjs';

export const env = { TASUKETE_TEST_NOW: '2026-11-28T10:00:00+09:00', TASUKETE_DB: '/nonexistent/tasukete.sqlite' };

export async function run() {
  await noDatasetScenario();
}

async function noDatasetScenario() {
  await step('without a dataset the home screen still offers 119', async () => {
    await waitText('#screen-title', 'Emergency');
    await (await browser.$('a.call[data-number="119"]')).waitForExist({ timeout: 15000 });
    await shot('10-no-dataset-emergency');
  });
  await step('without a dataset Nearby says the facility data is missing', async () => {
    await (await browser.$('#tab-nearby')).click();
    await (await browser.$('#place-search')).setValue('Shinjuku');
    const err = await browser.$('[data-error-kind="dataset-missing"]');
    await err.waitForExist({ timeout: 15000 });
    const t = await err.getText();
    assert(t.includes('Emergency numbers and phrase cards still work'), `error text: "${t}"`);
    await shot('11-no-dataset-nearby');
  });
  await step('without a dataset the phrase cards still open', async () => {
    await (await browser.$('#tab-cards')).click();
    const card = await browser.$('button[data-card-id="chest-pain"]');
    await card.waitForExist({ timeout: 15000 });
    await card.scrollIntoView({ block: 'center' });
    await card.click();
    await waitText('[data-testid="card-ja"]', /胸/);
  });
}
