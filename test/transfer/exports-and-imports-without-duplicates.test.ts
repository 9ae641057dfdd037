/**
 * Export and import: the whole fact base and the reader's sources and choices as one versioned file, the claims
 * as Web Annotations; an import into another browser gives the same sources and choices, a second import changes
 * nothing, and a malformed or foreign file is refused whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../lib/messages';
import { EXPORT_FORMAT, EXPORT_VERSION, ImportError, parseExportFile } from '../../lib/transfer/export-file';
import { importExport } from '../../lib/ui/popup/import-flow';
import { newStoryId } from '../../lib/store/story-choices';
import { crash, quake } from '../facts/fixtures/stories';
import { fakeExtension, type FakeExtension } from '../ui/popup/support/fake-extension';

let fakes: FakeExtension[] = [];
afterEach(() => {
  fakes.forEach((f) => f.stop());
  fakes = [];
});

function browser(): FakeExtension {
  const fake = fakeExtension();
  fakes.push(fake);
  return fake;
}

/** A reader who added two stories, moved, distrusted, named and hid. */
async function busyReader() {
  const fake = browser();
  const { ask } = fake.api;
  const ids: string[] = [];
  for (const a of [...crash, ...quake]) ids.push((await ask('addSource', { text: a.text, origin: `${a.id}.txt` })).id);
  await ask('setStory', { source: ids[2]!, story: newStoryId(ids[2]!) });
  await ask('setTrust', { source: ids[0]!, trusted: false });
  await ask('setSourceDetails', { source: ids[1]!, publisher: 'The Coastal Courier', url: 'https://courier.example/x' });
  const bundled = (await ask('getSources')).find((s) => !s.added)!;
  await ask('removeSource', { source: bundled.id });
  return { fake, ids, hidden: bundled.id };
}

const shape = (sources: SourceSummary[]) =>
  sources.map((s) => [s.id, s.trusted, s.publisher, s.url, s.story?.id, s.story?.moved]).sort();

describe('export and import', () => {
  it('carries the fact base, the added sources and every choice to another browser, and merges without duplicates', async () => {
    const { fake, ids, hidden } = await busyReader();
    const file = await fake.api.ask('exportFactBase');
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    expect(file.factBase.sources.map((s) => s.id)).toEqual(expect.arrayContaining(ids));
    expect(file.factBase.stories.length).toBe(4);
    expect(file.reader.added.map((r) => r.id)).toEqual(ids);
    const text = JSON.stringify(file);

    const other = browser();
    const report = await importExport(text, other.api.ask);
    expect(report).toMatchObject({ added: 5, already: 0, refused: [] });
    expect(report.taken).toBe(file.reader.trust.length + file.reader.details.length + file.reader.stories.length + 1);
    expect(shape(await other.api.ask('getSources'))).toEqual(shape(await fake.api.ask('getSources')));
    expect((await other.api.ask('getHiddenSources')).map((h) => h.id)).toEqual([hidden]);
    expect((await other.api.ask('getStatus')).version).toBe((await fake.api.ask('getStatus')).version);

    const again = await importExport(text, other.api.ask);
    expect(again).toMatchObject({ added: 0, already: 5, taken: 0 });
    expect((await other.api.ask('getSources')).length).toBe((await fake.api.ask('getSources')).length);
  }, 60_000);

  it('exports every claim as a Web Annotation with a quote, prefix and suffix that find it in its source', async () => {
    const fake = browser();
    const collection = await fake.api.ask('exportAnnotations');
    const { sources, claims } = await fake.api.ask('exportFactBase').then((f) => f.factBase);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: claims.length });
    for (const [i, annotation] of collection.first.items.entries()) {
      const claim = claims[i]!;
      const text = sources.find((s) => s.id === claim.source)!.text;
      const [quote, position] = annotation.target.selector;
      expect(quote.exact).toBe(claim.text);
      expect(text.slice(position.start - quote.prefix.length, position.end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix);
      expect(annotation.body.length).toBe(claim.entities.length);
    }
  }, 20_000);

  it('refuses a malformed, foreign or newer file whole, and imports nothing from it', async () => {
    const { fake } = await busyReader();
    const file = await fake.api.ask('exportFactBase');
    const other = browser();
    const refused = async (text: string) => {
      const error = await importExport(text, other.api.ask).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    };
    expect(await refused('not json')).toMatch(/not a Sourcelight export \(it is not JSON\)/);
    expect(await refused(JSON.stringify({ format: 'something-else', items: [] }))).toMatch(/^This file is not a Sourcelight export/);
    expect(await refused(JSON.stringify({ ...file, version: EXPORT_VERSION + 1 }))).toMatch(/made by a newer Sourcelight/);
    const badTrust = { ...file, reader: { ...file.reader, trust: [...file.reader.trust, { source: 'x', trusted: 'yes' }] } };
    expect(await refused(JSON.stringify(badTrust))).toMatch(/damaged \(trust choice \d+ of \d+ is malformed\)/);
    const sneaky = { ...file, reader: { ...file.reader, added: [{ ...file.reader.added[0]!, id: 'aktau' }] } };
    expect(await refused(JSON.stringify(sneaky))).toMatch(/damaged \(added article 1 of 1 is malformed\)/);
    expect(other.callsOf('addSource')).toEqual([]);
    expect(other.callsOf('importChoices')).toEqual([]);
    expect(() => parseExportFile(JSON.stringify({ ...file, factBase: null }))).toThrow(/its fact base is missing/);
  }, 60_000);
});
