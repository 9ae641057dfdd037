import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { buildInputs, deleteAddedSource, writeAddedSource, writeHidden } from '../../lib/store/added';
import { ADDED } from '../support/choices';
import { choicesOn, freshDb } from '../support/store';

const bundled = bundledArticles();
const [hiddenOne] = bundled.map((a) => a.id);

function background() {
  const indexedDB = new IDBFactory();
  return createHandlers({
    openDb: () => freshDb({ indexedDB }),
    openChoices: () => choicesOn(indexedDB),
    bundle: () => ({ articles: bundled, catalog: bundledCatalog }),
  });
}

describe('the build inputs', () => {
  it('are the bundled articles the reader did not hide, then the ones they added, in order', () => {
    const later = { ...ADDED, id: 'added-later', url: 'https://later.example/canonical', addedAt: '2025-02-01T00:00:00.000Z' };
    const inputs = buildInputs(bundled, [ADDED, later], [hiddenOne!]);
    expect(inputs.map((a) => a.id)).toEqual([...bundled.slice(1).map((a) => a.id), ADDED.id, 'added-later']);
    expect(inputs.at(-2)).toEqual({
      id: ADDED.id,
      text: ADDED.text,
      origin: ADDED.origin,
      title: ADDED.title,
      publisher: ADDED.publisher,
      published: ADDED.published,
    });
    // The page's canonical address, when it gave one, is the source's address.
    expect(inputs.at(-1)?.origin).toBe('https://later.example/canonical');
  });
});

describe('building with what the reader added and hid', () => {
  it('serves an added source with the metadata it came with, and its page as its address', async () => {
    const { handlers, keeper } = background();
    await keeper.ready();
    await writeAddedSource(await keeper.openChoices(), ADDED);
    expect((await keeper.build()).outcome).toBe('stored');
    expect((await handlers.getSources(undefined)).find((s) => s.id === ADDED.id)).toMatchObject({
      label: 'Regional Desk',
      publisher: 'Regional Desk',
      title: ADDED.title,
      published: '2024-12-27',
      url: ADDED.origin,
      origin: ADDED.origin,
    });
    const [card] = await handlers.getCards({ entities: ['aktau'] });
    expect(card!.sources.map((s) => s.source.id)).toContain(ADDED.id);

    await deleteAddedSource(keeper.choices, ADDED.id);
    await keeper.build();
    expect((await handlers.getSources(undefined)).some((s) => s.id === ADDED.id)).toBe(false);
  });

  it('leaves a hidden bundled source out, keeps its trust, and brings both back when shown again', async () => {
    const { handlers, keeper } = background();
    await handlers.setTrust({ source: hiddenOne, trusted: false });
    await writeHidden(await keeper.openChoices(), hiddenOne!, true);
    await keeper.build();
    expect((await handlers.getSources(undefined)).map((s) => s.id)).not.toContain(hiddenOne);
    expect(await keeper.choices.trust.get(hiddenOne!)).toMatchObject({ trusted: false });

    await writeHidden(keeper.choices, hiddenOne!, false);
    await keeper.build();
    expect((await handlers.getSources(undefined)).find((s) => s.id === hiddenOne)).toMatchObject({ trusted: false });
  });

  it('keeps the bundled source when an added one takes its id or its text, and says why', async () => {
    const { handlers, keeper } = background();
    await keeper.ready();
    const choices = await keeper.openChoices();
    await writeAddedSource(choices, { ...ADDED, id: hiddenOne! });
    await writeAddedSource(choices, { ...ADDED, id: 'added-copy', text: bundled[1]!.text });
    await keeper.build();
    const status = await handlers.getStatus(undefined);
    expect(status).toMatchObject({ state: 'ready', counts: { sources: bundled.length } });
    expect(status.problems.map((p) => [p.article, p.code])).toEqual([
      [hiddenOne, 'duplicate'],
      ['added-copy', 'duplicate'],
    ]);
  });
});
