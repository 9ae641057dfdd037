import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeInPlace } from '../../lib/match/normalize';

const articlesDir = join(__dirname, '../../assets/articles');
/** The real articles' sentences with whitespace collapsed, as a page's text contexts arrive at the matcher. */
const lines = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(articlesDir, f), 'utf8').split(/\n+/))
  .map((line) => line.replace(/\s+/g, ' ').trim())
  .filter((line) => line.length > 0);

const identity = (map: Int32Array, length: number) => map.length === length + 1 && map.every((v, i) => v === i);

describe('normalizeInPlace', () => {
  it('agrees with normalize on every line of the real articles it takes', () => {
    let taken = 0;
    for (const line of lines) {
      const inPlace = normalizeInPlace(line);
      if (inPlace === null) continue;
      taken++;
      const full = normalize(line);
      expect(inPlace).toBe(full.text);
      expect(identity(full.map, line.length)).toBe(true);
    }
    // Collapsed text with curly quotes, dashes and accents is what it is for.
    expect(taken).toBe(lines.length);
  });

  it.each([
    ['Zelenský said', 'zelensky said'],
    ['\u201CPutin\u2019s\u201D \u2014 J2\u20138243', '"putin\'s" - j2-8243'],
    ['İlham Aliyev', 'ilham aliyev'],
    ['a\u00a0b\tc\nd', 'a b c d'],
  ])('folds one character into one: %s', (text, folded) => {
    expect(normalizeInPlace(text)).toBe(folded);
    expect(normalize(text).text).toBe(folded);
  });

  it.each([
    ['a whitespace run', 'a  b'],
    ['a paragraph break', 'a\n\nb'],
    ['a ligature', '\uFB01ne'],
    ['a combining accent', 'e\u0301'],
    ['a soft hyphen', 'Vladi\u00ADkavkaz'],
    ['a character outside the Basic Multilingual Plane', '\u{1F6E9} Putin'],
  ])('declines text whose offsets would move: %s', (_, text) => {
    expect(normalizeInPlace(text)).toBeNull();
  });
});
