import { describe, expect, it } from 'vitest';
import { packSets, unpackSets } from '../../lib/match/packed-sets';
import { prefilterOfAssets } from '../../scripts/build/bundled-prefilter';

describe('packed prefilter sets', () => {
  it('unpacks the bundled prefilter to the same sets, in far fewer characters than JSON', () => {
    const { prefilter } = prefilterOfAssets();
    const packed = packSets(prefilter.byKey);
    expect(unpackSets(packed)).toEqual(prefilter.byKey);
    expect(packed.length).toBeLessThan(JSON.stringify(prefilter.byKey).length / 2);
    // One line: a string holding a line break ships as a template literal, slower to compile.
    expect(packed).not.toMatch(/[\n`$]/);
  });

  it('keeps keys that stand alone, pairs of words and digits', () => {
    const sets = { aktau: [['aktau']], 8243: [['8243', 'j2']], officials: [['us officials', 'officials']] };
    expect(unpackSets(packSets(sets))).toEqual(sets);
  });

  it('unpacks a prefilter with no key to nothing', () => {
    expect(unpackSets(packSets({}))).toEqual({});
  });

  it('refuses a word holding one of its separators rather than pack it wrong', () => {
    expect(() => packSets({ a: [['a|b']] })).toThrow(/separator/);
    expect(() => packSets({ a: [['a/b']] })).toThrow(/separator/);
  });
});
