import type { Page } from 'playwright-core';

/** page-marks.js as text: defines `window.__sourcelightMarks()` in the page's main world. */
export declare const MARKS_SCRIPT: string;

export declare function countMarks(page: Page): Promise<number>;

export declare function waitForMarks(
  page: Page,
  options?: { quietMs?: number; emptyAfterMs?: number; timeoutMs?: number },
): Promise<number>;
