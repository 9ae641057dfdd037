// @vitest-environment happy-dom
/**
 * Files and pasted text become article drafts in the popup, or are refused there with a sentence naming the file:
 * empty, binary, damaged UTF-8, far too large, or of a kind Sourcelight does not read. Nothing refused is sent.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { draftFromFile, draftFromPaste, headlineOf, markdownText, MAX_FILE_BYTES, type HtmlReader } from '../../lib/adding/files';
import articlePage from './fixtures/article-page.html?raw';

const html: HtmlReader = { parse: (text) => new DOMParser().parseFromString(text, 'text/html'), Readability };
const utf8 = (text: string) => new TextEncoder().encode(text);

const STORY = [
  'Ferry runs aground off Lindholm',
  '',
  'A passenger ferry carrying 210 people ran aground off Lindholm on Friday evening, the coastguard said.',
  '',
  'Nobody was hurt, and the passengers were taken ashore by lifeboat within two hours.',
].join('\n');

const refusal = (name: string, bytes: Uint8Array) => {
  const result = draftFromFile(name, bytes, html);
  return 'refused' in result ? result.refused : null;
};

describe('a file as an article', () => {
  it('takes a text file whole, its first line as the headline when it has no sentence end', () => {
    expect(draftFromFile('ferry.txt', utf8(STORY), html)).toEqual({
      draft: { text: STORY, title: 'Ferry runs aground off Lindholm', origin: 'ferry.txt' },
    });
    const noHeadline = STORY.split('\n').slice(2).join('\n');
    expect(draftFromFile('ferry.txt', utf8(noHeadline), html)).toMatchObject({ draft: { title: null } });
  });

  it('reads UTF-16 with a byte-order mark like UTF-8', () => {
    const bytes = new Uint8Array(2 + STORY.length * 2);
    bytes.set([0xff, 0xfe]);
    [...STORY].forEach((c, i) => bytes.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 + 2 * i));
    expect(draftFromFile('ferry.txt', bytes, html)).toMatchObject({ draft: { text: STORY } });
  });

  it('turns Markdown into its words', () => {
    const md = '# Ferry runs aground off Lindholm\n\nA **passenger ferry** ran aground off [Lindholm](https://x.example) on Friday.\n\n- Nobody was hurt.';
    expect(markdownText(md)).toBe('Ferry runs aground off Lindholm\n\nA passenger ferry ran aground off Lindholm on Friday.\n\nNobody was hurt.');
    expect(draftFromFile('ferry.md', utf8(md), html)).toMatchObject({ draft: { title: 'Ferry runs aground off Lindholm' } });
  });

  it('reads a saved web page’s article and metadata', () => {
    const result = draftFromFile('courier.html', utf8(articlePage), html);
    expect(result).toMatchObject({
      draft: { title: 'Harbourline jet skids off runway at Eastmere', publisher: 'The Coastal Courier', published: '2025-03-04', origin: 'courier.html' },
    });
  });

  it('refuses an empty, binary, damaged, huge or unknown file with its name and why', () => {
    expect(refusal('empty.txt', new Uint8Array())).toBe('“empty.txt” is empty: there is no text to read.');
    expect(refusal('blank.txt', utf8('  \n \n'))).toMatch(/^“blank.txt” is empty/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xd8, 0xc3, 0x28]);
    expect(refusal('photo.txt', png)).toMatch(/^“photo.txt” is not valid UTF-8 text .*Save it as UTF-8/);
    const damaged = utf8(STORY);
    damaged[40] = 0xc3;
    damaged[41] = 0x28;
    expect(refusal('damaged.txt', damaged)).toMatch(/^“damaged.txt” is not valid UTF-8 text \(1 damaged byte sequence\)/);
    const nul = utf8(`${STORY}\u0000\u0000`);
    expect(refusal('nul.txt', nul)).toMatch(/^“nul.txt” contains NUL bytes/);
    // 20 MB, refused on its size before a byte of it is decoded.
    expect(refusal('dump.txt', new Uint8Array(20_000_000))).toMatch(/^“dump.txt” is 20.0 MB: too large for an article/);
    expect(MAX_FILE_BYTES).toBeLessThan(20_000_000);
    expect(refusal('report.pdf', utf8(STORY))).toBe('“report.pdf” is not a .txt, .md or .html file.');
    expect(refusal('front.html', utf8('<html><body><nav>Home</nav></body></html>'))).toMatch(/^“front.html”: Sourcelight found no article/);
  });
});

describe('pasted text as an article', () => {
  it('takes the text with its headline, or refuses what is not text', () => {
    expect(draftFromPaste(STORY)).toEqual({ draft: { text: STORY, title: 'Ferry runs aground off Lindholm', origin: 'pasted' } });
    expect(draftFromPaste('   ')).toEqual({ refused: '“The pasted text” is empty: there is no text to read.' });
    expect(draftFromPaste('x'.repeat(2_000_001))).toMatchObject({ refused: expect.stringMatching(/^“The pasted text” has 2.0 million characters/) });
  });

  it('sees a headline only in a short first line without a sentence end', () => {
    expect(headlineOf('One line with no stop')).toBeNull();
    expect(headlineOf('The ferry ran aground.\nIt was towed off.')).toBeNull();
  });
});
