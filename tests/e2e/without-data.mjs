// What must work when the facility data cannot be used (missing or damaged): 119 on the
// Emergency screen, Nearby saying what is wrong, and the phrase cards. Shared by the
// scenarios that start the app without usable data.
import { assert, browser, shot, step, waitText } from './harness.mjs';

/**
 * @param {object} o
 * @param {string} o.label      how the step names the case ("without a dataset")
 * @param {string} o.errorKind  the `data-error-kind` Nearby must show
 * @param {string[]} o.says     texts the Nearby error must contain
 * @param {string[]} o.shots    screenshot names: emergency, nearby and (optional) card
 */
export async function stillWorksWithoutData({ label, errorKind, says, shots }) {
  await step(`${label} the Emergency screen still offers 119`, async () => {
    await waitText('#screen-title', 'Emergency');
    await (await browser.$('a.call[data-number="119"]')).waitForExist({ timeout: 15000 });
    await shot(shots[0]);
  });
  await step(`${label} Nearby says what is wrong with the facility data`, async () => {
    await (await browser.$('#tab-nearby')).click();
    await (await browser.$('#place-search')).setValue('Shinjuku');
    const err = await browser.$(`[data-error-kind="${errorKind}"]`);
    await err.waitForExist({ timeout: 15000 });
    const t = await err.getText();
    for (const s of says) assert(t.includes(s), `error text lacks "${s}": "${t}"`);
    await shot(shots[1]);
  });
  await step(`${label} the phrase cards still open`, async () => {
    await (await browser.$('#tab-cards')).click();
    const card = await browser.$('button[data-card-id="chest-pain"]');
    await card.waitForExist({ timeout: 15000 });
    await card.scrollIntoView({ block: 'center' });
    await card.click();
    await waitText('[data-testid="card-ja"]', /胸/);
    if (shots[2]) await shot(shots[2]);
  });
}
