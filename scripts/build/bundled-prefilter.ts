/**
 * A Vite plugin that gives the content script the prefilter as a module (`virtual:sourcelight/prefilter`), with
 * the ids of the entities it stands for (the marks' stylesheet names each), computed at build time from the same bundled articles and catalog the background builds its fact base from.
 * A page about something else is then checked without a single message: no round trip to the service worker
 * (which may be asleep), no storage read, nothing to deserialise (issue 5: under 5 ms on a page with no mention).
 * test/match/bundled-prefilter-matches-background.test.ts checks it equals what the background derives.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildFactBase } from '../../lib/facts/build';
import { lexiconOf } from '../../lib/match/lexicon-of';
import { buildPrefilter, type Prefilter } from '../../lib/match/prefilter';
import { packSets } from '../../lib/match/packed-sets';
import { readBundled } from '../articles';

export const BUNDLED_PREFILTER_ID = 'virtual:sourcelight/prefilter';
const RESOLVED_ID = `\0${BUNDLED_PREFILTER_ID}`;
/**
 * The bundled lexicon's version alone, for the background: a fact base whose lexicon differs (the reader added a
 * story) needs a prefilter of its own (lib/background/added-prefilter.ts); the background never ships the sets.
 */
export const BUNDLED_LEXICON_ID = 'virtual:sourcelight/bundled-lexicon';
const RESOLVED_LEXICON_ID = `\0${BUNDLED_LEXICON_ID}`;
/** The project: this file is scripts/build/bundled-prefilter.ts. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What the module imports to unpack its sets: an absolute path, as the virtual module has no folder of its own. */
const PACKED_SETS_MODULE = join(ROOT, 'lib', 'match', 'packed-sets.ts');

/** The prefilter of the fact base built from `assets/` under `root`, as the background builds it, and its entity ids. */
export function prefilterOfAssets(root = ROOT): { prefilter: Prefilter; entities: string[]; files: string[]; lexiconVersion: string } {
  const articlesDir = join(root, 'assets', 'articles');
  const catalogFile = join(root, 'assets', 'catalog.json');
  // The order and ids lib/facts/bundled.ts gives the background (both follow lib/facts/article-files.ts).
  const { articles, catalog } = readBundled(root);
  const { factBase } = buildFactBase(articles, catalog, { now: new Date(0) });
  const lexicon = lexiconOf(factBase);
  return {
    prefilter: buildPrefilter(lexicon),
    entities: lexicon.entities.map((e) => e.id),
    lexiconVersion: lexicon.version,
    files: [catalogFile, ...articles.map((a) => join(articlesDir, a.origin ?? ''))],
  };
}

/**
 * The module's source. Its word sets (lib/match/packed-sets.ts, about 12 KB) are only read where a key and another
 * word of one of its sets are found close together, which a page about something else rarely holds: they ship as
 * one string, unpacked on first use. The rest is parsed at once, from a string too: a string literal costs V8 next
 * to nothing to compile, an object literal of that size costs milliseconds on every page.
 */
export function prefilterModule({ byKey, ...rest }: Prefilter, entities: readonly string[]): string {
  return [
    `import { unpackSets } from ${JSON.stringify(PACKED_SETS_MODULE)};`,
    `export const entities = JSON.parse(${JSON.stringify(JSON.stringify(entities))});`,
    `const packed = ${JSON.stringify(packSets(byKey))};`,
    'let byKey;',
    `export default { ...JSON.parse(${JSON.stringify(JSON.stringify(rest))}), get byKey() { return (byKey ??= unpackSets(packed)); } };`,
  ].join('\n');
}

export function bundledPrefilter(root = ROOT): Plugin {
  return {
    name: 'sourcelight:bundled-prefilter',
    resolveId: (id) => (id === BUNDLED_PREFILTER_ID ? RESOLVED_ID : id === BUNDLED_LEXICON_ID ? RESOLVED_LEXICON_ID : null),
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_LEXICON_ID) return null;
      const { prefilter, entities, files, lexiconVersion } = prefilterOfAssets(root);
      for (const file of files) this.addWatchFile(file);
      if (id === RESOLVED_LEXICON_ID) return `export const lexiconVersion = ${JSON.stringify(lexiconVersion)};`;
      return prefilterModule(prefilter, entities);
    },
  };
}
