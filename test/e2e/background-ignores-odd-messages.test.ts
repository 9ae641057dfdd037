import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './support';
import type { Card } from '../../lib/messages';
import { untilReady, useExtension } from './support';

/** Sends an envelope from the popup and answers what came back: the reply, or the browser's "no answer". */
function raw(page: Tab, message: unknown): Promise<{ reply?: unknown; noAnswer?: string }> {
  return page.evaluate(
    (message) =>
      new Promise((resolve) => {
        chrome.runtime.sendMessage(message, (reply) => {
          resolve(chrome.runtime.lastError ? { noAnswer: chrome.runtime.lastError.message } : { reply });
        });
      }),
    message,
  );
}

const envelope = (type: string, data?: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

describe('messages the protocol does not define', () => {
  const extension = useExtension();
  let popup: Tab;

  beforeAll(async () => {
    popup = await extension.openExtensionPage('popup.html');
    await untilReady(popup);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'nope'])('"%s" gets no answer at all', async (type) => {
    const answer = await raw(popup, envelope(type, { source: 'x' }));
    expect(answer.reply).toBeUndefined();
    // Chromium reports that no listener answered as an error; Firefox calls back with no reply and no error.
    if (extension.browser === 'chromium') expect(answer.noAnswer).toMatch(/message port closed|Receiving end does not exist/);
    else expect(answer).toEqual({ reply: undefined });
  });

  it('a getCards with a million keys is refused with a small answer, and a getCards sent with it is answered', async () => {
    const result = await popup.evaluate(async () => {
      const send = (message: unknown) =>
        new Promise<{ reply: unknown; ms: number }>((resolve) => {
          const started = performance.now();
          chrome.runtime.sendMessage(message, (reply) => resolve({ reply, ms: performance.now() - started }));
        });
      const huge: Record<string, number> = {};
      for (let i = 0; i < 1_000_000; i += 1) huge[`k${i}`] = i;
      const [refused, cards] = await Promise.all([
        send({ id: 1, type: 'getCards', data: huge, timestamp: Date.now() }),
        send({ id: 2, type: 'getCards', data: { entities: ['aktau'] }, timestamp: Date.now() }),
      ]);
      return { refused: refused.reply, refusedMs: refused.ms, size: JSON.stringify(refused.reply).length, cards: cards.reply, cardsMs: cards.ms };
    });
    expect(result.refused).toMatchObject({ err: { name: 'PayloadError', message: expect.stringMatching(/is too large: it holds more than \d+ values/) } });
    expect(result.size).toBeLessThan(200);
    expect((result.cards as { res: Card[] }).res[0]?.entity.id).toBe('aktau');
    console.log(
      `a million-key getCards: refused in ${result.refusedMs.toFixed(0)} ms with a ${result.size}-byte answer; ` +
        `the getCards sent with it answered in ${result.cardsMs.toFixed(0)} ms (times include the browser's message round trip)`,
    );
  });
});
