import { describe, expect, it } from 'vitest';
import { LEXICON_BACKOFF_MS, retry } from '../../lib/content/retry';

/** A clock that records every pause instead of waiting. */
function recordingSleep() {
  const pauses: number[] = [];
  const sleep = async (ms: number) => {
    pauses.push(ms);
  };
  return { pauses, sleep };
}

/** Fails `failures` times, then answers. */
function flaky<T>(failures: number, answer: T) {
  let calls = 0;
  const attempt = async (): Promise<T> => {
    calls++;
    if (calls <= failures) throw new Error(`Could not establish connection (attempt ${calls})`);
    return answer;
  };
  return { attempt, calls: () => calls };
}

describe('asking the background again', () => {
  it('answers at once when the first attempt works', async () => {
    const { pauses, sleep } = recordingSleep();
    expect(await retry(flaky(0, 'lexicon').attempt, { delays: LEXICON_BACKOFF_MS, sleep })).toBe('lexicon');
    expect(pauses).toEqual([]);
  });

  it('pauses longer after each failure while the fact base builds, then repeats the longest pause', async () => {
    const { pauses, sleep } = recordingSleep();
    const source = flaky(10, 'lexicon');
    expect(await retry(source.attempt, { delays: LEXICON_BACKOFF_MS, sleep })).toBe('lexicon');
    expect(source.calls()).toBe(11);
    expect(pauses).toEqual([...LEXICON_BACKOFF_MS, 30_000, 30_000]);
    for (let i = 1; i < pauses.length; i++) expect(pauses[i]).toBeGreaterThanOrEqual(pauses[i - 1] as number);
  });

  it('gives up after the retries it is allowed, with the last error', async () => {
    const { sleep } = recordingSleep();
    const source = flaky(5, 'cards');
    await expect(retry(source.attempt, { delays: [300], retries: 1, sleep })).rejects.toThrow('attempt 2');
    expect(source.calls()).toBe(2);
  });

  it('stops at an error not worth retrying (the extension went away)', async () => {
    const { sleep } = recordingSleep();
    const source = flaky(5, 'cards');
    await expect(retry(source.attempt, { delays: [300], sleep, shouldRetry: () => false })).rejects.toThrow('attempt 1');
    expect(source.calls()).toBe(1);
  });

  it('stops when its signal aborts during a pause', async () => {
    const controller = new AbortController();
    const source = flaky(100, 'lexicon');
    let failed!: () => void;
    const firstFailure = new Promise<void>((resolve) => (failed = resolve));
    // The real pause (abortableSleep): the abort has to end it, as nothing else will for a minute.
    const pending = retry(source.attempt, { delays: [60_000], signal: controller.signal, onFailure: () => failed() });
    await firstFailure;
    controller.abort(new Error('turned off'));
    await expect(pending).rejects.toThrow('turned off');
    expect(source.calls()).toBe(1);
  });
});
