// Sunday 03:00 JST, standing about 300 m from a hospital whose emergency hours are
// published as 24 hours (found from the dataset when the scenario starts; the product
// names no facility): the home screen says where you are and fills the 119 script's
// address line; Nearby puts that hospital first with its emergency care "24 h", never
// "closed"; its facility screen shows outpatient hours and emergency care apart.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, browser, checkJapaneseTagged, checkTouchTargets, shot, step, text, waitText } from '../harness.mjs';

const NOW = '2026-12-06T03:00:00+09:00';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The nearest hospital to Shinjuku station whose emergency hours are 24 h, from the CLI. */
function target() {
  const cli = join(root, 'target', 'debug', 'tasukete');
  const db = join(root, 'data', 'build', 'tasukete.sqlite');
  const out = execFileSync(cli, ['near', '--at', '35.6896,139.7006', '--emergency', '--open-at', NOW, '-k', '30', '--json', '--db', db]);
  const hit = JSON.parse(String(out)).find((r) => r.emergency_24h && r.emergency_open === true);
  if (!hit) throw new Error('no 24-hour emergency hospital near Shinjuku in the dataset');
  return hit;
}

let hospital = null;
try {
  hospital = target();
} catch (e) {
  console.error(`night: ${e.message}`);
}
// 300 m north of it (1 degree of latitude is about 111 km).
const position = hospital ? `${(hospital.lat + 300 / 111195).toFixed(6)},${hospital.lon.toFixed(6)}` : '35.6896,139.7006';

export const env = { TASUKETE_TEST_NOW: NOW, TASUKETE_TEST_POSITION: position };

async function click(selector) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 15000 });
  await el.scrollIntoView({ block: 'center' });
  await el.click();
}

export async function run() {
  assert(hospital, 'the scenario found no 24-hour emergency hospital in the dataset');
  console.log(`     position ${position}, 300 m north of ${hospital.name_ja} (${hospital.id})`);

  await step('night: home shows where you are and the script names the place', async () => {
    await waitText('#screen-title', 'Emergency');
    const flags = await text('[data-testid="red-flags"]');
    assert(flags.includes('119'), 'the red flags come first with 119');
    const address = await waitText('[data-testid="where-address"]', /付近/);
    assert(/^東京都/.test(address), `where-am-I: ${address}`);
    const near = await text('[data-testid="where-station-user"]');
    assert(/^About \d+ m (north|northeast|east|southeast|south|southwest|west|northwest) of .+ station$/.test(near), `station line: ${near}`);
    const coords = await text('[data-testid="coords"]');
    assert(coords.includes(position.split(',')[0].slice(0, 7)), `coordinates shown: ${coords}`);
    // The order of need: red flags, where you are, then the 119 script.
    const order = await browser.execute(() =>
      ['[data-testid="red-flags"]', '[data-testid="where-am-i"]', '#script-h', '#numbers-h'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1),
    );
    assert(order.every((y, i) => y >= 0 && (i === 0 || y > order[i - 1])), `screen order ${order}`);
    await browser.waitUntil(async () => (await browser.$$('.script li')).length >= 3, { timeout: 10000, timeoutMsg: 'no 119 script' });
    const line = await text('.script li[data-line-id="script-position"] .say');
    assert(line.startsWith('場所は東京都') && line.includes('付近'), `the address line: ${line}`);
    await browser.waitUntil(async () => (await browser.$$('.numbers li')).length >= 5, { timeout: 10000, timeoutMsg: 'no numbers' });
    const adult = await text('.numbers li[data-number-id="advice-adult"]');
    assert(adult.includes('#7119') && adult.includes('03-3212-2323'), `Tokyo's #7119 with its ordinary number: ${adult}`);
    await shot('30-night-home');
    await browser.execute(() => document.querySelector('[data-testid="where-am-i"]').scrollIntoView());
    await shot('31-night-where');
    await browser.execute(() => document.querySelector('[data-number-id="advice-adult"]').scrollIntoView());
    await shot('32-night-numbers');
    await checkJapaneseTagged('night home');
    await checkTouchTargets('night home');
  });

  await step('night: Nearby puts the 24-hour emergency hospital first, never closed', async () => {
    await click('#tab-nearby');
    await (await browser.$('[data-testid="care-now"]')).waitForExist({ timeout: 20000 });
    const first = await browser.execute(() => document.querySelector('.results [data-facility-id]')?.getAttribute('data-facility-id'));
    assert(first === hospital.id, `first result ${first}, expected ${hospital.id}`);
    const badge = await browser.execute(
      (id) => document.querySelector(`.results [data-facility-id="${id}"] [data-em]`)?.getAttribute('data-em'),
      hospital.id,
    );
    assert(badge === '24h' || badge === 'call-first', `emergency badge ${badge}`);
    const emergencyClosed = await browser.execute(() =>
      [...document.querySelectorAll('.emergency-list .badge')].filter((b) => b.dataset.em === undefined && b.classList.contains('em-closed')).length,
    );
    assert(emergencyClosed === 0, 'emergency care shown as closed');
    await shot('33-night-nearby');
    await browser.execute(() => document.querySelector('[data-testid="care-now"]').scrollIntoView());
    await shot('33b-night-nearby-emergency');
    await checkJapaneseTagged('night nearby');
    await checkTouchTargets('night nearby');
  });

  await step('night: the facility screen shows outpatient hours and emergency care apart', async () => {
    await click(`.emergency-list [data-facility-id="${hospital.id}"]`);
    await (await browser.$('[data-testid="emergency-care"]')).waitForExist({ timeout: 15000 });
    const em = await text('[data-testid="emergency-care"]');
    assert(/24/.test(em) && em.includes('2021-09-20') === em.includes('G-MIS'), `emergency care block: ${em}`);
    const src = await text('[data-testid="outpatient-source"]');
    assert(src.includes('2025-06-01'), `outpatient source: ${src}`);
    const state = await text('[data-testid="open-state"]');
    assert(state.includes('Outpatient'), `the outpatient badge says whose state it is: ${state}`);
    await shot('34-night-facility');
    await browser.execute(() => document.querySelector('[data-testid="emergency-care"]').scrollIntoView());
    await shot('35-night-facility-emergency');
    await checkJapaneseTagged('night facility');
    await checkTouchTargets('night facility');
  });
}
