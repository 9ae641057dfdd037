// @vitest-environment happy-dom
/**
 * "Add this page" reads the article the way the page check never does: only when asked, on a clone (the page
 * keeps every node), with its outlet, date and address from the page's own metadata.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { NO_ARTICLE, readPageArticle } from '../../lib/adding/page-article';
import { isoDate, pageMetadata } from '../../lib/adding/page-metadata';
import articlePage from './fixtures/article-page.html?raw';
import frontPage from './fixtures/front-page.html?raw';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('a page’s article and metadata', () => {
  it('reads the outlet, date, headline and canonical address from the metadata, Open Graph first', () => {
    expect(pageMetadata(load(articlePage))).toEqual({
      title: 'Harbourline jet skids off runway at Eastmere',
      publisher: 'The Coastal Courier',
      published: '2025-03-04',
      url: 'https://courier.example/world/harbourline-eastmere',
    });
  });

  it('falls back to JSON-LD, then <time datetime>, when Open Graph says nothing', () => {
    const doc = load(articlePage);
    doc.querySelectorAll('meta[property]').forEach((m) => m.remove());
    expect(pageMetadata(doc)).toMatchObject({ publisher: 'Coastal Courier Ltd', published: '2025-03-04' });
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    expect(pageMetadata(doc)).toMatchObject({ publisher: null, published: '2025-03-04', title: 'Harbourline jet skids off runway at Eastmere' });
  });

  it('takes the article’s paragraphs and leaves the navigation, promotions, related links and footer', () => {
    const doc = load(articlePage);
    const before = doc.body.innerHTML;
    const page = readPageArticle(doc, Readability, 'https://courier.example/world/harbourline-eastmere?ref=home');
    if (!('article' in page)) throw new Error(page.none);
    const { text, ...meta } = page.article;
    expect(meta).toEqual({
      title: 'Harbourline jet skids off runway at Eastmere',
      publisher: 'The Coastal Courier',
      published: '2025-03-04',
      url: 'https://courier.example/world/harbourline-eastmere',
      origin: 'https://courier.example/world/harbourline-eastmere?ref=home',
    });
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Harbourline jet skids off runway at Eastmere');
    expect(blocks).toContain(
      'A Harbourline passenger jet carrying 96 people skidded off the runway at Eastmere International Airport on Tuesday, killing 12 people, officials said.',
    );
    for (const furniture of ['Most read', 'Storm closes', 'All rights reserved', 'Sport']) expect(text).not.toContain(furniture);
    // Readability ran on a clone: the page is untouched.
    expect(doc.body.innerHTML).toBe(before);
  });

  it('says so when a page holds no article', () => {
    expect(readPageArticle(load(frontPage), Readability, 'https://courier.example/')).toEqual({ none: NO_ARTICLE });
  });

  it('reads only real calendar dates', () => {
    expect(isoDate('2025-02-30T10:00:00Z')).toBeNull();
    expect(isoDate('4 March 2025')).toBeNull();
    expect(isoDate('2024-12-29T09:30:00+09:00')).toBe('2024-12-29');
  });
});
