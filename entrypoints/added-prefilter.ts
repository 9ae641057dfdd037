/**
 * The flag that the reader's sources have a prefilter of their own: registered by the background only while one is
 * published (lib/background/prefilter-outlet.ts), at document_start, so the page check (document_idle) finds the
 * storage read already under way. Pages where the reader added nothing never run it.
 */
import { ADDED_PREFILTER_KEY, ADDED_PREFILTER_READ } from '../lib/added-prefilter';

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[ADDED_PREFILTER_READ] = browser.storage.local.get(ADDED_PREFILTER_KEY);
});
