import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { lazyLibrary } from '../../scripts/build/lazy-library';

describe('a library bundled to be evaluated on first use (the service worker\'s compromise)', () => {
  it('answers as the library does, and evaluates its code only when first called', async () => {
    const plugin = lazyLibrary('compromise/two');
    const id = (plugin.resolveId as (id: string) => string | null)('compromise/two')!;
    const source = (await (plugin.load as (id: string) => Promise<string>)(id));
    // The whole library sits inside a function body: nothing of it runs when the module is imported.
    expect(source).toMatch(/^let loaded;\nfunction load\(\) \{/);
    const file = join(mkdtempSync(join(tmpdir(), 'lazy-')), 'lazy.mjs');
    writeFileSync(file, source);
    const lazy = (await import(pathToFileURL(file).href)).default as typeof nlp;
    const text = 'Ilham Aliyev flew to Moscow on Friday.';
    const tags = (library: typeof nlp) =>
      (library(text).json({ offset: true }) as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) =>
        s.terms.map((t) => [t.text, [...t.tags].sort().join('|')]),
      );
    expect(tags(lazy)).toEqual(tags(nlp));
    expect(tags(lazy)).toContainEqual(['Moscow', 'City|Noun|Place|ProperNoun|Singular']);
    const words = (library: typeof nlp) => Object.keys((library.model() as { one: { lexicon: object } }).one.lexicon).length;
    expect(words(lazy)).toBe(words(nlp));
  }, 60_000);
});
