import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../lib/facts/clean';
import { article, readArticles } from './articles';

describe('cleaning an article', () => {
  it('keeps every block as a verbatim slice of the article', () => {
    for (const a of readArticles()) {
      const cleaned = cleanArticle(a.text);
      for (const b of cleaned.blocks) {
        expect(a.text, a.id).toContain(b.text);
        expect(cleaned.text.slice(b.start, b.end)).toBe(b.text);
      }
    }
  });

  it('drops "Also Read" teasers in both forms, the copyright line and "Recent News"', () => {
    const all = readArticles().map((a) => cleanArticle(a.text).text).join('\n');
    expect(all).not.toMatch(/Also Read/);
    expect(all).not.toMatch(/Bangladeshi|Yemen Airport|Hydraulic Failure/);
    expect(all).not.toMatch(/All rights reserved|\u00A9/);
    expect(all).not.toMatch(/Recent News/);
  });

  it('drops the photo counter, the timestamp and the numbered caption repeat of 002, keeping the standfirst once', () => {
    const cleaned = cleanArticle(article('002').text);
    expect(cleaned.text).not.toMatch(/1\s*\/\s*1/);
    expect(cleaned.text).not.toMatch(/19:08/);
    expect(cleaned.text).not.toMatch(/^1\. /m);
    expect(cleaned.text.match(/expressed deepest condolences to victims families/g)).toHaveLength(1);
    expect(cleaned.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['counter', 'timestamp', 'repeat']));
  });

  it('drops the photo credit and the caption that repeats the body in 000', () => {
    const cleaned = cleanArticle(article('000').text);
    expect(cleaned.text).not.toMatch(/Getty Images/);
    expect(cleaned.text.match(/Flight J2-8243 was en route from Baku to Grozny/g)).toHaveLength(1);
  });

  it('keeps section headings as headings, not paragraphs', () => {
    const headings = cleanArticle(article('004').text).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Details of the Crash',
      'Kremlin Response',
      'Ukraine and International Reactions',
      'Broader Impact',
    ]);
  });

  it('keeps all the reporting: every sentence-ending line of 001 and 004 survives', () => {
    for (const id of ['001', '004']) {
      const a = article(id);
      const cleaned = cleanArticle(a.text).text;
      const reporting = a.text.split('\n').filter((l) => /[.\u201D]$/.test(l.trim()));
      for (const line of reporting) expect(cleaned, id).toContain(line.trim());
    }
  });

  it('takes the dateline off the lede but keeps the lede', () => {
    const cleaned = cleanArticle(article('003').text);
    expect(cleaned.text).toContain('Russian President Vladimir Putin issued a rare apology to Azerbaijan on Saturday');
    expect(cleaned.text).not.toContain('Moscow/Baku:');
  });

  it('recognises page furniture of other outlets by its pattern', () => {
    const page = [
      'https://news.example.com/2023/03/03/storm-hits-coast',
      'Storm Hits Coast',
      'By Jane Doe and John Roe',
      'Updated: 3 March 2023, 10:15 GMT',
      'WASHINGTON (Reuters) - A storm hit the coast on Friday. Photo: AFP',
      'Read more: Ten things to know about storms',
      '2 of 5',
      'Advertisement',
      'Officials said 12 people were hurt.',
      'Copyright 2023 The Associated Press. All rights reserved.',
      'Related Stories',
    ].join('\n');
    const cleaned = cleanArticle(page);
    expect(cleaned.blocks.map((b) => b.text)).toEqual([
      'Storm Hits Coast',
      'A storm hit the coast on Friday.',
      'Officials said 12 people were hurt.',
    ]);
  });
});
