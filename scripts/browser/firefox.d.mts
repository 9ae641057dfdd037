import type { Browser, Page } from 'puppeteer-core';

export declare const FIREFOX_EXTENSION_DIR: string;
export declare const FIREFOX_EXTENSION_UUID: string;

export declare function geckoId(extensionDir?: string): string;
export declare function untilDocumentAt(page: Page, url: string, timeoutMs?: number): Promise<void>;

export interface FirefoxLaunchOptions {
  /** A profile to launch with and keep (see LaunchOptions in launch.d.mts). */
  userDataDir?: string;
  /** Default true; false needs a display. */
  headless?: boolean;
  /** 1280×720 (Playwright's default, so both browsers lay pages out alike) when left out. */
  viewport?: { width: number; height: number };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's internal UUID (fixed by a pref). */
  uuid: string;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /** Evaluates an expression in Firefox's privileged chrome scope and answers its value. */
  chrome(expression: string): Promise<unknown>;
  /** Opens an extension page in a new tab (behind the others with `background`) and waits for its document. */
  openExtensionPage(path: string, options?: { background?: boolean }): Promise<Page>;
  /** "running", "suspending", "stopped", … as Firefox reports the add-on's background page. */
  backgroundState(): Promise<string>;
  /** Terminates the background page, as Firefox does to an idle one; answers the state after. */
  terminateBackground(): Promise<string>;
  /** Closes Firefox and deletes its temporary profile (a profile passed in is kept). */
  close(): Promise<void>;
}

/** `extensionDir` null launches Firefox without the add-on (the benchmark's baseline). */
export declare function launchFirefoxExtension(
  extensionDir?: string | null,
  options?: FirefoxLaunchOptions,
): Promise<FirefoxWithExtension>;
