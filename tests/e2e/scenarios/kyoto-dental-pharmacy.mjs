// A toothache in Kyoto (Tuesday 2026-11-24 14:00 JST, position at Shijō-Kawaramachi):
// Nearby -> kind "dental" -> a dental clinic placed approximately ("about … m", hollow map
// marker) -> its screen says the hours are not published and the position is approximate
// -> the Paying tips' pharmacy advice -> "find a pharmacy nearby" -> a pharmacy.
import { assert, browser, checkJapaneseTagged, checkTouchTargets, choose, shot, step, text, waitText } from '../harness.mjs';

export const env = { TASUKETE_TEST_NOW: '2026-11-24T14:00:00+09:00', TASUKETE_TEST_POSITION: '35.0037,135.7690' };

async function click(selector) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 15000 });
  await el.scrollIntoView({ block: 'center' });
  await el.click();
}

async function results() {
  await browser.waitUntil(async () => (await browser.$$('.result')).length > 0, {
    timeout: 20000,
    timeoutMsg: 'no results',
  });
  return browser.$$('.result');
}

export async function run() {
  await step('a dental clinic near Shijō-Kawaramachi, placed approximately', async () => {
    await click('#tab-nearby');
    await waitText('#screen-title', 'Nearby');
    await choose('#filter-kind', 'dental');
    await browser.waitUntil(async () => (await text('.result-list')).includes('Dental'), {
      timeout: 20000,
      timeoutMsg: 'no dental clinic in the results',
    });
    const list = await results();
    assert(list.length >= 3, `only ${list.length} dental clinics`);
    const first = await text('.result-list li:first-child');
    assert(/about \d+/.test(first), `the first result's distance is not approximate: "${first}"`);
    assert(first.includes('approximate'), `the bearing of "${first}" is not marked approximate`);
    assert(first.includes('Hours not published'), `the first result claims hours: "${first}"`);
    const hollow = await browser.$$('.map-pin.approximate');
    assert(hollow.length > 0, 'approximate facilities are drawn as ordinary pins');
    await waitText('[data-testid="map-legend-approximate"]', /approximate/);
    await shot('30-kyoto-dental');
    await (await browser.$('.result-list')).scrollIntoView({ block: 'start' });
    await shot('30b-kyoto-dental-list');
    await checkJapaneseTagged('kyoto-dental');
    await checkTouchTargets('kyoto-dental');
  });

  await step('the dental clinic: hours not published, position approximate', async () => {
    await click('.result-list li:first-child .result');
    await waitText('[data-testid="hours-not-published"]', /not published/);
    await waitText('[data-testid="position-approximate"]', /Approximate position/);
    const badges = await text('[data-testid="open-state"]');
    assert(!/Open now|Closed/i.test(badges), `a clinic without hours is said "${badges}"`);
    await shot('31-kyoto-dental-facility');
  });

  await step('Paying tips: the pharmacy advice finds a pharmacy', async () => {
    await click('#tab-tips');
    await click('#find-pharmacy');
    await waitText('#screen-title', 'Nearby');
    const kind = await browser.execute(() => document.querySelector('#filter-kind').value);
    assert(kind === 'pharmacy', `the kind filter is "${kind}"`);
    await browser.waitUntil(async () => (await text('.result-list')).includes('Pharmacy'), {
      timeout: 20000,
      timeoutMsg: 'no pharmacy in the results',
    });
    const first = await text('.result-list li:first-child');
    assert(first.includes('Pharmacy'), `the first result is not a pharmacy: "${first}"`);
    await shot('32-kyoto-pharmacy');
  });

  await step('open now leaves pharmacies without published hours out, unless asked', async () => {
    const toggle = await browser.$('#filter-include-unknown-hours');
    assert(!(await toggle.isDisplayed()), 'the unknown-hours switch shows without "open now"');
    await click('#filter-open-now');
    await browser.waitUntil(async () => (await browser.$$('.result')).length === 0, {
      timeout: 20000,
      timeoutMsg: 'a pharmacy without published hours is listed as open now',
    });
    await click('#filter-include-unknown-hours');
    await browser.waitUntil(async () => (await browser.$$('.result')).length > 0, {
      timeout: 20000,
      timeoutMsg: 'no pharmacy with unknown hours when asked',
    });
    const first = await text('.result-list li:first-child');
    assert(first.includes('Hours not published') && !first.includes('Open now'), `"${first}"`);
  });
}
