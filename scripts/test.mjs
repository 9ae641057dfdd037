#!/usr/bin/env node
// `npm test`: the unit tests, then a build, then the end-to-end tests in Chromium, then one
// summary line. Exits non-zero if anything failed. `npm test -- <filter>` passes the filter to
// both suites; `--unit` or `--e2e` runs one suite only (`npm run test:e2e` uses the latter).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath, hasChromium, missingChromiumMessage } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : undefined;
const filters = args.filter((arg) => arg !== '--unit' && arg !== '--e2e');
// A filter may match files in one suite only; the other suite must not fail for finding none.
const filterArgs = filters.length ? ['--passWithNoTests', ...filters] : [];
// CI builds just before `npm test`; SOURCELIGHT_SKIP_BUILD=1 says so and reuses .output.
const skipBuild = process.env.SOURCELIGHT_SKIP_BUILD === '1';
// Checked up front so a missing browser gives advice, not a stack trace, and no wasted build.
const chromiumProblem = hasChromium() ? undefined : missingChromiumMessage();

const steps = [
  { name: 'unit', title: 'Unit tests (vitest run)', command: bin('vitest'), args: ['run', ...filterArgs] },
  {
    name: 'build',
    title: 'Building the extension for the end-to-end tests (wxt build)',
    command: bin('wxt'),
    args: ['build'],
    skip: skipBuild || chromiumProblem !== undefined,
  },
  {
    name: 'e2e',
    title: `End-to-end tests in Chromium (${chromiumPath()})`,
    command: bin('vitest'),
    args: ['run', '--config', 'vitest.e2e.config.ts', ...filterArgs],
    // The build step above has just run; the global setup need not build again.
    env: { SOURCELIGHT_SKIP_BUILD: '1' },
    problem: chromiumProblem,
  },
].filter((step) => !only || step.name === only || (only === 'e2e' && step.name === 'build'));

const results = [];
for (const step of steps) {
  if (step.skip) continue;
  if (results.some((result) => !result.ok && result.name !== 'unit')) {
    results.push({ name: step.name, ok: false, detail: 'not run' });
    continue;
  }
  console.log(`\n━━ ${step.title}\n`);
  if (step.problem) {
    console.error(step.problem);
    results.push({ name: step.name, ok: false, detail: 'Chromium missing' });
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
if (results.some((result) => result.detail === 'Chromium missing')) {
  console.log('   Install Chromium as shown above (or set CHROMIUM_PATH) and run `npm test` again.');
}
process.exit(failed.length ? 1 : 0);
