import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/match/matcher';
import { normalize } from '../../lib/match/normalize';
import { catalogMatcher } from './helpers';

const matcher = catalogMatcher();
const articlesDir = join(__dirname, '../../assets/articles');
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(join(articlesDir, f), 'utf8') }));

describe('normalize', () => {
  it('folds case, diacritics, quotes, dashes and whitespace', () => {
    expect(normalize('İlham  ALÍYEV\u00a0said \u201Chi\u201D \u2014 it\u2019s J2\u20138243').text).toBe(
      'ilham aliyev said "hi" - it\'s j2-8243',
    );
  });

  it('drops soft hyphens and zero-width characters a reader never sees', () => {
    expect(normalize('Vladi\u00ADkav\u200Bkaz').text).toBe('vladikavkaz');
  });

  it('keeps a paragraph break as a line break and any other whitespace run as a space', () => {
    expect(normalize('a \n b\n\n c\r\n\r\nd').text).toBe('a b\nc\nd');
  });

  it('maps every normalized character back to where it came from', () => {
    const text = 'Zelensky\u0301y  \u201CAlíyev\u201D\u00a0ﬁne';
    const { text: norm, map } = normalize(text);
    expect(norm).toBe('zelenskyy "aliyev" fine');
    expect(map[norm.indexOf('aliyev')]).toBe(text.indexOf('Alíyev'));
    expect(map[norm.length]).toBe(text.length);
    // A combining accent belongs to the letter before it, so a span ending there covers the accent.
    expect(map[norm.indexOf('y') + 1]).toBe(text.indexOf('\u0301') + 1);
  });

  it('handles characters outside the Basic Multilingual Plane without shifting offsets', () => {
    const text = '\u{1F6E9}\uFE0F Putin';
    const found = findMentions(matcher, text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Putin']);
  });
});

describe('odd inputs', () => {
  it.each(['', '   ', '\n\n', '\uD800 lone surrogate', '38', '-'])('%j gives no mention and no error', (text) => {
    expect(findMentions(matcher, text)).toEqual([]);
  });

  it('keeps offsets right after a lone surrogate', () => {
    const text = '\uD800 Baku';
    expect(findMentions(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual(['Baku']);
  });
});

describe('mention offsets point at exactly what a reader sees', () => {
  it('keeps decomposed accents and odd spaces inside the span', () => {
    const text = 'Then Ali\u0301yev and Ilham\u00a0 Aliyev spoke.';
    expect(findMentions(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual([
      'Ali\u0301yev',
      'Ilham\u00a0 Aliyev',
    ]);
  });

  it.each(articles)('every mention in $file is a whole name that matches again on its own', ({ text }) => {
    const found = findMentions(matcher, text);
    expect(found.length).toBeGreaterThan(10);
    for (const m of found) {
      const seen = text.slice(m.start, m.end);
      // A reader's span starts and ends on a letter or digit, never on space or punctuation.
      expect(seen, seen).toMatch(/^[\p{L}\p{N}][\s\S]*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
      const again = findMentions(matcher, seen);
      expect(again, seen).toEqual([{ ...m, start: 0, end: seen.length }]);
    }
  });

  it('finds the story in the bundled articles', () => {
    const all = articles.flatMap(({ text }) => findMentions(matcher, text).map((m) => m.entity));
    for (const id of ['flight', 'airline', 'putin', 'aliyev', 'kremlin_statement', 'death_toll', 'air_defense']) {
      expect(all, id).toContain(id);
    }
  });
});
