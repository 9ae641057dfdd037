/**
 * Adding articles through the protocol: a preview builds nothing into the store; an article is added once (the
 * same text, or a damaged copy, is recognised); a refusal stores nothing; a full disk is said in words and loses
 * nothing; added sources are removed, bundled ones hidden and shown again; the message budget takes the largest
 * article the pipeline accepts and no more.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addedSourceId } from '../../lib/adding/draft';
import { createHandlers } from '../../lib/background/handlers';
import { oversizePayload } from '../../lib/background/payload-size';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { MAX_ARTICLE_CHARS } from '../../lib/facts/validate';
import { sendMessage } from '../../lib/messages';
import { STORAGE_FULL } from '../../lib/store/storage-full';
import { crash } from '../facts/fixtures/stories';
import { everyChoice } from '../support/choices';
import { switchableDisk } from '../support/full-disk';
import { backgroundPerTest } from '../support/messaging';
import { choicesOn, freshDb } from '../support/store';

const background = backgroundPerTest();

const first = { text: crash[0]!.text, origin: 'eastmere.txt', publisher: 'The Coastal Courier', url: 'https://courier.example/eastmere' };

describe('adding an article', () => {
  it('previews its headline, outlet, entities and new story without storing anything', async () => {
    const preview = await sendMessage('previewSource', first);
    expect(preview).toMatchObject({
      id: addedSourceId(first),
      title: 'Harbourline jet crashes on landing at Eastmere',
      publisher: 'The Coastal Courier',
      url: 'https://courier.example/eastmere',
      story: { others: 0 },
    });
    expect(preview.lines[0]).toMatch(/^A Harbourline passenger jet carrying 96 people/);
    expect(preview.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Dana Whitlock', 'Eastmere International Airport', 'Harbourline Flight 6Q417']));
    expect((await sendMessage('getSources')).map((s) => s.id)).not.toContain(preview.id);
    expect(await background.current.keeper.choices.added.count()).toBe(0);
  });

  it('adds it as a source of its own story, and a second article of that story joins it', async () => {
    const added = await sendMessage('addSource', first);
    expect(added).toMatchObject({ id: addedSourceId(first), added: true, publisher: 'The Coastal Courier', url: first.url });
    const preview = await sendMessage('previewSource', { text: crash[1]!.text, origin: 'second.txt' });
    expect(preview.story).toMatchObject({ id: added.story!.id, others: 1 });
    const second = await sendMessage('addSource', { text: crash[1]!.text, origin: 'second.txt' });
    expect(second.story?.id).toBe(added.story!.id);
    expect((await sendMessage('getStatus')).counts.sources).toBe(7);
  }, 20_000);

  it('recognises the same article added twice, or a copy with a few bytes damaged, and keeps it once', async () => {
    const added = await sendMessage('addSource', first);
    const again = { text: first.text.replace(/\n\n/g, '\n'), origin: 'again.txt' };
    await expect(sendMessage('addSource', again)).rejects.toThrow(`“again.txt” is already among your sources (“${added.label}”)`);
    const damaged = { text: first.text.replace('skidded', 'sk\uFFFDdded').replace('officials', 'off\uFFFDcials'), origin: 'damaged.txt' };
    await expect(sendMessage('previewSource', damaged)).rejects.toThrow(/“damaged.txt” is a copy of a source you have/);
    const bundled = bundledArticles()[0]!;
    await expect(sendMessage('addSource', { text: bundled.text })).rejects.toThrow(/“The pasted text” is already among your sources/);
    expect(await background.current.keeper.choices.added.count()).toBe(1);
  });

  it('refuses an empty, binary or furniture-only article with a sentence, and stores nothing', async () => {
    await expect(sendMessage('addSource', { text: ' \n ', origin: 'blank.txt' })).rejects.toThrow('Article "blank.txt" is empty');
    const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    await expect(sendMessage('addSource', { text: binary, origin: 'photo.txt' })).rejects.toThrow(/binary/);
    await expect(sendMessage('addSource', { text: '© 2025 The Coastal Courier. All rights reserved.', origin: 'footer.txt' })).rejects.toThrow(
      /no text left once page furniture/,
    );
    expect(await background.current.keeper.choices.added.count()).toBe(0);
  });

  it('checks the metadata like source details', async () => {
    await expect(sendMessage('addSource', { ...first, url: 'javascript:alert(1)' })).rejects.toThrow(/"url" must be a web address/);
    await expect(sendMessage('addSource', { ...first, published: '2025-02-30' })).rejects.toThrow(/"published" must be a date/);
    await expect(sendMessage('addSource', { ...first, id: 'aktau' } as never)).rejects.toThrow(/"id" must be an added source's id/);
    await expect(sendMessage('addSource', { ...first, extra: 1 } as never)).rejects.toThrow(/unknown field\(s\) "extra"/);
  });

  it('lets the largest accepted article through the message budget, and refuses anything larger unread', () => {
    expect(oversizePayload({ ...first, text: 'x'.repeat(MAX_ARTICLE_CHARS) })).toBeNull();
    expect(oversizePayload({ ...first, text: 'x'.repeat(MAX_ARTICLE_CHARS + 200_000) })).toMatch(/more than \d+ characters/);
  });
});

describe('removing a source', () => {
  it('deletes an added one, and hides a bundled one until it is shown again', async () => {
    const added = await sendMessage('addSource', first);
    await sendMessage('removeSource', { source: added.id });
    expect((await sendMessage('getSources')).map((s) => s.id)).not.toContain(added.id);
    expect(await background.current.keeper.choices.added.count()).toBe(0);

    const bundled = (await sendMessage('getSources'))[0]!;
    expect(bundled.added).toBe(false);
    await sendMessage('removeSource', { source: bundled.id });
    expect((await sendMessage('getSources')).map((s) => s.id)).not.toContain(bundled.id);
    expect(await sendMessage('getHiddenSources')).toEqual([{ id: bundled.id, label: bundled.label, hiddenAt: expect.any(String) }]);

    await sendMessage('showSource', { source: bundled.id });
    expect((await sendMessage('getSources')).map((s) => s.id)).toContain(bundled.id);
    expect(await sendMessage('getHiddenSources')).toEqual([]);
    await expect(sendMessage('showSource', { source: bundled.id })).rejects.toThrow(/no hidden source/);
  }, 20_000);
});

describe('a full disk while adding', () => {
  it('says so in words, and everything stored before is still there', async () => {
    const indexedDB = new IDBFactory();
    const disk = switchableDisk();
    const { handlers, keeper } = createHandlers({
      openDb: () => disk.install(freshDb({ indexedDB })),
      openChoices: () => disk.install(choicesOn(indexedDB)),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
    });
    const kept = await handlers.addSource(first);
    await handlers.setTrust({ source: kept.id, trusted: false });
    const before = await everyChoice(keeper.choices);
    disk.fill();
    await expect(handlers.addSource({ text: crash[1]!.text, origin: 'second.txt' })).rejects.toThrow(STORAGE_FULL);
    await expect(handlers.removeSource({ source: kept.id })).rejects.toThrow(STORAGE_FULL);
    disk.free();
    expect(await everyChoice(keeper.choices)).toEqual(before);
    expect((await handlers.getSources(undefined)).find((s) => s.id === kept.id)).toMatchObject({ trusted: false });
    keeper.db.close();
    keeper.choices.close();
  }, 20_000);
});
