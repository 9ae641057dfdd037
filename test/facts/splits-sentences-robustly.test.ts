import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/facts/sentences';
import { article } from './articles';

const texts = (s: string) => splitSentences(s).map((u) => u.text);

describe('splitting text into sentences', () => {
  it('keeps a quote that ends in an attribution as one sentence', () => {
    const a002 = article('002').text;
    const kremlin = texts(a002).filter((s) => s.includes('the Kremlin said in a statement'));
    expect(kremlin).toHaveLength(1);
    expect(kremlin[0]).toMatch(/^"President Vladimir Putin apologized .* the Kremlin said in a statement\.$/);
  });

  it('ends a sentence after the closing quote that follows its stop', () => {
    expect(texts('Biden responded, \u201CApparently he did.\u201D The White House added more.')).toEqual([
      'Biden responded, \u201CApparently he did.\u201D',
      'The White House added more.',
    ]);
    expect(texts('He said "no." Then he left.')).toEqual(['He said "no."', 'Then he left.']);
  });

  it('does not end a sentence at a question inside a quote followed by its attribution', () => {
    expect(texts('\u201CWhy?\u201D he asked. She did not answer.')).toEqual(['\u201CWhy?\u201D he asked.', 'She did not answer.']);
  });

  it('does not split at abbreviations, initials or decimals', () => {
    expect(texts('Mr. Smith flew to St. Petersburg on Dec. 28 with John F. Kennedy Jr. and paid $3.5 million.')).toHaveLength(1);
    expect(texts('U.S. President Joe Biden spoke. U.S. officials agreed.')).toEqual([
      'U.S. President Joe Biden spoke.',
      'U.S. officials agreed.',
    ]);
    expect(texts('The Embraer EMBR3.SA passenger jet crashed. No. 5 was fine.')).toEqual([
      'The Embraer EMBR3.SA passenger jet crashed.',
      'No. 5 was fine.',
    ]);
  });

  it('ends a sentence after a dotted abbreviation when a sentence plainly starts', () => {
    expect(texts('Aid came from the U.S. The Kremlin said nothing.')).toEqual([
      'Aid came from the U.S.',
      'The Kremlin said nothing.',
    ]);
  });

  it('treats a line without a full stop as its own unit', () => {
    expect(texts('Kremlin Response\nOn Saturday, the Kremlin released a statement.')).toEqual([
      'Kremlin Response',
      'On Saturday, the Kremlin released a statement.',
    ]);
  });

  it('does not split at em-dashes or ellipses followed by lower case', () => {
    expect(texts('298 passengers and crew\u2014a claim Russia has denied. It waited\u2026 and then spoke.')).toEqual([
      '298 passengers and crew\u2014a claim Russia has denied.',
      'It waited\u2026 and then spoke.',
    ]);
  });

  it('reads a list number as part of its line', () => {
    expect(texts('1. Vladimir Putin apologises for tragic incident')).toEqual(['1. Vladimir Putin apologises for tragic incident']);
  });

  it('gives offsets that cut each sentence out of the text', () => {
    const text = article('003').text;
    for (const s of splitSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('splits the 001 lede paragraph into its sentences', () => {
    const units = texts(article('001').text);
    expect(units[0]).toMatch(/^Russian President Vladimir Putin expressed .* suggesting otherwise\.$/);
    expect(units).toContain('This claim aligns with reports from U.S. officials, who believe that heightened air defense activity related to Ukrainian drone attacks could have caused the misidentification.');
  });
});
