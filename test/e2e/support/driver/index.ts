// The e2e driver: one interface (types.ts), a Chromium and a Firefox implementation, and which one this run uses.
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Extension, LaunchOptions } from './types';

export type * from './types';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser this vitest project drives (vitest.e2e.config.ts). */
    browser: BrowserName;
  }
}

/** The browser the running test file drives: each file runs once per browser, as its own vitest project. */
export function currentBrowser(): BrowserName {
  return inject('browser') ?? 'chromium';
}

/** The built extension in a fresh browser (a kept profile with `userDataDir`). */
export function launchBrowser(options: LaunchOptions = {}, browser = currentBrowser()): Promise<Extension> {
  return browser === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
