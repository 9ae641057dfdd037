#!/usr/bin/env node
// `npm test`: the unit tests, then the builds, then the end-to-end tests in Chromium and then in Firefox, then one
// summary line with each suite's time. Exits non-zero if anything failed. `npm test -- <filter>` passes the filter
// to every suite; `--unit` or `--e2e` runs one kind only (`npm run test:e2e` uses the latter); `--browser=firefox`
// (or chromium) runs the end-to-end tests in that browser only.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath, firefoxPath, hasChromium, hasFirefox, missingChromiumMessage, missingFirefoxMessage } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : undefined;
const browserArg = args.find((arg) => arg.startsWith('--browser='))?.slice('--browser='.length);
const filters = args.filter((arg) => arg !== '--unit' && arg !== '--e2e' && !arg.startsWith('--browser='));
// A filter may match files in one suite only; the other suites must not fail for finding none.
const filterArgs = filters.length ? ['--passWithNoTests', ...filters] : [];
// CI builds just before `npm test`; SOURCELIGHT_SKIP_BUILD=1 says so and reuses .output.
const skipBuild = process.env.SOURCELIGHT_SKIP_BUILD === '1';

// Checked up front so a missing browser gives advice, not a stack trace, and no wasted build.
const browsers = [
  { name: 'chromium', title: `Chromium (${chromiumPath()})`, build: ['build'], problem: hasChromium() ? undefined : missingChromiumMessage() },
  { name: 'firefox', title: `Firefox (${firefoxPath()})`, build: ['build', '-b', 'firefox'], problem: hasFirefox() ? undefined : missingFirefoxMessage() },
].filter((browser) => !browserArg || browser.name === browserArg);
if (browserArg && browsers.length === 0) {
  console.error(`--browser=${browserArg}: the end-to-end tests run in chromium or firefox`);
  process.exit(2);
}

const steps = [
  { name: 'unit', kind: 'unit', title: 'Unit tests (vitest run)', command: bin('vitest'), args: ['run', ...filterArgs] },
  ...browsers.map((browser) => ({
    name: `build ${browser.name}`,
    kind: 'e2e',
    title: `Building the extension for ${browser.name} (wxt ${browser.build.join(' ')})`,
    command: bin('wxt'),
    args: browser.build,
    skip: skipBuild || browser.problem !== undefined,
  })),
  ...browsers.map((browser) => ({
    name: `e2e ${browser.name}`,
    kind: 'e2e',
    title: `End-to-end tests in ${browser.title}`,
    command: bin('vitest'),
    args: ['run', '--config', 'vitest.e2e.config.ts', '--project', browser.name, ...filterArgs],
    // The build steps above have just run; the global setup need not build again.
    env: { SOURCELIGHT_SKIP_BUILD: '1' },
    problem: browser.problem,
  })),
].filter((step) => !only || step.kind === only);

const results = [];
for (const step of steps) {
  if (step.skip) continue;
  if (results.some((result) => !result.ok && result.name.startsWith('build'))) {
    results.push({ name: step.name, ok: false, detail: 'not run' });
    continue;
  }
  console.log(`\n━━ ${step.title}\n`);
  if (step.problem) {
    console.error(step.problem);
    results.push({ name: step.name, ok: false, detail: 'browser missing' });
    continue;
  }
  const started = performance.now();
  const run = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const ok = run.status === 0;
  const detail = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : seconds;
  results.push({ name: step.name, ok, detail });
}

const failed = results.filter((result) => !result.ok);
const parts = results.map((result) => `${result.name} ${result.ok ? 'passed' : 'FAILED'} (${result.detail})`);
console.log(`\n━━ ${failed.length ? '✗ FAILED' : '✓ all passed'}: ${parts.join(', ')}`);
if (results.some((result) => result.detail === 'browser missing')) {
  console.log('   Install the missing browser as shown above (or set CHROMIUM_PATH / FIREFOX_PATH) and run `npm test` again.');
}
process.exit(failed.length ? 1 : 0);
