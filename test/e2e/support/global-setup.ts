import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, missingChromiumMessage } from '../../../scripts/chromium.mjs';
import { EXTENSION_DIR, ROOT } from './paths';

/**
 * Builds the extension once for the whole e2e run, so every test drives what `npm run build`
 * ships. SOURCELIGHT_SKIP_BUILD=1 reuses the existing .output/chrome-mv3 (CI has just built it).
 */
export default function setup(): void {
  if (!hasChromium()) throw new Error(missingChromiumMessage());

  if (process.env.SOURCELIGHT_SKIP_BUILD === '1') {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`SOURCELIGHT_SKIP_BUILD=1 but ${EXTENSION_DIR} holds no build: run \`npm run build\` first.`);
    }
    return;
  }

  const started = performance.now();
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`\`wxt build\` failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[e2e] built the extension into ${EXTENSION_DIR} in ${seconds} s`);
}
