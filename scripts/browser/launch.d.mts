import type { BrowserContext, Page, Worker } from 'playwright-core';

export declare const ROOT: string;
export declare const EXTENSION_DIR: string;

export declare function chromiumArgs(options?: { headless?: boolean }): string[];

export interface LaunchOptions {
  /**
   * A profile to launch with and keep: `close` leaves it on disk, so a second launch with the same directory is
   * the same browser restarted (what a reader's settings and trust must survive). The caller deletes it.
   */
  userDataDir?: string;
  /** Default true; false needs a display. */
  headless?: boolean;
  /** Playwright's default (1280×720) when left out; null follows the window. */
  viewport?: { width: number; height: number } | null;
}

export interface LoadedExtension {
  context: BrowserContext;
  /** The id Chromium gave the unpacked extension (it follows from the extension's path). */
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** The running service worker, waiting for it to start (or wake) if needed. */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page such as popup.html in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes Chromium and deletes its temporary profile (a profile passed in is kept). */
  close(): Promise<void>;
}

export declare function launchExtension(extensionDir?: string, options?: LaunchOptions): Promise<LoadedExtension>;

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export declare function launchPlain(options?: LaunchOptions): Promise<PlainBrowser>;
