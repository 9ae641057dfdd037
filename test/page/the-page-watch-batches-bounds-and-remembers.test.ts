// @vitest-environment happy-dom
/**
 * The page watch's three parts (lib/page/): changes handed on in bursts and never during a read (change-watch.ts),
 * a block rewritten without end read a bounded number of times (reread-limit.ts), and hidden elements remembered
 * until a change reveals them (hidden-memory.ts). Timers and the clock are the test's own.
 */
import { describe, expect, test } from 'vitest';
import { ChangeWatch } from '../../lib/page/change-watch';
import { HiddenMemory } from '../../lib/page/hidden-memory';
import { RereadLimit } from '../../lib/page/reread-limit';
import type { Timers } from '../../lib/timers';

/** Timers that run only when the test says so. */
function handTimers() {
  const due: { at: number; run: () => void; id: number }[] = [];
  let now = 0;
  let ids = 0;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = ++ids;
      due.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = due.findIndex((t) => t.id === id);
      if (i >= 0) due.splice(i, 1);
    },
  };
  return {
    timers,
    pending: () => due.length,
    advance(ms: number) {
      now += ms;
      for (const timer of due.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)) {
        due.splice(due.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

/** Mutation records arrive in a microtask after the change. */
const records = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

describe('the change watch', () => {
  function watching(delayMs = 100) {
    document.body.innerHTML = '<article><p>One</p></article>';
    const clock = handTimers();
    const arrived: number[] = [];
    const batches: MutationRecord[][] = [];
    const watch = new ChangeWatch(window as Window & typeof globalThis, document, {
      delayMs,
      timers: clock.timers,
      onRecords: (r) => arrived.push(r.length),
      onBatch: (r) => batches.push(r),
    });
    watch.start();
    return { watch, clock, arrived, batches, article: document.querySelector('article')! };
  }

  test('hands on a burst of changes once, the delay after its first, and sees each change as it comes', async () => {
    const { watch, clock, arrived, batches, article } = watching();
    article.append(document.createElement('p'));
    await records();
    clock.advance(60);
    article.append(document.createElement('p'));
    await records();
    expect(arrived).toEqual([1, 1]);
    expect(batches).toEqual([]);
    clock.advance(40);
    expect(batches.map((b) => b.length)).toEqual([2]);
    watch.stop();
  });

  test('a burst waits while a read runs, and goes once it has finished', async () => {
    const { watch, clock, batches, article } = watching();
    let finish!: () => void;
    watch.busy(new Promise<void>((resolve) => (finish = resolve)));
    article.append(document.createElement('p'));
    await records();
    clock.advance(1000);
    expect(batches).toEqual([]);
    expect(clock.pending()).toBe(0);
    finish();
    await records();
    await records();
    clock.advance(100);
    expect(batches.map((b) => b.length)).toEqual([1]);
    watch.stop();
  });

  test('once stopped it hands on nothing more, and a burst already waiting is dropped', async () => {
    const { watch, clock, batches, arrived, article } = watching();
    article.append(document.createElement('p'));
    await records();
    watch.stop();
    clock.advance(1000);
    article.append(document.createElement('p'));
    await records();
    expect(batches).toEqual([]);
    expect(arrived).toEqual([1]);
  });
});

describe('the reread limit', () => {
  test('allows a block `max` rereads per window, then none until the window has passed', () => {
    let now = 0;
    const limit = new RereadLimit(3, 1000, () => now);
    const block = document.createElement('p');
    for (let i = 0; i < 3; i++) {
      expect(limit.exhausted(block)).toBe(false);
      limit.count(block);
    }
    expect(limit.exhausted(block)).toBe(true);
    expect(limit.exhausted(document.createElement('p'))).toBe(false);
    now = 999;
    expect(limit.exhausted(block)).toBe(true);
    now = 1000;
    expect(limit.exhausted(block)).toBe(false);
    limit.count(block);
    expect(limit.exhausted(block)).toBe(false);
  });
});

describe('the hidden memory', () => {
  test('remembers what it found hidden, and returns it once a change on it or around it may reveal it', () => {
    document.body.innerHTML = '<section><div class="folded"><p>Inside</p></div><p>Shown</p></section>';
    const [folded, shown] = [document.querySelector('.folded')!, document.querySelectorAll('p')[1]!];
    const memory = new HiddenMemory(10);
    const check = memory.remembering((element) => element.classList.contains('folded'));
    expect([check(folded), check(shown)]).toEqual([true, false]);
    expect(memory.revealed(new Set([shown]))).toEqual([]);
    expect(memory.revealed(new Set([document.querySelector('section')!]))).toEqual([folded]);
    expect(memory.revealed(new Set([folded]))).toEqual([]); // returned once, then forgotten
  });

  test('remembers no more than its bound, and forgets elements the page removed', () => {
    document.body.innerHTML = '<div></div><div></div><div></div>';
    const divs = [...document.querySelectorAll('div')];
    const memory = new HiddenMemory(2);
    const check = memory.remembering(() => true);
    divs.forEach((div) => check(div));
    divs[0]!.remove();
    expect(memory.revealed(new Set(divs))).toEqual([divs[1]]);
  });
});
