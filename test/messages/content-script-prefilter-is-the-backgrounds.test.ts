import { IDBFactory } from 'fake-indexeddb';
import bundled, { entities } from 'virtual:sourcelight/prefilter';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prefilterModule } from '../../scripts/build/bundled-prefilter';
import { createHandlers } from '../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../lib/facts/bundled';
import { mayMention } from '../../lib/match/may-mention';
import { buildPrefilter } from '../../lib/match/prefilter';
import { freshDb } from '../support/store';
import { loadedAnswer, pageSender } from '../support/session-answer';

describe("the content script's prefilter, computed at build time", () => {
  it('is the one of the lexicon the background serves from the fact base it stores, with the same entities', async () => {
    const { handlers, keeper } = createHandlers({
      openDb: () => freshDb({ indexedDB: new IDBFactory() }),
      bundle: () => ({ articles: bundledArticles(), catalog: bundledCatalog }),
      loadSession: () => undefined,
    });
    const { lexicon } = loadedAnswer(await handlers.loadSession(undefined, pageSender(1)));
    keeper.db.close();
    const prefilter = buildPrefilter(lexicon);
    expect([...entities]).toEqual(lexicon.entities.map((e) => e.id));
    // The module's word sets are a getter over a JSON string: compare as plain data.
    expect(JSON.parse(JSON.stringify({ ...bundled, byKey: bundled.byKey }))).toEqual(prefilter);
    expect(Object.keys(prefilter.byKey).length).toBeGreaterThan(50);
  });

  it('ships its word sets as a string unpacked only when a page holds a key', async () => {
    const prefilter = { byKey: { aktau: [['aktau']], passengers: [['passengers', '38'], ['passengers', 'thirty eight']] }, pattern: 'passengers|aktau', others: { aktau: [], passengers: ['38', 'thirty eight'] }, always: false, reach: 40 };
    const source = prefilterModule(prefilter, ['aktau']);
    // The generated module imports the unpacker by absolute path: written beside it, it is imported as the build does.
    const dir = mkdtempSync(join(tmpdir(), 'prefilter-module-'));
    const file = join(dir, 'prefilter.ts');
    writeFileSync(file, source);
    const module = (await import(/* @vite-ignore */ file)) as { default: typeof bundled };
    rmSync(dir, { recursive: true });
    expect(source).not.toContain('thirty eight"');
    expect(mayMention(module.default, 'The jet came down near Aktau.')).toBe(true);
    expect(mayMention(module.default, 'It carried 38 passengers.')).toBe(true);
    expect(mayMention(module.default, 'It carried 12 passengers.')).toBe(false);
    expect(mayMention(module.default, 'The harbour festival drew record crowds.')).toBe(false);
    expect(module.default.byKey).toEqual(prefilter.byKey);
  });
});
