/**
 * The synthetic news pages the benchmark loads, shaped like a live article page (site header and navigation, a
 * long article with subheads, links and emphasis, pull quotes, a comment thread, a "most read" sidebar at the top
 * right, a footer) at about 50 KB, 1 MB and 5 MB of visible text about the story, and 50 KB that mention nothing of
 * it. Seeded: every run writes the same bytes, so runs compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORS, FILLER, FOOTER_LINKS, FORMS, HEADLINES, SECTIONS, STORY } from './sentences';

export interface BenchPage {
  label: string;
  file: string;
  textChars: number;
  /** Whether the page mentions the story at all. */
  mentions: boolean;
}

export const PAGES: readonly BenchPage[] = [
  { label: '50 KB', file: 'story-50k.html', textChars: 50_000, mentions: true },
  { label: '1 MB', file: 'story-1m.html', textChars: 1_000_000, mentions: true },
  { label: '5 MB', file: 'story-5m.html', textChars: 5_000_000, mentions: true },
  { label: '50 KB, no mention', file: 'other-50k.html', textChars: 50_000, mentions: false },
];

/** Share of article sentences about the story: about half the density of the shipped articles over the whole page. */
const STORY_SHARE = 0.45;
/** Comments get this share of the text and mention the story this much less often than the article. */
const COMMENT_SHARE = 0.25;
const COMMENT_STORY_FACTOR = 0.6;
const CSS =
  'body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header.site,footer{background:#f4f1ea;padding:12px 24px}' +
  'nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;padding:0}.layout{display:flex;gap:32px;max-width:1180px;margin:0 auto;padding:24px}' +
  'main{flex:1;min-width:0}aside{width:300px;font-size:15px}blockquote{font-size:22px;border-left:4px solid #b33;padding-left:16px}.meta{color:#777;font-size:13px}';

/** mulberry32 (Tommy Ettinger's 32-bit generator): tiny, seedable, well enough spread for picking templates. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One page's HTML. */
function newsPage(textChars: number, seed: number, storyShare: number): string {
  const random = seeded(seed);
  const story = storyShare > 0;
  const headlines = story ? HEADLINES : HEADLINES.filter((t) => !t.includes('{'));
  const parts: string[] = [];
  let chars = 0;
  const tag = (html: string): void => void parts.push(html);
  const text = (plain: string): void => {
    parts.push(escape(plain));
    chars += plain.length;
  };
  const inline = (open: string, words: string, close: string): void => {
    tag(open);
    text(words);
    tag(close);
  };
  // A slot's form is sometimes a link (outlets link names to topic pages), sometimes split so its last word is
  // emphasised: a mention across an inline boundary.
  const template = (source: string): void => {
    const pieces = source.split(/(\{\w+\})/).filter((p) => p.length > 0);
    pieces.forEach((piece, index) => {
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
      const words = index === 0 ? capitalise(slot ? random.pick(FORMS[slot]!) : piece) : slot ? random.pick(FORMS[slot]!) : piece;
      const cut = words.lastIndexOf(' ') + 1;
      if (slot && random.chance(0.2)) inline(`<a href="/topic/${slug(words)}">`, words, '</a>');
      else if (slot && cut > 0 && random.chance(0.06)) {
        text(words.slice(0, cut));
        inline('<em>', words.slice(cut), '</em>');
      } else text(words);
    });
  };
  const sentences = (count: number, share = storyShare): void => {
    for (let i = 0; i < count; i++) {
      if (i > 0) text(' ');
      template(random.chance(share) ? random.pick(STORY) : random.pick(FILLER));
    }
  };

  const headline = story ? 'Live: what we know about the crash of the Azerbaijan Airlines flight' : 'Live: the city budget, the weather and the week ahead';
  tag(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | The Meridian</title><style>${CSS}</style></head>`);
  tag('<body><header class="site"><a class="logo" href="/">The Meridian</a><nav aria-label="Sections"><ul>');
  SECTIONS.forEach((s) => tag(`<li><a href="/${slug(s)}">${s}</a></li>`));
  tag('</ul></nav></header><div class="layout"><main><article><h1>');
  text(headline);
  tag('</h1><p class="standfirst">');
  sentences(2);
  tag(`</p><p class="meta">By <a href="/authors/1">${random.pick(AUTHORS)}</a> · <time>${random.int(6, 23)}:${random.int(10, 59)}</time></p>`);
  // Live updates: a subhead every seven paragraphs, now and then a pull quote.
  for (let paragraph = 0; chars < textChars * (1 - COMMENT_SHARE); paragraph++) {
    if (paragraph % 7 === 0) {
      tag(`${paragraph ? '</section>' : ''}<section id="update-${paragraph}"><h2>`);
      template(random.pick(headlines));
      tag('</h2>');
    }
    tag('<p>');
    sentences(random.int(3, 6));
    tag('</p>');
    if (random.chance(0.08)) {
      tag('<blockquote><p>');
      sentences(1);
      tag('</p></blockquote>');
    }
  }
  tag('</section></article><section class="comments"><h2>Comments</h2><ol>');
  while (chars < textChars) {
    tag(`<li><p class="meta">${random.pick(AUTHORS).split(' ')[0]}${random.int(1, 999)} · ${random.int(1, 59)} minutes ago</p><p>`);
    sentences(random.int(1, 3), storyShare * COMMENT_STORY_FACTOR);
    tag('</p><button type="button">Reply</button></li>');
  }
  // The sidebar comes last in the source but sits at the top right of the first screen.
  tag('</ol></section></main><aside><h2>Most read</h2><ol>');
  for (let i = 0; i < 10; i++) {
    tag(`<li><a href="/story/${random.int(1000, 99999)}">`);
    template(random.pick(headlines));
    tag('</a></li>');
  }
  tag('</ol></aside></div><footer><ul>');
  FOOTER_LINKS.forEach((label) => tag(`<li><a href="/${slug(label)}">${label}</a></li>`));
  tag('</ul><p>© The Meridian. All rights reserved.</p></footer></body></html>');
  return parts.join('');
}

/** Writes every page into `dir` (the same seed per page on every run). */
export function writePages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  PAGES.forEach((page, index) => writeFileSync(join(dir, page.file), newsPage(page.textChars, 101 + index, page.mentions ? STORY_SHARE : 0)));
}

/** Visible text of a generated page, for counting mentions in Node (tags dropped, entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    // Inline tags join their text to what surrounds it ("Flight <em>J2-8243</em>"); every other tag breaks it.
    .replace(/<\/?(a|em|span|time)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
