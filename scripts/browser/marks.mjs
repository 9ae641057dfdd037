// Marks as seen from outside the extension (page-marks.js, in the page's main world), for scripts that wait for them.
import { readFileSync } from 'node:fs';

/** page-marks.js as text: for `page.addInitScript({ content })` or to evaluate on a loaded page. */
export const MARKS_SCRIPT = readFileSync(new URL('./page-marks.js', import.meta.url), 'utf8');

/** How many mentions the page shows marked right now. */
export function countMarks(page) {
  return page.evaluate(`${MARKS_SCRIPT}\nwindow.__sourcelightMarks().length`);
}

/**
 * Resolves once the page's marks stop changing: the count is the same for `quietMs` (the content script's
 * rescan delay is 150 ms, so 600 ms of quiet means it is done). A page may hold no mention at all: with no
 * mark after `emptyAfterMs` it counts as done; and after `timeoutMs` whatever the count.
 */
export async function waitForMarks(page, { quietMs = 600, emptyAfterMs = 15_000, timeoutMs = 15_000 } = {}) {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const count = await countMarks(page);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && (count > 0 || Date.now() - started >= emptyAfterMs)) return count;
    if (Date.now() - started > timeoutMs) return count;
    await page.waitForTimeout(100);
  }
}
