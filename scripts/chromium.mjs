// Where the end-to-end tests find Chromium, and what to tell someone who has none.
// Shared by scripts/test.mjs and the e2e global setup so the advice is written once.
import { accessSync, constants } from 'node:fs';

/** Debian's `chromium` package puts its launcher here; CHROMIUM_PATH overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** True when the configured Chromium exists and may be executed. */
export function hasChromium(path = chromiumPath()) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The advice printed instead of a stack trace when Chromium is missing. */
export function missingChromiumMessage(path = chromiumPath()) {
  return [
    `Chromium was not found at ${path}.`,
    'The end-to-end tests load the built extension into a real Chromium. To get it:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  elsewhere:      install Chromium (or Chrome for Testing) and point CHROMIUM_PATH at its binary,',
    '                  e.g. CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n');
}
