import { describe, expect, it } from 'vitest';
import { sendMessage } from '../../lib/messages';
import { trustChangedAt } from '../../lib/trust-signal';
import { backgroundPerTest } from '../support/messaging';
import { realFactBase, sourcesMentioning } from '../support/store';

const fb = realFactBase();
const id = sourcesMentioning(fb, 'aktau')[0]!;
const original = fb.sources.find((s) => s.id === id)!;

const background = backgroundPerTest();

const details = { publisher: 'The Evening Ledger', url: 'https://ledger.example/crash', published: '2024-12-26', title: 'What the recorders hold' };

describe('source details the reader sets', () => {
  it('show in the sources list, cards, search and the reader, and the change is announced', async () => {
    const before = (await trustChangedAt.getValue()) ?? 0;
    const summary = await sendMessage('setSourceDetails', { source: id, ...details });
    expect(summary).toMatchObject({ id, ...details, label: details.publisher, details });
    expect(await trustChangedAt.getValue()).toBeGreaterThan(before);

    expect((await sendMessage('getSources')).find((s) => s.id === id)).toMatchObject({ ...details, label: details.publisher });
    const [card] = await sendMessage('getCards', { entities: ['aktau'] });
    expect(card!.sources.find((s) => s.source.id === id)?.source).toMatchObject({
      label: details.publisher,
      publisher: details.publisher,
      title: details.title,
      published: details.published,
    });
    const results = await sendMessage('search', { query: 'Aktau', limit: 100 });
    expect(results.claims.find((c) => c.source.id === id)?.source).toMatchObject({ label: details.publisher, url: details.url });
    const doc = await sendMessage('getSource', { id });
    expect(doc.source).toMatchObject({ ...details, text: original.text });
  });

  it('change only the fields sent; null or an empty string clears one back to what the text says', async () => {
    await sendMessage('setSourceDetails', { source: id, ...details });
    await sendMessage('setSourceDetails', { source: id, published: '2024-12-27' });
    const cleared = await sendMessage('setSourceDetails', { source: id, publisher: null, title: '   ' });
    expect(cleared).toMatchObject({
      publisher: original.publisher,
      title: original.title,
      label: original.label,
      published: '2024-12-27',
      url: details.url,
      details: { publisher: null, title: null, published: '2024-12-27', url: details.url },
    });
    const gone = await sendMessage('setSourceDetails', { source: id, url: null, published: null });
    expect(gone).toMatchObject({ published: original.published, url: null });
    // Nothing set is nothing stored.
    expect(await background.current.keeper.choices.details.count()).toBe(0);
  });

  it('are kept across a rebuild and a repair', async () => {
    await sendMessage('setSourceDetails', { source: id, ...details });
    await sendMessage('rebuild', {});
    expect((await sendMessage('rebuild', { reset: true })).state).toBe('ready');
    expect((await sendMessage('getSources')).find((s) => s.id === id)).toMatchObject(details);
  });

  it.each([
    ['an address that is not http or https', { url: 'javascript:alert(1)' }, /"url" must be a web address starting with http/],
    ['an address that is not an address', { url: 'not an address' }, /"url" must be a web address/],
    ['an address longer than 2,048 characters', { url: `https://a.example/${'x'.repeat(2100)}` }, /at most 2048 characters/],
    ['a date not written YYYY-MM-DD', { published: '26/12/2024' }, /"published" must be a date written YYYY-MM-DD/],
    ['a date that does not exist', { published: '2024-02-30' }, /"published" must be a date written YYYY-MM-DD/],
    ['an outlet of 301 characters', { publisher: 'x'.repeat(301) }, /"publisher" may have at most 300 characters/],
    ['a number for a name', { title: 5 }, /"title" must be a string or null/],
    ['an unknown field', { label: 'mine' }, /unknown field\(s\) "label"/],
  ])('refuse %s and store nothing', async (_, change, message) => {
    await expect(sendMessage('setSourceDetails', { source: id, ...change } as never)).rejects.toThrow(message);
    expect(await background.current.keeper.choices.details.count()).toBe(0);
  });

  it('are refused for a source the fact base does not hold', async () => {
    await expect(sendMessage('setSourceDetails', { source: 'nope', publisher: 'X' })).rejects.toThrow(
      'There is no source "nope" in the fact base.',
    );
  });
});
