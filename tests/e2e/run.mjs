// Runs one end-to-end scenario against the real app: `node run.mjs NAME` (scenarios/NAME.mjs).
// `node run.mjs --list` prints the scenario names; `node run.mjs --env NAME` prints the
// environment the app needs for it as shell assignments (scripts/e2e.sh starts one app per
// scenario with it). Every scenario ends with the network check.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browser, networkCheck, results, start, writeResults } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(join(here, 'scenarios'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .sort();
const [flag, arg] = process.argv.slice(2);
const quote = (v) => `'${String(v).replaceAll("'", "'\\''")}'`;

if (flag === '--list') {
  console.log(names.join('\n'));
  process.exit(0);
}
const name = flag === '--env' ? arg : flag;
if (!names.includes(name)) {
  console.error(`run.mjs: no scenario '${name}'; scenarios: ${names.join(', ')}`);
  process.exit(2);
}
const scenario = await import(`./scenarios/${name}.mjs`);
if (flag === '--env') {
  for (const [k, v] of Object.entries(scenario.env ?? {})) console.log(`${k}=${quote(v)}`);
  process.exit(0);
}

let failed = false;
try {
  await start();
  await scenario.run();
} catch (e) {
  failed = true;
  if (!results.some((r) => !r.ok)) console.log(`FAIL ${e?.message ?? e}`);
}
try {
  // Runs whatever happened above: the log covers every screen the scenario reached.
  if (browser) await networkCheck();
} catch {
  failed = true;
} finally {
  writeResults(name);
  if (browser) await browser.deleteSession().catch(() => undefined);
}
console.log(`${name}: ${results.filter((r) => r.ok).length}/${results.length} steps passed`);
process.exit(failed ? 1 : 0);
