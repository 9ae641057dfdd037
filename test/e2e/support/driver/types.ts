import type { LoadedExtension } from '../../../../scripts/browser/launch.mjs';
import type { FirefoxWithExtension } from '../../../../scripts/browser/firefox.mjs';

/**
 * The one layer between the e2e tests and a browser: what a test does to a tab, an element and the extension, in
 * Playwright's words (the Chromium driver hands Playwright's own objects through; the Firefox driver speaks
 * WebDriver BiDi through puppeteer-core). A test written against these runs in both browsers unchanged.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoleOptions {
  /** The accessible name: a string matches case-insensitively as a substring (whole, with `exact`), a RegExp tests it. */
  name?: string | RegExp;
  exact?: boolean;
}

/** A lazy query, resolved again at every call (like a Playwright Locator). CSS does not cross a shadow root within one selector: chain `locator()` to enter one. */
export interface Loc {
  locator(selector: string): Loc;
  getByRole(role: string, options?: RoleOptions): Loc;
  nth(index: number): Loc;
  first(): Loc;
  last(): Loc;
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
  isChecked(): Promise<boolean>;
  isDisabled(): Promise<boolean>;
  boundingBox(): Promise<Box | null>;
  /** Runs `fn` with the element, in a world the page's scripts cannot tamper with where the browser offers one. */
  evaluate<R>(fn: (element: HTMLElement) => R | Promise<R>): Promise<R>;
  /** Gives a file input these files, as a reader picking them does. */
  setInputFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void>;
  /** Waits for the element to be visible. */
  waitFor(options?: { timeout?: number }): Promise<void>;
  click(): Promise<void>;
  fill(text: string): Promise<void>;
  scrollIntoViewIfNeeded(): Promise<void>;
}

/** Something scripts run in: a tab's main world, or one of its frames. */
export interface World {
  evaluate<R>(script: string): Promise<R>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface Tab extends World {
  url(): string;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  /** The first same-origin frame whose URL matches. */
  frame(options: { url: RegExp }): World | null;
  locator(selector: string): Loc;
  getByRole(role: string, options?: RoleOptions): Loc;
  /**
   * The top document as the extension's content script sees it, closed shadow roots included: where a test reads and
   * clicks Sourcelight's own card, which the page's scripts (and the locators above) cannot reach.
   */
  extensionWorld(): Loc;
  /** The innermost elements whose text matches (as RoleOptions' name does). */
  getByText(text: string | RegExp, options?: { exact?: boolean }): Loc;
  /** The form control whose label matches (as RoleOptions' name does). */
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): Loc;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    /** One key or a chord such as "Alt+Shift+ArrowDown". */
    press(keys: string): Promise<void>;
    type(text: string): Promise<void>;
  };
  screenshot(options?: { path?: string; clip?: Box }): Promise<Buffer>;
  viewportSize(): { width: number; height: number } | null;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Light or dark, as the system's colour scheme (the whole browser follows in Firefox). */
  emulateMedia(options: { colorScheme: 'light' | 'dark' }): Promise<void>;
  /** Runs `fn` in the page's world before its own scripts, on every load from now on. */
  addInitScript(fn: () => void): Promise<unknown>;
}

/** The background's global scope: Chromium's service worker, Firefox's background page (a window). */
export type BackgroundScope = typeof globalThis;

export interface Extension {
  readonly browser: BrowserName;
  /** The extension page at `path` (chrome-extension://<id>/… or moz-extension://<uuid>/…). */
  url(path: string): string;
  newTab(): Promise<Tab>;
  /** Opens an extension page (popup.html, reader.html…) in a new tab once its document is there. */
  openExtensionPage(path: string, options?: { viewport?: { width: number; height: number } }): Promise<Tab>;
  /** The next tab something opens (the reader a quote link opens, say), once its document is there. */
  nextTab(): Promise<Tab>;
  /**
   * Runs `fn` with the background's global scope (waking the background if it is stopped). Use `scope.chrome`, not
   * the bare globals: in Firefox `fn` runs in an extension page that reaches the background page's window.
   */
  inBackground<R, A = undefined>(fn: (scope: BackgroundScope, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Stops the background as the browser does an idle one, resolving once it is stopped, so the next message must
   * wake a fresh one: Chromium's service worker through CDP, Firefox's event page through its own terminate.
   * `beforeStop` runs right before the stop is sent (a test starts work there so the stop lands while it runs).
   */
  stopBackground(beforeStop?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
  /** Chromium's own handles (Playwright context, extension id, worker), for checks with no Firefox meaning (CDP). */
  readonly chromium?: LoadedExtension;
  /** Firefox's own handles (puppeteer browser, chrome scope), for checks with no Chromium meaning. */
  readonly firefox?: FirefoxWithExtension;
}

export interface LaunchOptions {
  /** A profile to launch with and keep: a second launch with it is the same browser restarted. */
  userDataDir?: string;
}
