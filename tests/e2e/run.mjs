// End-to-end test of the REAL app: tauri-driver starts target/*/tasukete-app through
// WebKitWebDriver under Xvfb; this script drives it like a visitor would and asserts what
// each screen says. Screenshots at phone size go to tests/e2e/screenshots/.
//
// The journey: pick a language -> choose "Shinjuku" as the position -> pediatrics, open
// now (the app's clock is fixed by TASUKETE_TEST_NOW to Saturday 2026-11-28 10:00 JST) ->
// open the first facility -> its taxi card -> the chest-pain phrase card.
//
// Network: see scripts/e2e.sh (the app runs in a network namespace with only loopback);
// here we also read the webview's own resource log and CSP violations and fail on any
// request that is not to the app itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(process.env.TASUKETE_APP ?? join(here, '..', '..', 'target', 'debug', 'tasukete-app'));
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });
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

const results = [];
let browser;

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - started, error: String(e?.message ?? e) });
    console.log(`FAIL ${name} (${Date.now() - started} ms): ${e?.message ?? e}`);
    await shot(`failed-${name.replace(/\W+/g, '-')}`).catch(() => undefined);
    throw e;
  }
}

// WebKitWebDriver's screenshot waits for a new frame, and a page at rest under Xvfb draws
// none (the request hangs): a 1-pixel animation, added by the test only, keeps frames coming.
async function shot(name) {
  await browser.execute(() => {
    if (document.getElementById('e2e-tick')) return;
    const style = document.createElement('style');
    style.textContent =
      '@keyframes e2e-tick{from{opacity:.99}to{opacity:1}}#e2e-tick{position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;animation:e2e-tick .1s infinite alternate}';
    document.head.appendChild(style);
    const tick = document.createElement('div');
    tick.id = 'e2e-tick';
    document.body.appendChild(tick);
  });
  const png = await browser.takeScreenshot();
  writeFileSync(join(shots, `${name}.png`), Buffer.from(png, 'base64'));
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Native <select> popups in WebKitGTK grab the pointer and stall WebDriver screenshots
// under Xvfb, so choices are made the way the page's own change handler receives them.
async function choose(selector, value) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout: 10000 });
  await browser.execute(
    (sel, v) => {
      const s = document.querySelector(sel);
      if (![...s.options].some((o) => o.value === v)) throw new Error(`${sel} has no option ${v}`);
      s.value = v;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}

// Every text node with kana or kanji must sit under lang="ja" (else it may be drawn with
// Chinese glyphs and read aloud in the wrong language).
async function checkJapaneseTagged(where) {
  const bad = await browser.execute(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(n.nodeValue)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[aria-hidden="true"]') || !el.getClientRects().length) continue;
      const tagged = el.closest('[lang]');
      if (!tagged || tagged.getAttribute('lang') !== 'ja') out.push(n.nodeValue.trim().slice(0, 30));
    }
    return out;
  });
  assert(bad.length === 0, `${where}: Japanese text without lang="ja": ${bad.join(' | ')}`);
}

// Every visible button, link, select and text field is at least 48 x 48 CSS px (the map's
// own zoom buttons and pins included).
async function checkTouchTargets(where) {
  const small = await browser.execute(() =>
    [...document.querySelectorAll('button, a[href], select, input:not([type=checkbox]):not([type=radio]), label.toggle')]
      .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden, .skip, details:not([open]) > :not(summary)'))
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 47.5 || r.height < 47.5))
      .map(([el, r]) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  assert(small.length === 0, `${where}: touch targets under 48 px: ${small.join(', ')}`);
}

async function text(selector, timeout = 15000) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout });
  return (await el.getText()).trim();
}

async function waitText(selector, expected, timeout = 15000) {
  let last = '';
  await browser.waitUntil(
    async () => {
      const el = await browser.$(selector);
      last = (await el.isExisting()) ? (await el.getText()).trim() : '';
      return typeof expected === 'string' ? last.includes(expected) : expected.test(last);
    },
    { timeout, timeoutMsg: `${selector}: expected ${expected}, saw "${last}"` },
  );
  return last;
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

  await step('choose Shinjuku as the position', async () => {
    await (await browser.$('#tab-nearby')).click();
    await waitText('#screen-title', FR.nearby);
    const search = await browser.$('#place-search');
    await search.setValue('Shinjuku');
    const first = await browser.$('.suggestion');
    await first.waitForExist({ timeout: 15000 });
    const label = (await first.getText()).trim();
    assert(/shinjuku|新宿/i.test(label), `first suggestion is "${label}"`);
    await first.click();
    await waitText('[data-testid="position"]', /Shinjuku|新宿/i);
  });

  await step('filter pediatrics open on Saturday 2026-11-28 10:00', async () => {
    const clock = await text('[data-testid="clock"]');
    assert(clock.includes('2026-11-28') && clock.includes('10:00'), `clock says "${clock}"`);
    assert(clock.includes('sam.'), `clock weekday is not Saturday: "${clock}"`);
    await choose('#filter-department', 'pediatrics');
    await (await browser.$('#filter-open-now')).click();
    await browser.waitUntil(async () => (await browser.$$('.result')).length > 0, {
      timeout: 20000,
      timeoutMsg: 'no facility listed',
    });
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
    await checkJapaneseTagged('facility');
    await checkTouchTargets('facility');
  });

  await step('show its taxi card', async () => {
    await (await browser.$('#show-taxi-card')).click();
    await waitText('[data-testid="taxi-request"]', 'ここへ行ってください');
    const name = await text('[data-testid="taxi-name"]');
    assert(name === facilityName, `taxi card shows "${name}", facility is "${facilityName}"`);
    const hint = await text('.fullcard .hint');
    assert(hint === FR.taxiHint, `hint: "${hint}"`);
    await shot('05-taxi-card');
    await checkJapaneseTagged('taxi card');
    await checkTouchTargets('taxi card');
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

/** Second launch, with TASUKETE_DB pointing nowhere: no facilities, but help still works. */
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

async function networkCheck() {
  await step('the webview requested nothing but the app itself', async () => {
    // A negative control first: prove that a remote request would be seen.
    const blocked = await browser.executeAsync((done) => {
      fetch('https://example.com/probe').then(
        () => done('fetched'),
        () => setTimeout(() => done(window.__csp.join('\n')), 200),
      );
    });
    assert(/example\.com/.test(blocked), `the negative control was not blocked by CSP: ${blocked}`);
    const entries = await browser.execute(() => performance.getEntriesByType('resource').map((e) => e.name));
    const foreign = entries.filter((u) => !/^(tauri:\/\/localhost|ipc:|http:\/\/ipc\.localhost|data:|blob:)/.test(u) && !u.includes('example.com/probe'));
    const violations = (await browser.execute(() => window.__csp)).filter((v) => !v.includes('example.com/probe'));
    console.log(`     ${entries.length} resource loads, all local; CSP violations besides the control: ${violations.length}`);
    assert(foreign.length === 0, `requests outside the app: ${foreign.join(', ')}`);
    assert(violations.length === 0, `CSP violations: ${violations.join(', ')}`);
  });
}

const SCENARIO = process.env.E2E_SCENARIO ?? 'journey';

async function start() {
  browser = await remote({
    hostname: '127.0.0.1',
    port: Number(process.env.TAURI_DRIVER_PORT ?? 4444),
    logLevel: 'error',
    connectionRetryTimeout: 45000,
    connectionRetryCount: 1,
    capabilities: { 'tauri:options': { application: app }, 'wdio:enforceWebDriverClassic': true },
  });
  await browser.waitUntil(async () => (await browser.execute(() => document.body?.dataset.ready)) === 'true', {
    timeout: 30000,
    timeoutMsg: 'the app did not start',
  });
  // Record CSP violations from now on (a blocked request would be one).
  await browser.execute(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

let failed = false;
try {
  await start();
  if (SCENARIO === 'no-dataset') {
    await noDatasetScenario();
  } else {
    await main();
    await sourcesStep();
  }
} catch (e) {
  failed = true;
  if (!results.some((r) => !r.ok)) console.log(`FAIL ${e?.message ?? e}`);
}
try {
  // Runs whatever happened above: the log covers every screen the journey reached.
  if (browser) await networkCheck();
} catch {
  failed = true;
} finally {
  writeFileSync(join(shots, `results-${SCENARIO}.json`), JSON.stringify(results, null, 2));
  if (browser) await browser.deleteSession().catch(() => undefined);
}
console.log(`${results.filter((r) => r.ok).length}/${results.length} steps passed`);
process.exit(failed ? 1 : 0);
