/**
 * The reader's switches as the background answers pages with them: read once, then kept by the change event, so a
 * page asking for its session waits for no storage read before its script runs (4-17 ms in Firefox,
 * docs/performance.md). A worker that stopped reads them again when it wakes.
 */
import type { Settings } from '../settings';

/** `fresh` reads storage whatever is kept: the change event may reach a page before it reaches the background. */
export type Switches = (options?: { fresh?: boolean }) => Promise<Settings>;

export function keptSwitches(read: () => Promise<Settings>, watch: (onChange: (settings: Settings) => void) => unknown): Switches {
  let kept: Promise<Settings> | null = null;
  watch((settings) => {
    kept = Promise.resolve(settings);
  });
  return (options = {}) => {
    if (kept && !options.fresh) return kept;
    const reading = read().catch((error: unknown) => {
      if (kept === reading) kept = null;
      throw error;
    });
    kept = reading;
    return reading;
  };
}
