import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, hasFirefox, missingChromiumMessage, missingFirefoxMessage } from '../../../scripts/browsers.mjs';
import type { BrowserName } from './driver/types';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, ROOT } from './paths';

const BUILDS: Record<BrowserName, { dir: string; args: string[]; has: () => boolean; missing: () => string }> = {
  chromium: { dir: EXTENSION_DIR, args: ['build'], has: () => hasChromium(), missing: () => missingChromiumMessage() },
  firefox: { dir: FIREFOX_EXTENSION_DIR, args: ['build', '-b', 'firefox'], has: () => hasFirefox(), missing: () => missingFirefoxMessage() },
};

/**
 * Builds the extension once for each browser's project (vitest.e2e.config.ts), so every test drives what the build
 * ships. SOURCELIGHT_SKIP_BUILD=1 reuses the existing .output/<browser>-mv3 (`npm test` and CI have just built it).
 */
export default function setup(project: TestProject): void {
  const browser = project.config.provide.browser ?? 'chromium';
  const build = BUILDS[browser];
  if (!build.has()) throw new Error(build.missing());

  if (process.env.SOURCELIGHT_SKIP_BUILD === '1') {
    if (!existsSync(join(build.dir, 'manifest.json'))) {
      throw new Error(`SOURCELIGHT_SKIP_BUILD=1 but ${build.dir} holds no build: run \`npx wxt ${build.args.join(' ')}\` first.`);
    }
    return;
  }

  const started = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), build.args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`\`wxt ${build.args.join(' ')}\` failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[e2e] built the extension into ${build.dir} in ${seconds} s`);
}
