// A national holiday (勤労感謝の日, Monday 2026-11-23) at 19:00 in Osaka, a child with a
// fever: Pediatrics + open now finds nothing open within the stated limit, so the app says
// so and offers the nearest emergency care for children, #8000 with Osaka's hours, the
// adult advice line, the Visitor Hotline and 119 — and no result beyond the limit.
import { assert, browser, checkJapaneseTagged, checkTouchTargets, choose, shot, step, text, waitText } from '../harness.mjs';

// Umeda, Osaka.
export const env = { TASUKETE_TEST_NOW: '2026-11-23T19:00:00+09:00', TASUKETE_TEST_POSITION: '34.7025,135.4959' };

async function click(selector) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 15000 });
  await el.scrollIntoView({ block: 'center' });
  await el.click();
}

/** Number links whose digits wrap onto a second line, or overflow their box. */
async function brokenNumbers() {
  return browser.execute(() =>
    [...document.querySelectorAll('.numbers a.call, .numbers a.direct, .numbers .nowrap, .red-flags a.call')]
      .filter((a) => a.getClientRects().length)
      .filter((a) => {
        const r = document.createRange();
        r.selectNodeContents(a);
        const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
        return lines.size > 1 || a.scrollWidth > a.clientWidth + 1;
      })
      .map((a) => a.textContent),
  );
}

export async function run() {
  await step('holiday evening: pediatrics open now in Osaka', async () => {
    await waitText('#screen-title', 'Emergency');
    await click('#tab-nearby');
    await choose('#filter-department', 'pediatrics');
    await click('#filter-open-now');
    await (await browser.$('[data-testid="care-now"]')).waitForExist({ timeout: 20000 });
    const limit = await text('[data-testid="limit"]');
    const km = Number(/(\d+)\s*km/.exec(limit)?.[1]);
    assert(km === 30, `the stated limit: ${limit}`);
    // Every result shown is within the limit.
    const far = await browser.execute(() =>
      [...document.querySelectorAll('.results .distance')].map((d) => d.textContent).filter((t) => /km/.test(t) && parseFloat(t) > 30),
    );
    assert(far.length === 0, `results beyond the limit: ${far}`);
    await browser.execute(() => document.querySelector('[data-testid="care-now"]').scrollIntoView());
    await shot('40-holiday-child-nearby');
  });

  await step('holiday evening: nothing open nearby, emergency care, #8000 with Osaka hours', async () => {
    const nothing = await text('[data-testid="nothing-open"]');
    assert(nothing.includes('30'), `nothing-open panel: ${nothing}`);
    const em = await browser.$$('.emergency-list [data-facility-id]');
    assert(em.length >= 1, 'no emergency care offered');
    const child = await text('[data-testid="care-now-numbers"] [data-number-id="advice-child"]');
    assert(child.includes('#8000') && child.includes('19:00–08:00'), `#8000 with Osaka's hours: ${child}`);
    const numbers = await text('[data-testid="care-now-numbers"]');
    assert(numbers.includes('119') && numbers.includes('050-3816-2787') && numbers.includes('#7119'), `calls offered: ${numbers}`);
    const order = await browser.execute(() => [...document.querySelectorAll('[data-testid="care-now-numbers"] [data-number-id]')].map((e) => e.dataset.numberId));
    assert(order[0] === 'ambulance' && order[1] === 'advice-child', `order of calls: ${order}`);
    await browser.execute(() => document.querySelector('[data-testid="care-now-numbers"] [data-number-id="advice-child"]').scrollIntoView());
    await shot('41-holiday-child-numbers');
    await checkJapaneseTagged('holiday child');
    await checkTouchTargets('holiday child');
  });

  await step('Emergency screen in Korean at 360 px: numbers whole, Korean not broken inside words', async () => {
    await click('#tab-settings');
    await choose('#language', 'ko');
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === 'ko', { timeout: 10000 });
    await click('#tab-emergency');
    await browser.waitUntil(async () => (await browser.$$('.numbers li')).length >= 5, { timeout: 15000, timeoutMsg: 'no numbers' });
    const width = await browser.execute(() => window.innerWidth);
    const broken = await brokenNumbers();
    assert(broken.length === 0, `numbers broken across lines at ${width} px: ${broken.join(', ')}`);
    const keepAll = await browser.execute(() => getComputedStyle(document.querySelector('.numbers .number-text')).wordBreak);
    assert(keepAll === 'keep-all', `Korean word-break: ${keepAll}`);
    const child = await text('.numbers [data-number-id="advice-child"]');
    assert(child.includes('#8000') && child.includes('19:00–08:00'), `#8000 in Korean with Osaka's hours: ${child}`);
    await shot('42-holiday-child-home-ko');
    await browser.execute(() => document.querySelector('.numbers [data-number-id="advice-adult"]').scrollIntoView());
    await shot('43-holiday-child-numbers-ko');
    await checkJapaneseTagged('emergency ko');
    await checkTouchTargets('emergency ko');
  });
}
