// The end-to-end harness: a WebDriver session on the REAL app (tauri-driver starts
// target/*/tasukete-app through WebKitWebDriver under Xvfb), steps with timings, phone-size
// screenshots, and the checks every screen must pass. Scenarios live in scenarios/, one
// file each; run.mjs runs one of them per app start (see scripts/e2e.sh).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));
export const app = resolve(process.env.TASUKETE_APP ?? join(here, '..', '..', 'target', 'debug', 'tasukete-app'));
export const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });

export const results = [];
/** The WebDriver session; set by start(). A live binding for the scenarios. */
export let browser;

export async function step(name, fn) {
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
export async function shot(name) {
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

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// Native <select> popups in WebKitGTK grab the pointer and stall WebDriver screenshots
// under Xvfb, so choices are made the way the page's own change handler receives them.
export async function choose(selector, value) {
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
export async function checkJapaneseTagged(where) {
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
export async function checkTouchTargets(where) {
  const small = await browser.execute(() =>
    [...document.querySelectorAll('button, a[href], select, input:not([type=checkbox]):not([type=radio]), label.toggle')]
      .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden, .skip, details:not([open]) > :not(summary)'))
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 47.5 || r.height < 47.5))
      .map(([el, r]) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  assert(small.length === 0, `${where}: touch targets under 48 px: ${small.join(', ')}`);
  // Every tab label is whole inside its tab and not broken inside a word (six tabs at 360 px).
  const cut = await browser.execute(() =>
    [...document.querySelectorAll('.tab .label')]
      .filter((el) => el.getClientRects().length)
      .filter((el) => {
        const tab = el.closest('.tab').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        const words = el.textContent.trim().split(/\s+/).length;
        return r.left < tab.left - 0.5 || r.right > tab.right + 0.5 || range.getClientRects().length > words;
      })
      .map((el) => el.textContent),
  );
  assert(cut.length === 0, `${where}: tab labels cut off or broken inside a word: ${cut.join(', ')}`);
}

export async function text(selector, timeout = 15000) {
  const el = await browser.$(selector);
  await el.waitForExist({ timeout });
  return (await el.getText()).trim();
}

export async function waitText(selector, expected, timeout = 15000) {
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

export async function networkCheck() {
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

export async function start() {
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


/** Writes the step results of a scenario beside the screenshots. */
export function writeResults(name) {
  writeFileSync(join(shots, `results-${name}.json`), JSON.stringify(results, null, 2));
}
