// What every script that drives the built extension in Chromium does first: Chromium must be there and the
// build current. Plain JS with types beside it (build.d.mts), so `node scripts/start.mjs` can import it too.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hasChromium, missingChromiumMessage } from '../browsers.mjs';
import { ROOT } from './launch.mjs';

/** Exits the script with the reason when Chromium is missing or `wxt build` fails; `reuse` keeps .output as it is. */
export function buildForChromium({ reuse = process.env.SOURCELIGHT_SKIP_BUILD === '1' } = {}) {
  if (!hasChromium()) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  if (reuse) return;
  const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(build.status ?? 1);
  }
}
