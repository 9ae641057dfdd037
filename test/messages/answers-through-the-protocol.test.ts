import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../lib/messages';
import { trustChangedAt } from '../../lib/trust-signal';
import { backgroundPerTest } from '../support/messaging';
import { realFactBase, sourcesMentioning } from '../support/store';

const fb = realFactBase();
const aktauSources = sourcesMentioning(fb, 'aktau');

const background = backgroundPerTest();

describe('the protocol, end to end through runtime messaging', () => {
  it('builds on demand and reports a ready fact base', async () => {
    expect(await sendMessage('getSources')).toHaveLength(5);
    expect(await sendMessage('getStatus')).toMatchObject({
      state: 'ready',
      version: fb.version,
      counts: { sources: 5, claims: fb.claims.length },
      error: null,
      lastBuild: { pipelineMs: expect.any(Number), storeMs: expect.any(Number) },
    });
  });

  it('answers cards in a batch, in the order asked, leaving out unknown ids', async () => {
    const cards = await sendMessage('getCards', { entities: ['putin', 'aktau', 'no-such-entity', 'aktau'] });
    expect(cards.map((c) => c.entity.id)).toEqual(['putin', 'aktau']);
    expect(cards[1]).toMatchObject({ trustedCount: 5, hiddenUntrusted: 0 });
    expect(cards[1]!.mentionedBy).toHaveLength(4);
  });

  it('applies trust to cards, search and sources, and announces the change', async () => {
    const distrusted = aktauSources[1]!;
    const before = await trustChangedAt.getValue();
    const summary = await sendMessage('setTrust', { source: distrusted, trusted: false });
    expect(summary).toMatchObject({ id: distrusted, trusted: false });
    expect(await trustChangedAt.getValue()).toBeGreaterThan(before ?? 0);

    const [card] = await sendMessage('getCards', { entities: ['aktau'] });
    expect(card).toMatchObject({ trustedCount: 4, hiddenUntrusted: 1 });
    expect(card!.sources.map((s) => s.source.id)).not.toContain(distrusted);

    const results = await sendMessage('search', { query: 'Aktau', limit: 100 });
    expect(results.claims.some((c) => c.source.id === distrusted)).toBe(false);

    const sources = await sendMessage('getSources');
    expect(sources.find((s) => s.id === distrusted)).toMatchObject({ trusted: false });
    expect(sources.filter((s) => s.trusted)).toHaveLength(4);
  });

  it('searches with typos', async () => {
    const results = await sendMessage('search', { query: 'aktaw' });
    expect(results.entities[0]).toMatchObject({ id: 'aktau', sourceCount: 4 });
  });

  it('lists the sources with their claim counts, all trusted at first', async () => {
    const sources = await sendMessage('getSources');
    expect(sources.map((s) => [s.id, s.claimCount, s.trusted])).toEqual(fb.sources.map((s) => [s.id, s.claimCount, true]));
  });

  it('gives a source in full with claims that point into its text', async () => {
    const id = fb.sources[3]!.id;
    const doc = await sendMessage('getSource', { id });
    expect(doc.source.text).toBe(fb.sources[3]!.text);
    expect(doc.claims.length).toBe(fb.sources[3]!.claimCount);
    for (const c of doc.claims) expect(doc.source.text.slice(c.start, c.end)).toBe(c.text);
    expect(doc.claims.map((c) => c.index)).toEqual([...doc.claims.map((c) => c.index)].sort((a, b) => a - b));
  });

  it('keeps trust and answers the same after the worker is stopped and woken', async () => {
    const distrusted = aktauSources[0]!;
    await sendMessage('setTrust', { source: distrusted, trusted: false });
    const [before] = await sendMessage('getCards', { entities: ['aktau'] });
    // A new worker: new database connection and new handlers, nothing carried over in memory.
    background.restart();
    const [after] = await sendMessage('getCards', { entities: ['aktau'] });
    expect(after).toEqual(before);
    expect((await sendMessage('getStatus')).state).toBe('ready');
  });

  it('rebuilds on request and stays ready with the same version', async () => {
    await sendMessage('getStatus');
    expect(await sendMessage('rebuild', {})).toMatchObject({ state: 'ready', version: fb.version });
  });
});

describe('bad messages', () => {
  it.each([
    ['getCards', 'entities not an array', { entities: 'aktau' }, /Malformed "getCards" message: "entities" must be an array/],
    ['getCards', 'a number for an id', { entities: [1] }, /"entities\[0\]" must be a non-empty id/],
    ['getCards', '501 ids', { entities: new Array(501).fill('aktau') }, /at most 500 ids/],
    ['getCards', 'null', null, /expected an object like \{ entities \}/],
    ['search', 'a number for the query', { query: 5 }, /"query" must be a string/],
    ['search', 'a 201-character query', { query: 'x'.repeat(201) }, /at most 200 characters/],
    ['search', 'a zero limit', { query: 'aktau', limit: 0 }, /"limit" must be a whole number from 1 to 100/],
    ['setTrust', 'a string for trusted', { source: fb.sources[0]!.id, trusted: 'no' }, /"trusted" must be true or false/],
    ['setTrust', 'an unknown field', { source: fb.sources[0]!.id, trusted: false, extra: 1 }, /unknown field\(s\) "extra"/],
    ['getSource', 'an empty id', { id: '' }, /"id" must not be empty/],
    ['getStatus', 'a payload', { please: true }, /it takes no payload/],
    ['rebuild', 'a string for reset', { reset: 'yes' }, /"reset" must be true or false/],
  ] as const)('%s with %s gets an error answer, and the background keeps answering', async (type, _, data, message) => {
    await expect(sendMessage(type as 'getCards', data as never)).rejects.toThrow(message);
    expect((await sendMessage('getCards', { entities: ['aktau'] }))[0]?.entity.id).toBe('aktau');
  });

  it('gets an error answer for a source that does not exist', async () => {
    await expect(sendMessage('setTrust', { source: 'nope', trusted: false })).rejects.toThrow(
      'There is no source "nope" in the fact base.',
    );
    await expect(sendMessage('getSource', { id: 'nope' })).rejects.toThrow('There is no source "nope"');
  });
});

describe('senders', () => {
  /** Delivers a message the way the browser would from `sender`, bypassing our own sendMessage. */
  async function deliverFrom(sender: chrome.runtime.MessageSender, type: string, data: unknown): Promise<unknown> {
    let respond: (r: unknown) => void = () => {};
    const answered = new Promise((resolve) => (respond = resolve));
    const results = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, respond);
    // A listener that will answer says so by returning true; otherwise the message goes unanswered.
    return results.some((r: unknown) => r === true) ? answered : undefined;
  }

  it('answers a message from this extension', async () => {
    const answer = (await deliverFrom({ id: fakeBrowser.runtime.id }, 'getSources', undefined)) as { res: unknown[] };
    expect(answer.res).toHaveLength(5);
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a sender without an id', {}],
  ])('ignores a message from %s: no answer, nothing read, nothing changed', async (_, sender) => {
    const target = fb.sources[0]!.id;
    expect(await deliverFrom(sender, 'setTrust', { source: target, trusted: false })).toBeUndefined();
    expect(await deliverFrom(sender, 'getSources', undefined)).toBeUndefined();
    const sources = await sendMessage('getSources');
    expect(sources.find((s) => s.id === target)?.trusted).toBe(true);
    expect(await background.current.keeper.choices.trust.count()).toBe(0);
  });
});
