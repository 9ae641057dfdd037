// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { CHUNK_BUDGET_MS, scan } from '../../lib/page/scanner';
import { loadNewsPage, marksIn, wordMatcher } from './support/page';

const words = { Aktau: 'aktau', Baku: 'baku', Grozny: 'grozny', Kazakhstan: 'kazakhstan' };

/** A clock the test drives: each match call "costs" `cost` ms, so chunking is deterministic. */
function slowClock(cost: number) {
  let t = 0;
  const inner = wordMatcher(words);
  const match = (text: string) => {
    t += cost;
    return inner(text);
  };
  return { now: () => t, match, calls: inner.calls };
}

describe('scan', () => {
  beforeEach(loadNewsPage);

  test('marks the page and reports what it did', async () => {
    const summary = await scan(document, wordMatcher(words));
    expect(summary.aborted).toBe(false);
    expect(summary.mentions).toBe(marksIn().length);
    expect(summary.mentions).toBeGreaterThan(10);
    expect(summary.contexts).toBeGreaterThan(20);
  });

  test('yields to the event loop whenever a chunk has spent its budget', async () => {
    const clock = slowClock(3); // 3 ms per context: at most 3 contexts fit in an 8 ms chunk
    let yields = 0;
    const summary = await scan(document, clock.match, {
      now: clock.now,
      yieldToEventLoop: async () => {
        yields++;
      },
    });
    expect(summary.chunks).toBe(yields + 1);
    const perChunk = Math.ceil(CHUNK_BUDGET_MS / 3);
    expect(yields).toBeGreaterThanOrEqual(Math.ceil(summary.contexts / perChunk) - 1);
  });

  test('never runs a chunk longer than the budget plus one context', async () => {
    const clock = slowClock(3);
    let chunkStart = 0;
    let longest = 0;
    await scan(document, (text) => {
      const found = clock.match(text);
      longest = Math.max(longest, clock.now() - chunkStart);
      return found;
    }, {
      now: clock.now,
      yieldToEventLoop: async () => {
        chunkStart = clock.now();
      },
    });
    expect(longest).toBeLessThanOrEqual(CHUNK_BUDGET_MS + 3);
  });

  test('reads and matches the whole page before its first write when no mention lies below the viewport', async () => {
    const inner = wordMatcher(words);
    let wrote = false;
    let matchedAfterAWrite = 0;
    const summary = await scan(document, (text) => {
      if (wrote) matchedAfterAWrite++;
      return inner(text);
    }, {
      write: (apply) => {
        apply();
        wrote = true;
      },
    });
    expect(summary.marks).toBeGreaterThan(10);
    expect(matchedAfterAWrite).toBe(0);
  });

  test('marks contexts near the viewport first, in a chunk of their own, as soon as reading has passed them', async () => {
    const near = document.querySelector('blockquote p')!;
    const inner = wordMatcher(words);
    const writes: Element[][] = [];
    let matchedAfterFirstWrite = 0;
    await scan(document, (text) => {
      if (writes.length > 0) matchedAfterFirstWrite++;
      return inner(text);
    }, {
      placeInViewport: (block) => (block === near ? 'near' : 'below'),
      write: (apply) => {
        const before = new Set(marksIn());
        apply();
        writes.push(marksIn().filter((mark) => !before.has(mark)));
      },
    });
    expect(writes[0]!.length).toBeGreaterThan(0);
    expect(writes[0]!.every((mark) => near.contains(mark))).toBe(true);
    expect(writes.flat().length).toBeGreaterThan(writes[0]!.length);
    // The rest of the page was still being read when the near marks went in.
    expect(matchedAfterFirstWrite).toBeGreaterThan(0);
  });

  test('stops as soon as the signal aborts, leaving the rest unmarked', async () => {
    const clock = slowClock(3);
    const controller = new AbortController();
    let yields = 0;
    const summary = await scan(document, clock.match, {
      now: clock.now,
      signal: controller.signal,
      yieldToEventLoop: async () => {
        if (++yields === 2) controller.abort();
      },
    });
    expect(summary.aborted).toBe(true);
    const callsAtAbort = clock.calls.length;
    const full = wordMatcher(words);
    loadNewsPage();
    const complete = await scan(document, full);
    expect(callsAtAbort).toBeLessThan(complete.contexts);
    expect(summary.mentions).toBeLessThan(complete.mentions);
  });

  test('an aborted signal does nothing at all', async () => {
    const match = wordMatcher(words);
    const summary = await scan(document, match, { signal: AbortSignal.abort() });
    expect(summary.aborted).toBe(true);
    expect(match.calls).toHaveLength(0);
    expect(marksIn()).toHaveLength(0);
  });

  test('scanning twice gives the same marks as scanning once', async () => {
    await scan(document, wordMatcher(words));
    const once = document.documentElement.innerHTML;
    await scan(document, wordMatcher(words));
    expect(document.documentElement.innerHTML).toBe(once);
  });

  test('skips a context the page changed between reading and marking, without corrupting it', async () => {
    const lead = document.querySelector('article > p:nth-of-type(2)')!;
    let wrote = false;
    let changed = false;
    const summary = await scan(document, wordMatcher(words), {
      budgetMs: 0, // yield after every context, giving the "page" a turn
      writeBudgetMs: 0,
      placeInViewport: (block) => (block === lead ? 'below' : 'near'), // the lead is marked last
      write: (apply) => {
        apply();
        wrote = true;
      },
      yieldToEventLoop: async () => {
        if (wrote && !changed) {
          changed = true;
          (lead.lastChild as Text).data = ' was carrying 67 people to Grozny.';
        }
      },
    });
    expect(changed).toBe(true);
    expect(summary.stale).toBe(1);
    expect(marksIn(lead)).toHaveLength(0);
    expect(lead.textContent).toContain('was carrying 67 people to Grozny.');
  });
});
