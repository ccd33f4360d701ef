// The first-launch journey (clock: Saturday 2026-11-28 10:00 JST, no position): English
// home screen with 119 -> French chosen in Settings -> "Gion" typed as the position (romaji,
// outside Tokyo: the first answer must be in Kyoto, shown with its prefecture) ->
// pediatrics open now -> the first facility -> its taxi card -> the chest-pain card ->
// an argument card filled with 38.5 on its number pad -> "my child has a fever" typed into
// the card search -> the right knee picked on a card -> Data sources.
import { assert, browser, checkJapaneseTagged, checkTouchTargets, choose, shot, step, text, waitText } from '../harness.mjs';

/** What the app's environment must be for this scenario (scripts/e2e.sh reads it). */
export const env = { TASUKETE_TEST_NOW: '2026-11-28T10:00:00+09:00' };

const LANG = process.env.E2E_LANG ?? 'fr';
// What the French UI says (locales/fr/ui.ftl): asserting the words proves the language took.
const FR = {
  emergency: 'Urgence',
  nearby: 'À proximité',
  pediatrics: 'Pédiatrie',
  openNow: 'Ouvert maintenant',
  taxiHint: 'Montrez ceci au chauffeur de taxi.',
  cardHint: 'Montrez ceci au personnel.',
};

export async function run() {
  await main();
  await sourcesStep();
}

async function main() {
  await step('home shows the emergency screen with 119', async () => {
    // A first launch in an English system: English, on the Emergency screen.
    await waitText('#screen-title', 'Emergency');
    const call = await browser.$('a.call[data-number="119"]');
    await call.waitForExist({ timeout: 15000 });
    const href = await call.getAttribute('href');
    assert(href === 'tel:119', `the 119 button links to ${href}`);
    const size = await call.getSize();
    assert(size.height >= 48 && size.width >= 48, `the 119 button is ${size.width}x${size.height}, under 48 px`);
    // The 119 script: each line in English and in Japanese, and "what happened" changes it.
    await browser.waitUntil(async () => (await browser.$$('.script li')).length >= 3, { timeout: 10000, timeoutMsg: 'no 119 script' });
    const before = await text('.script');
    await choose('#script-what', 'chest-pain');
    await browser.waitUntil(async () => (await text('.script')) !== before, { timeout: 10000, timeoutMsg: 'the script did not take "chest pain"' });
    const said = await browser.$$('.script .say [lang="ja"]');
    assert(said.length >= 3, `only ${said.length} Japanese lines in the script`);
    await shot('01-emergency-en');
    await checkJapaneseTagged('emergency');
    await checkTouchTargets('emergency');
  });

  await step(`pick a language (${LANG})`, async () => {
    await (await browser.$('#tab-settings')).click();
    await choose('#language', LANG);
    await waitText('#tab-emergency', FR.emergency);
    const htmlLang = await browser.execute(() => document.documentElement.lang);
    assert(htmlLang === LANG, `<html lang> is ${htmlLang}`);
    await shot('02-settings-fr');
    await checkJapaneseTagged('settings');
    await checkTouchTargets('settings');
  });

  await step('choose Gion (Kyoto) by typing its romaji', async () => {
    await (await browser.$('#tab-nearby')).click();
    await waitText('#screen-title', FR.nearby);
    const search = await browser.$('#place-search');
    await search.setValue('Gion');
    const first = await browser.$('.suggestion');
    await first.waitForExist({ timeout: 30000 });
    const label = (await first.getText()).trim();
    assert(/gion|祇園/i.test(label), `first suggestion is "${label}"`);
    // The prefecture beside every answer: Kyoto first, not the Gion in Chiba.
    const pref = await first.getAttribute('data-prefecture');
    assert(pref === '26', `first suggestion is in prefecture ${pref}: "${label}"`);
    const where = await text('.suggestion [data-testid="place-where"]');
    assert(where.includes('Kyoto'), `no prefecture beside the first answer: "${where}"`);
    const all = await browser.$$('.suggestion [data-testid="place-where"]');
    assert(all.length >= 2, `only ${all.length} answers`);
    for (const w of all) assert((await w.getText()).trim().length > 0, 'an answer without its prefecture');
    await shot('03a-place-search-gion');
    await first.click();
    await waitText('[data-testid="position"]', /Gion|祇園/i);
  });

  await step('filter pediatrics open on Saturday 2026-11-28 10:00', async () => {
    const clock = await text('[data-testid="clock"]');
    assert(clock.includes('2026-11-28') && clock.includes('10:00'), `clock says "${clock}"`);
    assert(clock.includes('sam.'), `clock weekday is not Saturday: "${clock}"`);
    await choose('#filter-department', 'pediatrics');
    await (await browser.$('#filter-open-now')).click();
    // The list shown before the click (pediatrics at any hour, clinics with unpublished hours
    // first) stays until the open-now answer replaces it: wait for that answer, not for any list.
    let last = '';
    await browser.waitUntil(
      async () => {
        const results = await browser.$$('.result');
        last = results.length ? await results[0].getText() : '';
        return last.includes(FR.openNow);
      },
      { timeout: 20000, timeoutMsg: `no open-now list; first result: "${last}"` },
    ).catch(() => {});
    const first = await browser.$('.result');
    const t = await first.getText();
    assert(t.includes(FR.pediatrics), `first result lacks ${FR.pediatrics}: "${t}"`);
    assert(t.includes(FR.openNow), `first result is not open now: "${t}"`);
    await shot('03-nearby-pediatrics-open');
    // The offline map with the numbered results, the user's place and stations.
    await browser.execute(() => window.scrollTo(0, document.querySelector('.map').getBoundingClientRect().top + window.scrollY - 8));
    await browser.pause(1500);
    await shot('03b-nearby-map');
    await checkJapaneseTagged('nearby');
    await checkTouchTargets('nearby');
  });

  let facilityName = '';
  let hasEmergency = false;
  await step('open the first facility', async () => {
    const first = await browser.$('.result');
    const id = await first.getAttribute('data-facility-id');
    await first.click();
    facilityName = await text('[data-testid="facility-name"]');
    assert(facilityName.length > 0, 'no facility name');
    const address = await text('[data-testid="address"]');
    assert(/[都道府県]/.test(address), `address is not a Japanese address: "${address}"`);
    const lang = await (await browser.$('[data-testid="facility-name"] span')).getAttribute('lang');
    assert(lang === 'ja', `facility name has lang=${lang}`);
    const depts = await text('[data-testid="departments"]');
    assert(depts.includes(FR.pediatrics), `departments: "${depts}"`);
    console.log(`     facility ${id}: ${facilityName} — ${address}`);
    await shot('04-facility');
    // Other closed days, when the sheet gives them: read into French, the Japanese kept below.
    const closed = await browser.$('[data-testid="closed-days"]');
    if (await closed.isExisting()) {
      const original = await text('[data-testid="closed-days-original"]');
      const block = await closed.getText();
      console.log(`     other closed days: ${block.replace(/\n/g, ' / ')}`);
      assert(original.length > 0 && block.includes(original), 'the original Japanese is not kept');
      await closed.scrollIntoView({ block: 'center' });
      await shot('04b-facility-closed-days');
      await browser.execute(() => window.scrollTo(0, 0));
    }
    hasEmergency = await browser.$('.badges .badge.emergency').isExisting();
    await checkJapaneseTagged('facility');
    await checkTouchTargets('facility');
  });

  await step('show its taxi card', async () => {
    await (await browser.$('#show-taxi-card')).click();
    await waitText('[data-testid="taxi-request"]', 'ここまでお願いします');
    const name = await text('[data-testid="taxi-name"]');
    assert(name === facilityName, `taxi card shows "${name}", facility is "${facilityName}"`);
    const hint = await text('.fullcard .hint');
    assert(hint === FR.taxiHint, `hint: "${hint}"`);
    await shot('05-taxi-card');
    await checkJapaneseTagged('taxi card');
    await checkTouchTargets('taxi card');
    // A hospital with an emergency department offers its emergency entrance (救急外来).
    const entrance = await browser.$('#taxi-emergency-entrance');
    assert((await entrance.isExisting()) === hasEmergency, `emergency entrance offered: ${await entrance.isExisting()}, emergency badge: ${hasEmergency}`);
    if (hasEmergency) {
      await entrance.click();
      await waitText('[data-testid="taxi-request"]', '救急外来の入口までお願いします');
      await waitText('[data-testid="taxi-user-text"]', 'urgences');
      await shot('05b-taxi-emergency-entrance');
      await entrance.click();
      await waitText('[data-testid="taxi-request"]', 'ここまでお願いします');
    }
    await (await browser.$('.fullcard .close')).click();
  });

  await step('open the chest-pain card', async () => {
    await (await browser.$('#tab-cards')).click();
    const card = await browser.$('button[data-card-id="chest-pain"]');
    await card.waitForExist({ timeout: 15000 });
    // Centre it: the bottom tab bar would otherwise take the tap.
    await card.scrollIntoView({ block: 'center' });
    await card.click();
    const ja = await text('[data-testid="card-ja"]');
    assert(/胸/.test(ja), `chest-pain card's Japanese lacks 胸: "${ja}"`);
    const hint = await text('.fullcard .hint');
    assert(hint === FR.cardHint, `hint: "${hint}"`);
    const fr = await text('[data-testid="card-text"]');
    assert(/poitrine/i.test(fr), `the French side does not mention the chest: "${fr}"`);
    const lang = await (await browser.$('[data-testid="card-ja"]')).getAttribute('lang');
    assert(lang === 'ja', `the Japanese side has lang=${lang}`);
    await shot('06-card-chest-pain');
    await checkJapaneseTagged('phrase card');
    await checkTouchTargets('phrase card');
  });

  await step('fill in an argument card: temperature 38.5 on the number pad', async () => {
    await (await browser.$('.fullcard .close')).click();
    const card = await browser.$('button[data-card-id="fever-temperature"]');
    await card.waitForExist({ timeout: 15000 });
    await card.scrollIntoView({ block: 'center' });
    await card.click();
    // It opens with its blank shown and a number pad, not an error.
    await waitText('[data-testid="card-ja"]', '…');
    assert(!(await browser.$('[data-error-kind]').isExisting()), 'the argument card opened on an error');
    const pad = await browser.$('[data-arg="temperature"] .number-pad');
    await pad.waitForExist({ timeout: 10000 });
    await shot('06b-card-temperature-blank');
    await checkTouchTargets('argument card');
    for (const key of ['3', '8', '.', '5']) {
      const b = await browser.$(`[data-arg="temperature"] [data-key="${key}"]`);
      await b.scrollIntoView({ block: 'center' });
      await b.click();
    }
    await waitText('[data-testid="card-ja"]', '38.5度');
    const reading = await text('[data-testid="card-reading"]');
    assert(reading.includes('さんじゅうはちてんご'), `reading: "${reading}"`);
    const fr = await waitText('[data-testid="card-text"]', '38,5');
    assert(/température/i.test(fr), `the French side: "${fr}"`);
    await (await browser.$('#card-done')).click();
    await browser.execute(() => window.scrollTo(0, 0));
    await shot('06c-card-temperature-filled');
    await checkJapaneseTagged('filled argument card');
    // The value is kept: opening the card again shows it filled in.
    await (await browser.$('.fullcard .close')).click();
    const again = await browser.$('button[data-card-id="fever-temperature"]');
    await again.waitForExist({ timeout: 15000 });
    await again.scrollIntoView({ block: 'center' });
    await again.click();
    await waitText('[data-testid="card-ja"]', '38.5度');
    await (await browser.$('.fullcard .close')).click();
  });

  await step('find "my child has a fever" by typing those words', async () => {
    const search = await browser.$('#card-search');
    await search.waitForExist({ timeout: 15000 });
    await search.setValue('my child has a fever');
    await browser.waitUntil(async () => (await browser.$$('#card-results .card-item')).length > 0, {
      timeout: 10000,
      timeoutMsg: 'no search results',
    });
    const ids = await browser.execute(() => [...document.querySelectorAll('#card-results .card-item')].slice(0, 3).map((b) => b.dataset.cardId));
    assert(ids.includes('child-high-fever'), `first three results: ${ids.join(', ')}`);
    // The results sit right under the search field, above the categories.
    const [resultsTop, chipsTop] = await browser.execute(() => [
      document.getElementById('card-results').getBoundingClientRect().top,
      document.querySelector('.chips').getBoundingClientRect().top,
    ]);
    assert(resultsTop < chipsTop && resultsTop < 300, `results at ${resultsTop} px, categories at ${chipsTop} px`);
    await shot('06d-card-search');
    await checkJapaneseTagged('card search');
    await checkTouchTargets('card search');
    await (await browser.$('#card-results button[data-card-id="child-high-fever"]')).click();
    await waitText('[data-testid="card-ja"]', '子ども');
  });

  await step('pick a body part on a card: the right knee', async () => {
    await (await browser.$('.fullcard .close')).click();
    await (await browser.$('#card-search')).waitForExist({ timeout: 10000 });
    await browser.execute(() => (location.hash = '#/card/pain-in-part'));
    const knee = await browser.$('[data-arg="part"] [data-part="knee"]');
    await knee.waitForExist({ timeout: 10000 });
    await knee.scrollIntoView({ block: 'center' });
    await knee.click();
    const right = await browser.$('[data-arg="part"] [data-side="right"]');
    await right.scrollIntoView({ block: 'center' });
    await right.click();
    await waitText('[data-testid="card-ja"]', '右の膝が痛いです');
    await waitText('[data-testid="card-text"]', 'genou');
    await waitText('[data-testid="card-romaji"]', 'Migi no hiza ga itai desu');
    await shot('06e-card-body-part');
    await checkTouchTargets('body-part picker');
    await browser.execute(() => window.scrollTo(0, 0));
  });

}

async function sourcesStep() {
  await step('the data sources screen shows the credits and counts of the dataset', async () => {
    await (await browser.$('.fullcard .close')).click();
    await (await browser.$('#tab-settings')).click();
    const button = await browser.$('#open-sources');
    await button.waitForExist({ timeout: 10000 });
    await button.click();
    await waitText('#screen-title', 'Sources des données');
    const page = await text('main');
    assert(page.includes('厚生労働省'), 'the MHLW credit line is missing');
    assert(page.includes('国土数値情報'), 'the MLIT credit line is missing');
    const counts = await browser.$$('[data-testid="count"]');
    assert(counts.length >= 4, `only ${counts.length} counts shown`);
    await shot('07-data-sources');
    await checkJapaneseTagged('data sources');
  });
}
