import { describe, expect, it } from 'vitest';
import { foldForSearch, normalize } from '../../lib/match/normalize';

/** Every BMP character outside ASCII and the surrogates, and a few astral ones (emoji, a math letter). */
function nonAsciiCharacters(): string[] {
  const out: string[] = [];
  for (let c = 0x80; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCharCode(c));
  out.push('\u{1F600}', '\u{1D400}', '\u{10400}');
  return out;
}

describe('foldForSearch', () => {
  it('folds every non-ASCII character as normalize does (the classes it replaces natively included)', () => {
    const differ: string[] = [];
    for (const ch of nonAsciiCharacters()) {
      // Between letters, so that a space is one space in both and nothing trims it.
      const text = `a${ch}b`;
      if (foldForSearch(text) !== normalize(text).text) differ.push(ch.codePointAt(0)!.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('folds a text with many kinds at once as it folds each alone', () => {
    const text = '\u00A0\u201CAkta\u00FA\u201D \u2014 Al\u0130yev\u2019s \uFEFFre\u00ADport\u2009\uFB01nds 38 \u{1F600}\u3000end';
    const alone = [...text].map((ch) => foldForSearch(ch)).join('');
    expect(foldForSearch(text)).toBe(alone);
    expect(foldForSearch(text)).toBe(' "aktau" - aliyev\'s  report finds 38 \u{1F600} end');
  });

  it('keeps whitespace runs as they are (offsets of a page text stay put for ASCII)', () => {
    expect(foldForSearch('Aktau  \n\n Baku')).toBe('aktau  \n\n baku');
  });
});
