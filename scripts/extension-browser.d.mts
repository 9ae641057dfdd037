import type { BrowserContext, Page } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;

export interface Served {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export function serve(options: { dir?: string; pages?: Map<string, string> }): Promise<Served>;

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export function launchWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<LaunchedExtension>;

export function waitForMarks(
  page: Page,
  options?: { quietMs?: number; emptyAfterMs?: number; timeoutMs?: number },
): Promise<number>;
