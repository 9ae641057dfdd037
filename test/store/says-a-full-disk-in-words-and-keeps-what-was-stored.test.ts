import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { isStorageFull, STORAGE_FULL } from '../../lib/store/storage-full';
import { everyChoice } from '../support/choices';
import { switchableDisk } from '../support/full-disk';
import { choicesOn, freshDb, realFactBase } from '../support/store';

const [first, second] = realFactBase().sources.map((s) => s.id);

/** A background whose two databases sit on a disk that can fill up. */
function onDisk(bundled = bundledArticles()) {
  const indexedDB = new IDBFactory();
  const disk = switchableDisk();
  const background = createHandlers({
    openDb: () => disk.install(freshDb({ indexedDB })),
    openChoices: () => disk.install(choicesOn(indexedDB)),
    bundle: () => ({ articles: bundled, catalog: bundledCatalog }),
  });
  return { ...background, disk };
}

describe('recognising a full disk however it is wrapped', () => {
  const abort = (inner: unknown, message = 'Transaction aborted') =>
    Object.assign(new Dexie.AbortError(message), { inner }) as unknown;
  it.each([
    ['a QuotaExceededError', new DOMException('quota', 'QuotaExceededError'), true],
    ["Dexie's AbortError around one", abort(new DOMException('quota', 'QuotaExceededError')), true],
    ["Chrome's full disk, an aborted transaction", abort(null, 'AbortError: Unknown error. FILE_ERROR_NO_SPACE'), true],
    ["Firefox's full disk", new DOMException('NS_ERROR_FILE_NO_DEVICE_SPACE', 'UnknownError'), true],
    ['our own error carrying one as its cause', new Error('Building failed', { cause: new DOMException('q', 'QuotaExceededError') }), true],
    ['a constraint error', new DOMException('Key already exists', 'ConstraintError'), false],
    ['an aborted transaction for another reason', abort(new DOMException('x', 'ConstraintError')), false],
    ['not an error at all', 'disk', false],
  ])('%s: %s', (_, error, full) => {
    expect(isStorageFull(error)).toBe(full);
  });
});

describe('a full disk', () => {
  it('refuses a trust change with words that say what to do, and keeps the choices stored before', async () => {
    const { handlers, keeper, disk } = onDisk();
    await handlers.setTrust({ source: first, trusted: false });
    const before = await everyChoice(keeper.choices);

    disk.fill();
    await expect(handlers.setTrust({ source: second, trusted: false })).rejects.toThrow(STORAGE_FULL);
    await expect(handlers.setTrust({ source: first, trusted: true })).rejects.toThrow(/Free some disk space/);
    expect(disk.refused).toBeGreaterThanOrEqual(2);
    expect(await everyChoice(keeper.choices)).toEqual(before);

    disk.free();
    expect(await handlers.setTrust({ source: second, trusted: false })).toMatchObject({ trusted: false });
  });

  it('refuses a change of source details the same way', async () => {
    const { handlers, keeper, disk } = onDisk();
    await handlers.setSourceDetails({ source: first, publisher: 'The Morning Wire' });
    disk.fill();
    await expect(handlers.setSourceDetails({ source: first, publisher: null, url: 'https://wire.example/a' })).rejects.toThrow(
      STORAGE_FULL,
    );
    expect((await keeper.choices.details.get(first!))?.publisher).toBe('The Morning Wire');
    expect((await handlers.getSources(undefined)).find((s) => s.id === first)?.publisher).toBe('The Morning Wire');
  });

  it('stops a rebuild, keeps serving the fact base stored before, and says to free space rather than repair', async () => {
    const bundled = bundledArticles();
    const background = onDisk(bundled);
    await background.handlers.setTrust({ source: first, trusted: false });
    const before = await background.handlers.getStatus(undefined);
    const choices = await everyChoice(background.keeper.choices);

    // An update brings one more article, and the disk is full when the worker rebuilds.
    bundled.push({
      id: 'zz-extra',
      text: [
        'Recorders reach the lab',
        'The two flight recorders from the jet that came down near Aktau arrived at a laboratory on Monday, officials said.',
        'Investigators from Kazakhstan and Azerbaijan will read them together, a spokesman told reporters in Baku.',
      ].join('\n\n'),
    });
    background.disk.fill();
    const failed = await background.handlers.rebuild({});
    expect(failed).toMatchObject({ state: 'ready', version: before.version, counts: before.counts, error: STORAGE_FULL, fix: 'retry' });
    expect((await background.handlers.getCards({ entities: ['aktau'] }))[0]?.entity.id).toBe('aktau');
    expect(await everyChoice(background.keeper.choices)).toEqual(choices);

    background.disk.free();
    expect(await background.handlers.rebuild({})).toMatchObject({ state: 'ready', error: null, fix: null, counts: { sources: 6 } });
  });

  it('stops a repair before anything is deleted', async () => {
    const { handlers, keeper, disk } = onDisk();
    await handlers.setTrust({ source: first, trusted: false });
    const before = await handlers.getStatus(undefined);
    disk.fill();
    const answer = await handlers.rebuild({ reset: true });
    expect(answer).toMatchObject({ error: STORAGE_FULL, fix: 'retry' });
    // The reset could not even be written down, so nothing was deleted: the fact base is still there.
    disk.free();
    expect(await handlers.getStatus(undefined)).toMatchObject({ state: 'ready', version: before.version, counts: before.counts });
    expect(await keeper.choices.trust.get(first!)).toMatchObject({ trusted: false });
  });
});
