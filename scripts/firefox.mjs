// Where the end-to-end tests and the benchmark find Firefox, and what to tell someone who has none.
import { accessSync, constants } from 'node:fs';

/** Debian's `firefox-esr` package puts its launcher here; FIREFOX_PATH overrides it. */
export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

export function firefoxPath() {
  return process.env.FIREFOX_PATH || DEFAULT_FIREFOX_PATH;
}

/** True when the configured Firefox exists and may be executed. */
export function hasFirefox(path = firefoxPath()) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The advice printed instead of a stack trace when Firefox is missing. */
export function missingFirefoxMessage(path = firefoxPath()) {
  return [
    `Firefox was not found at ${path}.`,
    'The end-to-end tests also load the built add-on into a real Firefox (140 or later). To get it:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr',
    '  elsewhere:      install Firefox and point FIREFOX_PATH at its binary, e.g. FIREFOX_PATH=/path/to/firefox npm test',
  ].join('\n');
}
