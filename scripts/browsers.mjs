// Where the scripts and the e2e tests find Chromium and Firefox, and what to tell someone who lacks one.
// Shared by scripts/test.mjs, the e2e global setup and the benchmark so the advice is written once.
import { accessSync, constants } from 'node:fs';

/** A browser binary: Debian's package puts it at `defaultPath`; the variable `envVar` overrides that. */
function browserBinary({ name, defaultPath, envVar, debianPackage, needs, elsewhere }) {
  const path = () => process.env[envVar] || defaultPath;
  /** True when the configured binary exists and may be executed. */
  const has = (at = path()) => {
    try {
      accessSync(at, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  /** The advice printed instead of a stack trace when the binary is missing. */
  const missing = (at = path()) =>
    [
      `${name} was not found at ${at}.`,
      `The end-to-end tests ${needs}. To get it:`,
      `  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${debianPackage}`,
      `  elsewhere:      install ${elsewhere} and point ${envVar} at its binary,`,
      `                  e.g. ${envVar}=/path/to/${name.toLowerCase()} npm test`,
    ].join('\n');
  return { path, has, missing };
}

const chromium = browserBinary({
  name: 'Chromium',
  defaultPath: '/usr/bin/chromium',
  envVar: 'CHROMIUM_PATH',
  debianPackage: 'chromium',
  needs: 'load the built extension into a real Chromium',
  elsewhere: 'Chromium (or Chrome for Testing)',
});

const firefox = browserBinary({
  name: 'Firefox',
  defaultPath: '/usr/bin/firefox-esr',
  envVar: 'FIREFOX_PATH',
  debianPackage: 'firefox-esr',
  needs: 'also load the built add-on into a real Firefox (140 or later)',
  elsewhere: 'Firefox',
});

export const chromiumPath = chromium.path;
export const hasChromium = chromium.has;
export const missingChromiumMessage = chromium.missing;
export const firefoxPath = firefox.path;
export const hasFirefox = firefox.has;
export const missingFirefoxMessage = firefox.missing;
