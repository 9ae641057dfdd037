// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { CHUNK_BUDGET_MS, MATCH_WINDOW_CHARS, MATCH_WINDOW_OVERLAP, scan } from '../../lib/page/scanner';
import { loadNewsPage, wordMatcher } from './support/page';

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

  test('finds the mentions of the page and reports what it did', async () => {
    const summary = await scan(document, wordMatcher(words));
    expect(summary.aborted).toBe(false);
    expect(summary.mentions).toBeGreaterThan(10);
    expect([...summary.entities].sort()).toEqual(['aktau', 'baku', 'grozny', 'kazakhstan']);
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

  test('stops as soon as the signal aborts, leaving the rest unread', async () => {
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
  });

  test('writes nothing to the page: its DOM is the same before and after', async () => {
    const before = document.documentElement.outerHTML;
    const summary = await scan(document, wordMatcher(words));
    expect(summary.mentions).toBeGreaterThan(10);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('hands each context over with the mentions found in it, in document order', async () => {
    const seen: string[] = [];
    await scan(document, wordMatcher(words), {
      onContext: (context, spans) =>
        seen.push(...[...spans].sort((a, b) => a.start - b.start).map((s) => context.text.slice(s.start, s.end))),
    });
    // The navigation link, then the headline.
    expect(seen.slice(0, 3)).toEqual(['Kazakhstan', 'Grozny', 'Aktau']);
  });

  test('tells the matcher where a word may end without a space: after an inline element', async () => {
    document.body.innerHTML = '<p>Updated <time>18:52</time>Putin spoke again.</p>';
    const breaks: (readonly number[] | undefined)[] = [];
    await scan(document, (text, at) => {
      breaks.push(at);
      return [];
    });
    // "Updated |18:52|Putin…": where the time's text begins and ends.
    expect(breaks).toEqual([[8, 13]]);
  });

  test('a huge text node is matched window by window, each in its own slice, with no mention lost or doubled', async () => {
    // About 300 K characters in one text node, "Aktau" every 37 words: windows of 32 K cut through the text many times.
    const sentence = 'Rescue teams worked through the night near the coast while reporters waited for news from officials. ';
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `Aktau. ${sentence}` : sentence)).join('');
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.append(text);
    const expected = text.split('Aktau').length - 1;
    const clock = slowClock(1);
    let slices = 0;
    const found: number[] = [];
    const summary = await scan(document, clock.match, {
      now: clock.now,
      budgetMs: 1,
      yieldToEventLoop: async () => {
        slices++;
      },
      onContext: (_context, spans) => found.push(...spans.map((s) => s.start)),
    });
    expect(summary.contexts).toBe(1);
    expect(found).toHaveLength(expected);
    expect(new Set(found).size).toBe(expected);
    expect(found.every((start) => text.slice(start, start + 5) === 'Aktau')).toBe(true);
    expect(slices).toBeGreaterThanOrEqual(Math.floor(text.length / MATCH_WINDOW_CHARS));
    // No call matched more than a window and its overlap.
    expect(Math.max(...clock.calls.map((c) => c.length))).toBeLessThanOrEqual(MATCH_WINDOW_CHARS + MATCH_WINDOW_OVERLAP);
  });
});
