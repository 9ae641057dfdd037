import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type Handlers } from '../../lib/background/handlers';
import { MAX_PAYLOAD_VALUES, oversizePayload } from '../../lib/background/payload-size';
import { boundedError, MAX_ERROR_LENGTH, registerHandlers } from '../../lib/background/register';
import { expectObject, MAX_BATCH } from '../../lib/background/validate';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { freshDb, realFactBase } from '../support/store';

const ours = () => ({ id: fakeBrowser.runtime.id });

/** Delivers an envelope as the browser would; undefined when no listener took it (no answer at all). */
async function deliver(message: unknown, sender: chrome.runtime.MessageSender = ours()): Promise<unknown> {
  let respond: (r: unknown) => void = () => {};
  const answered = new Promise((resolve) => (respond = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
  return results.some((r: unknown) => r === true) ? answered : undefined;
}

const envelope = (type: unknown, data?: unknown) => ({ id: 7, type, data, timestamp: Date.now() });

let handlers: Handlers;
let called: string[];
let unregister: () => void;
let close: () => void;

beforeEach(() => {
  fakeBrowser.reset();
  const background = createHandlers({
    openDb: () => freshDb(),
    bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
  });
  called = [];
  // Every handler, recording that it ran: a refused message must not reach one.
  handlers = Object.fromEntries(
    Object.entries(background.handlers).map(([type, handler]) => [
      type,
      (data: unknown, sender: unknown) => {
        called.push(type);
        return (handler as (d: unknown, s: unknown) => unknown)(data, sender);
      },
    ]),
  ) as Handlers;
  unregister = registerHandlers(handlers, fakeBrowser.runtime);
  close = () => {
    background.keeper.db.close();
    background.keeper.choices.close();
  };
});

afterEach(() => {
  unregister();
  close();
});

describe('messages the protocol does not define', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'])(
    'a message typed "%s" (a member of every object) is ignored: no answer, no handler',
    async (type) => {
      expect(await deliver(envelope(type, { source: realFactBase().sources[0]!.id }))).toBeUndefined();
      expect(called).toEqual([]);
    },
  );

  it('a type the protocol does not have is ignored like a foreign sender', async () => {
    expect(await deliver(envelope('deleteEverything', {}))).toBeUndefined();
    expect(await deliver(envelope('getSources'), { id: 'another-extension' })).toBeUndefined();
    expect(called).toEqual([]);
  });

  it.each([
    ['a string', 'getSources'],
    ['null', null],
    ['an array', ['getSources']],
    ['a number for the type', envelope(42)],
  ])('a message that is %s is ignored', async (_, message) => {
    expect(await deliver(message)).toBeUndefined();
    expect(called).toEqual([]);
  });

  it('a message of the protocol is still answered', async () => {
    expect(await deliver(envelope('getSources'))).toMatchObject({ res: expect.any(Array) });
    expect(called).toEqual(['getSources']);
  });
});

describe('huge payloads', () => {
  it('a million unknown keys are refused before any handler runs, with a small answer, while getCards is answered', async () => {
    const huge: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i += 1) huge[`k${i}`] = i;
    const [refused, cards] = await Promise.all([
      deliver(envelope('getCards', huge)),
      deliver(envelope('getCards', { entities: ['aktau'] })),
    ]);
    expect(refused).toEqual({
      err: {
        name: 'PayloadError',
        message: `The "getCards" message is too large: it holds more than ${MAX_PAYLOAD_VALUES} values.`,
        stack: '',
      },
    });
    expect(JSON.stringify(refused).length).toBeLessThan(200);
    expect((cards as { res: { entity: { id: string } }[] }).res[0]!.entity.id).toBe('aktau');
    // The huge message never reached its handler; only the ordinary one did.
    expect(called).toEqual(['getCards']);
  });

  it('the size check reads a bounded number of values, however many the payload holds', () => {
    let reads = 0;
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    const payload = new Proxy({} as Record<string, unknown>, {
      ownKeys: () => keys,
      getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true, writable: true }),
      get: () => {
        reads += 1;
        return 'x';
      },
    });
    expect(oversizePayload(payload)).toMatch(/more than \d+ values/);
    expect(reads).toBeLessThanOrEqual(MAX_PAYLOAD_VALUES);
  });

  it('the largest real messages fit: a full batch of ids, an article of the largest accepted size', () => {
    expect(oversizePayload({ entities: new Array(MAX_BATCH).fill('x'.repeat(200)) })).toBeNull();
    expect(oversizePayload({ text: 'x'.repeat(2_000_000), title: 'A headline' })).toBeNull();
    expect(oversizePayload({ text: 'x'.repeat(2_200_000) })).toMatch(/more than \d+ characters/);
    expect(oversizePayload([[[[[[]]]]]])).toBeNull();
  });
});

describe('error answers', () => {
  it('are cut to a bounded length and carry no stack or extra fields', () => {
    const error = Object.assign(new Error('x'.repeat(10_000)), { inner: { huge: 'y'.repeat(10_000) } });
    const answer = boundedError(error);
    expect(answer.message).toHaveLength(MAX_ERROR_LENGTH);
    expect(answer.message.endsWith('…')).toBe(true);
    expect(Object.keys(answer).sort()).toEqual(['message', 'name', 'stack']);
    expect(answer.stack).toBe('');
  });

  it('name a few unknown fields, not all of them', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`field${i}`, i]));
    expect(() => expectObject('search', many, ['query'])).toThrow(
      'Malformed "search" message: unknown field(s) "field0", "field1", "field2" and more.',
    );
  });

  it('reach the sender through the real messaging layer, bounded', async () => {
    const answer = (await deliver(envelope('search', { query: 'q'.repeat(5_000) }))) as { err: { message: string } };
    expect(answer.err.message).toBe('Malformed "search" message: "query" may have at most 200 characters, got 5000.');
  });
});
