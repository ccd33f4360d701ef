// At reception, 03:00 on a Saturday: fill "My medical information" (penicillin allergy),
// show it to staff, answer the questionnaire (fever 38.5 °C for 3 days, cough), show the
// Japanese summary and check its lines, ask a staff question; then restart the app (a new
// session, same data directory) and find the profile and the answers still there.
import { assert, browser, checkJapaneseTagged, checkTouchTargets, choose, shot, start, step, waitText } from '../harness.mjs';

export const env = { TASUKETE_TEST_NOW: '2026-11-28T03:00:00+09:00' };

/** Types into a field and fires its change event, as leaving the field would. */
async function type(selector, value) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 10000 });
  await el.setValue(value);
  await browser.execute((sel) => document.querySelector(sel).dispatchEvent(new Event('change', { bubbles: true })), selector);
}

async function click(selector) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 15000 });
  await el.scrollIntoView({ block: 'center' });
  await el.click();
}

async function lineOf(topic) {
  return waitText(`#intake-summary [data-topic="${topic}"] .ja-line`, /./);
}

export async function run() {
  await step('reception: profile, questionnaire and staff questions', async () => {
    await click('#tab-reception');
    await waitText('#screen-title', 'At reception');
    await (await browser.$('#open-profile-edit')).waitForExist({ timeout: 10000 });
    await shot('20-reception');
    await checkJapaneseTagged('reception');
    await checkTouchTargets('reception');
  });

  await step('fill the profile: penicillin allergy with hives', async () => {
    await click('#open-profile-edit');
    await choose('#allergy-group', 'drug');
    await choose('#allergy-substance', 'penicillin');
    await choose('#allergy-reaction', 'hives');
    await click('#allergy-add');
    await waitText('#allergies_intolerances-list', 'Penicillins (Hives)');
    await type('#p-name', 'Jane Doe');
    await choose('#p-sex', 'female');
    await type('#p-age', '34');
    await choose('#ins-kind', 'travel');
    await click('#profile-save');
    await waitText('#profile-status', 'Saved on this phone.');
    await shot('21-profile-edit');
    await checkTouchTargets('profile editor');
  });

  await step('show "My medical information" to staff', async () => {
    await click('#profile-show');
    const allergy = await waitText('#profile-sheet [data-section="allergies"] .ja-line', 'ペニシリン系抗菌薬（じんましん）');
    assert(allergy.includes('薬：'), `allergy line: ${allergy}`);
    const first = await browser.execute(() => document.querySelector('#profile-sheet section')?.dataset.section);
    assert(first === 'allergies', `the first section is ${first}`);
    await waitText('#profile-sheet', 'Penicillins (Hives)');
    await waitText('#profile-title', '私の医療情報');
    await shot('22-profile-for-staff');
    await checkJapaneseTagged('profile for staff');
    await checkTouchTargets('profile for staff');
  });

  await step('answer the questionnaire: fever 38.5 °C for 3 days, cough', async () => {
    await browser.execute(() => (location.hash = '#/reception'));
    await click('#start-intake');
    await click('button[data-variant="adult"]');
    const seen = [];
    for (let i = 0; i < 20; i++) {
      const done = await browser.execute(() => !!document.getElementById('intake-summary'));
      if (done) break;
      const q = await browser.$('#intake-question');
      await q.waitForExist({ timeout: 15000 });
      const topic = await q.getAttribute('data-topic');
      if (seen.at(-1) === topic) {
        await browser.pause(100);
        continue;
      }
      seen.push(topic);
      if (topic === 'complaints') {
        await click('button[data-choice="fever"]');
        await browser.waitUntil(async () => (await (await browser.$('button[data-choice="fever"]')).getAttribute('aria-pressed')) === 'true');
        await click('button[data-choice="cough"]');
        await browser.waitUntil(async () => (await (await browser.$('button[data-choice="cough"]')).getAttribute('aria-pressed')) === 'true');
        await shot('23-intake-complaints');
        await checkTouchTargets('questionnaire');
        await click('#intake-next');
      } else if (topic === 'onset') {
        await click('button[data-choice="days-3"]');
      } else if (topic === 'temperature') {
        await (await browser.$('#intake-number')).setValue('38.5');
        await shot('24-intake-temperature');
        await click('#intake-next');
      } else {
        await click('#intake-skip');
      }
      await browser.waitUntil(
        async () =>
          (await browser.execute(() => !!document.getElementById('intake-summary'))) ||
          (await browser.execute(() => document.getElementById('intake-question')?.dataset.topic)) !== topic,
        { timeout: 10000, timeoutMsg: `stuck on ${topic}` },
      );
    }
    for (const t of ['complaints', 'onset', 'temperature']) assert(seen.includes(t), `not asked: ${t} (asked ${seen.join(', ')})`);
    assert(!seen.includes('allergies') && !seen.includes('sex'), `asked again what the profile holds: ${seen.join(', ')}`);
  });

  await step('the Japanese summary, laid out like a 問診票', async () => {
    await waitText('#summary-title', '問診票');
    assert((await lineOf('complaints')) === '主な症状：発熱、咳', `complaints: ${await lineOf('complaints')}`);
    assert((await lineOf('onset')) === 'いつから：3日前から', `onset: ${await lineOf('onset')}`);
    assert((await lineOf('temperature')) === '体温：38.5度', `temperature: ${await lineOf('temperature')}`);
    assert((await lineOf('allergies')) === 'アレルギー：薬：ペニシリン系抗菌薬（じんましん）', `allergies: ${await lineOf('allergies')}`);
    assert((await lineOf('sex')) === '性別：女性', `sex: ${await lineOf('sex')}`);
    await waitText('#intake-summary [data-topic="complaints"] .user-line', 'What is wrong: Fever, Cough');
    await waitText('#intake-summary [data-topic="onset"] .user-line', 'Since 3 days ago');
    await shot('25-intake-summary');
    await checkJapaneseTagged('summary');
    await checkTouchTargets('summary');
  });

  await step('staff mode: a Japanese question, answered with a button', async () => {
    await browser.execute(() => (location.hash = '#/staff'));
    await click('button[data-question="drug-allergy"]');
    await waitText('#staff-question', 'Are you allergic to any medicine?');
    await shot('26-staff-question');
    await click('button[data-answer="yes"]');
    await waitText('#staff-answer-ja', 'はい');
    await shot('27-staff-answer');
    await checkJapaneseTagged('staff answer');
    await checkTouchTargets('staff answer');
  });

  await step('restart the app: the profile and the answers are still there', async () => {
    await browser.deleteSession();
    await start();
    await browser.execute(() => (location.hash = '#/profile'));
    await waitText('#profile-sheet [data-section="allergies"] .ja-line', 'ペニシリン系抗菌薬（じんましん）');
    await waitText('#profile-sheet', 'Jane Doe');
    await shot('28-profile-after-restart');
    await browser.execute(() => (location.hash = '#/intake-summary'));
    assert((await lineOf('onset')) === 'いつから：3日前から', 'the answers were not kept across the restart');
  });
}
