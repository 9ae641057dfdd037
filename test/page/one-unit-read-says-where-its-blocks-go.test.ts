// @vitest-environment happy-dom
/**
 * Reading one scan unit (lib/page/unit-reading.ts), with contexts from the real walk: a first read of the whole page
 * shows what it finds as it goes and appends each block; a reread of a part of the page waits for the unit's end,
 * covers the blocks already known inside it, and puts a new block after the known block before it.
 */
import { describe, expect, test } from 'vitest';
import { walkContexts } from '../../lib/page/contexts';
import { neverHidden } from '../../lib/page/elements';
import { MentionIndex } from '../../lib/page/mention-index';
import type { ScanUnit } from '../../lib/page/scanner';
import { UnitReading } from '../../lib/page/unit-reading';
import { wordMatcher } from './support/page';

const match = wordMatcher({ Aktau: 'aktau', Baku: 'baku' });

/** Feeds every context under the unit's root to `reading`, as the scanner does. */
function readAll(reading: UnitReading, unit: ScanUnit): void {
  for (const context of walkContexts(unit.root, { isHidden: neverHidden, shallow: unit.shallow, nestedOnly: unit.nestedOnly })) {
    if (context) reading.add(context, match(context.text));
  }
}

describe('reading one unit', () => {
  test('a first read of the page shows as it goes, each block at the end, in one section per six paragraphs', () => {
    document.body.innerHTML = '<article><p>Aktau</p><p>Nothing</p><p>Baku</p></article>';
    const index = new MentionIndex();
    const reading = new UnitReading({ root: document }, { index, sections: new Map(), stashed: false, nextReread: () => 1 });
    readAll(reading, { root: document });
    expect(reading.buffered).toBe(false);
    expect(reading.covered).toEqual([]);
    const found = [...reading.found];
    expect(found.map(([block, read]) => [block.textContent, read.mentions.map((m) => m.entity), read.after])).toEqual([
      ['Aktau', ['aktau'], undefined],
      ['Baku', ['baku'], undefined],
    ]);
    expect(new Set(found.map(([, read]) => read.section)).size).toBe(1);
  });

  test('a reread of a part waits for its end, covers what it replaces, and puts a new block after the one before it', () => {
    document.body.innerHTML = '<article><p id="a">Aktau</p><section id="s"><p id="b">Baku</p><p id="c">Aktau again</p></section></article>';
    const [a, b, section] = ['#a', '#b', '#s'].map((q) => document.querySelector(q)!) as [Element, Element, Element];
    const index = new MentionIndex();
    // As a first read left it: a and b known, each in a section.
    const first = new UnitReading({ root: document }, { index, sections: new Map(), stashed: false, nextReread: () => 1 });
    readAll(first, { root: document });
    for (const block of [a, b]) index.setBlock(block, first.found.get(block)!.mentions);
    const sections = new Map([[a, 'doc/0'], [b, 'doc/0']]);

    const unit: ScanUnit = { root: section };
    const reread = new UnitReading(unit, { index, sections, stashed: false, nextReread: () => 7 });
    readAll(reread, unit);
    expect(reread.buffered).toBe(true);
    expect(reread.covered).toEqual([b]);
    const c = document.querySelector('#c')!;
    expect(reread.found.get(b)!.after).toBeUndefined(); // known already: stays where it is
    expect(reread.found.get(c)!.after).toBe(b); // new: after the last block of the unit read before it
    expect(reread.found.get(c)!.section).toMatch(/^doc\/0\/7/);
    expect([...reread.settled()]).toEqual([b, c]);
  });
});
