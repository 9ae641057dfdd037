import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../lib/facts/build';
import { decodeText } from '../../lib/facts/decode';
import { DuplicateGuard } from '../../lib/facts/validate';
import { readArticles, readCatalog } from './articles';

/** The article's UTF-8 bytes with `count` bytes overwritten by 0xFF, spread over the text. */
function damage(text: string, count: number): string {
  const bytes = new TextEncoder().encode(text);
  const step = Math.floor(bytes.length / (count + 1));
  for (let i = 1; i <= count; i++) bytes[i * step] = 0xff;
  return decodeText(bytes).text;
}

describe('a damaged copy of an article', () => {
  const articles = readArticles();
  const original = articles[2]!;

  it('is refused as a duplicate, so its figures do not count twice', () => {
    const copy = { id: 'copy', text: damage(original.text, 13) };
    expect(copy.text).not.toBe(original.text);
    const { factBase, problems } = buildFactBase([...articles, copy], readCatalog(), { now: new Date(0) });
    expect(problems).toEqual([expect.objectContaining({ article: 'copy', code: 'duplicate' })]);
    expect(problems[0]!.message).toContain(original.id);
    const alone = buildFactBase(articles, readCatalog(), { now: new Date(0) }).factBase;
    expect(factBase.figures).toEqual(alone.figures);
  });

  it('is told apart from a different article, and from one that shares only a paragraph', () => {
    const guard = new DuplicateGuard();
    for (const a of articles) guard.admit(a.id, a.text);
    const paragraphs = original.text.split(/\n\s*\n/);
    const rewrite = [paragraphs[0], 'An entirely new paragraph written for this test about something else.', ...paragraphs.slice(3)].join('\n\n');
    expect(() => guard.admit('rewrite', rewrite)).not.toThrow();
  });
});
