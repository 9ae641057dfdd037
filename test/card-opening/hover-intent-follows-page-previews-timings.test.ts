import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  FETCH_DELAY,
  HIDE_GRACE,
  HoverIntent,
  SHOW_DELAY,
  SWITCH_DELAY,
} from '../../lib/card-opening/hover-intent';

/** Every output in order, as "prefetch a", "show a", "hide a leave". */
function recorder() {
  const log: string[] = [];
  const intent = new HoverIntent<string>({
    prefetch: (m) => log.push(`prefetch ${m}`),
    show: (m, via) => log.push(`show ${m} ${via}`),
    hide: (m, reason) => log.push(`hide ${m} ${reason}`),
  });
  return { intent, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('timings are Wikipedia Page Previews\'', () => {
  test('the constants', () => {
    expect([FETCH_DELAY, SHOW_DELAY, HIDE_GRACE]).toEqual([150, 500, 300]);
  });

  test('resting on a mark fetches at 150 ms and shows at 500 ms', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(FETCH_DELAY - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prefetch a']);
    vi.advanceTimersByTime(SHOW_DELAY - FETCH_DELAY - 1);
    expect(log).toEqual(['prefetch a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prefetch a', 'show a pointer']);
    expect(intent.current).toBe('a');
  });

  test('passing over a mark in under 150 ms does nothing at all', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(FETCH_DELAY - 10);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(2000);
    expect(log).toEqual([]);
  });

  test('leaving between fetch and show fetches but never shows', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(300);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(2000);
    expect(log).toEqual(['prefetch a']);
  });

  test('the card hides 300 ms after the pointer leaves the mark', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(HIDE_GRACE - 1);
    expect(log.at(-1)).toBe('show a pointer');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide a leave');
    expect(intent.current).toBeNull();
  });

  test('coming back to the mark within the grace keeps the card', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(HIDE_GRACE - 50);
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['prefetch a', 'show a pointer']);
  });
});

describe('the card stays open while the pointer is on it', () => {
  test('moving from the mark onto the card within the grace keeps it; leaving the card hides it after the grace', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(100); // crossing the gap
    intent.pointerEnterCard();
    vi.advanceTimersByTime(10_000); // reading
    expect(log.at(-1)).toBe('show a pointer');
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(HIDE_GRACE - 1);
    expect(log.at(-1)).toBe('show a pointer');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide a leave');
  });

  test('focus inside the card keeps it open after the pointer leaves', () => {
    const { intent, log } = recorder();
    intent.activate('a');
    intent.focusCard();
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['prefetch a', 'show a keyboard']);
    intent.blurCard();
    vi.advanceTimersByTime(HIDE_GRACE);
    expect(log.at(-1)).toBe('hide a blur');
  });

  test('a hidden card forgets the pointer was on it', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerEnterCard();
    intent.escape(); // the card vanishes under the pointer: no pointerleave will come
    intent.pointerEnterMark('b');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('b');
    vi.advanceTimersByTime(HIDE_GRACE);
    expect(log.at(-1)).toBe('hide b leave');
  });
});

describe('the keyboard walk', () => {
  test('reaching a mention opens its card at once', () => {
    const { intent, log } = recorder();
    intent.activate('a');
    expect(log).toEqual(['prefetch a', 'show a keyboard']);
  });

  test('focus leaving the card hides it after the grace', () => {
    const { intent, log } = recorder();
    intent.activate('a');
    intent.focusCard();
    intent.blurCard();
    vi.advanceTimersByTime(HIDE_GRACE - 1);
    expect(log.at(-1)).toBe('show a keyboard');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide a blur');
  });

  test('walking on to the next mention switches at once', () => {
    const { intent, log } = recorder();
    intent.activate('a');
    intent.focusCard();
    intent.activate('b');
    expect(log).toEqual(['prefetch a', 'show a keyboard', 'prefetch b', 'hide a switch', 'show b keyboard']);
    vi.advanceTimersByTime(5000);
    expect(intent.current).toBe('b');
  });
});

describe('Escape', () => {
  test('closes the card at once and says so', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    expect(intent.escape()).toBe(true);
    expect(log.at(-1)).toBe('hide a escape');
    expect(intent.current).toBeNull();
  });

  test('with no card open it leaves the key to the page, and cancels a pending card', () => {
    const { intent, log } = recorder();
    expect(intent.escape()).toBe(false);
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY - 1);
    expect(intent.escape()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['prefetch a']);
  });

  test('the pointer resting on the closed mark does not reopen it until it leaves and comes back', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.escape();
    intent.pointerEnterMark('a'); // a stray mouseover on the same mark
    vi.advanceTimersByTime(5000);
    expect(log.at(-1)).toBe('hide a escape');
    intent.pointerLeaveMark('a');
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    expect(log.at(-1)).toBe('show a pointer');
  });

  test('a card the keyboard opened and Escape closed opens for the pointer the first time it rests there', () => {
    const { intent, log } = recorder();
    intent.activate('a');
    intent.escape();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    expect(log.at(-1)).toBe('show a pointer');
  });

  test('the keyboard walk reaching a mention reopens a card closed with Escape', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.escape();
    intent.activate('a');
    expect(log.at(-1)).toBe('show a keyboard');
  });
});

describe('moving to another mark switches the card', () => {
  test('the open card stays until the new mark has been rested on for 150 ms, then is replaced', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('a');
    vi.advanceTimersByTime(50);
    intent.pointerEnterMark('b');
    vi.advanceTimersByTime(SWITCH_DELAY - 1);
    expect(log.at(-1)).toBe('show a pointer');
    expect(intent.current).toBe('a');
    vi.advanceTimersByTime(1);
    expect(log.slice(2)).toEqual(['prefetch b', 'hide a switch', 'show b pointer']);
    // Had the grace of 'a' kept running it would have fired by now; it must not hide 'b'.
    vi.advanceTimersByTime(5000);
    expect(intent.current).toBe('b');
  });

  test('sweeping across another mark does not switch; the old card then gets its grace', () => {
    const { intent, log } = recorder();
    intent.pointerEnterMark('a');
    vi.advanceTimersByTime(SHOW_DELAY);
    intent.pointerLeaveMark('a');
    intent.pointerEnterMark('b');
    vi.advanceTimersByTime(SWITCH_DELAY - 50);
    intent.pointerLeaveMark('b');
    vi.advanceTimersByTime(HIDE_GRACE - 1);
    expect(intent.current).toBe('a');
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['prefetch a', 'show a pointer', 'hide a leave']);
  });

  test('every show is preceded by the hide of the card before it', () => {
    const { intent, log } = recorder();
    for (const mark of ['a', 'b', 'c', 'b']) {
      intent.pointerEnterMark(mark);
      vi.advanceTimersByTime(SHOW_DELAY);
      intent.pointerLeaveMark(mark);
    }
    vi.advanceTimersByTime(HIDE_GRACE);
    let open: string | null = null;
    for (const entry of log) {
      const [what, mark] = entry.split(' ');
      if (what === 'show') {
        expect(open).toBeNull();
        open = mark!;
      } else if (what === 'hide') {
        expect(mark).toBe(open);
        open = null;
      }
    }
    expect(open).toBeNull();
    expect(log.filter((e) => e.startsWith('show')).map((e) => e.split(' ')[1])).toEqual(['a', 'b', 'c', 'b']);
  });
});

test('reset closes at once and forgets everything', () => {
  const { intent, log } = recorder();
  intent.pointerEnterMark('a');
  vi.advanceTimersByTime(SHOW_DELAY);
  intent.pointerEnterCard();
  intent.reset();
  expect(log.at(-1)).toBe('hide a reset');
  intent.pointerEnterMark('b');
  vi.advanceTimersByTime(SHOW_DELAY);
  intent.pointerLeaveMark('b');
  vi.advanceTimersByTime(HIDE_GRACE);
  expect(log.at(-1)).toBe('hide b leave');
});

test('timers can be injected instead of the global ones', () => {
  const pending: { run: () => void; at: number }[] = [];
  let now = 0;
  const log: string[] = [];
  const intent = new HoverIntent<string>(
    { prefetch: (m) => log.push(`prefetch ${m}`), show: (m) => log.push(`show ${m}`), hide: (m) => log.push(`hide ${m}`) },
    {
      setTimeout: (run, ms) => pending.push({ run, at: now + ms }) - 1,
      clearTimeout: (handle) => {
        pending[handle as number] = { run: () => {}, at: Infinity };
      },
    },
  );
  const tick = (to: number) => {
    now = to;
    for (const timer of pending) if (timer.at <= now) (timer.at = Infinity), timer.run();
  };
  intent.pointerEnterMark('a');
  tick(149);
  expect(log).toEqual([]);
  tick(150);
  tick(500);
  expect(log).toEqual(['prefetch a', 'show a']);
});
