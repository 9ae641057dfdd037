/**
 * Synthetic news pages for the benchmark: the structure of a real article page (site header and navigation, a
 * headline, a long article with subheads, inline links and emphasis, pull quotes and inline "related" boxes,
 * a comment thread, sidebars, a footer) at a chosen amount of visible text. Deterministic: the same options
 * give the same bytes, so runs compare.
 *
 * Mentions sit where a reader meets them: often inside links ("<a>Aktau</a>"), sometimes half inside emphasis
 * ("Flight <em>J2-8243</em>", a mention across an inline boundary), mostly in the article, less in comments,
 * rarely in sidebars.
 */
import { seeded, type Random } from './random';
import { AUTHORS, COMMENTS, FILLER, FOOTER_LINKS, FORMS, HEADLINES, SECTIONS, STORY } from './sentences';

export interface NewsPageOptions {
  /** Visible text to aim for, in characters (the page ends at the first paragraph past it). */
  textChars: number;
  seed: number;
  /** Share of article sentences about the story; 0 builds a page that mentions nothing of it. */
  storyShare: number;
}

export interface NewsPage {
  html: string;
  /** Characters of visible text written (tags and markup excluded). */
  textChars: number;
}

/** Comments get about this share of the text: long pages are long partly because of their threads. */
const COMMENT_SHARE = 0.25;
/** Comments mention the story less often than the article does. */
const COMMENT_STORY_FACTOR = 0.6;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Writes HTML and counts the visible characters it adds. */
class Writer {
  private readonly parts: string[] = [];
  chars = 0;
  tag(html: string): void {
    this.parts.push(html);
  }
  text(text: string): void {
    this.parts.push(escape(text));
    this.chars += text.length;
  }
  html(): string {
    return this.parts.join('');
  }
}

/**
 * One template as HTML: each slot's form is sometimes a link (as outlets link names to topic pages), sometimes
 * split so its last word is emphasised; a filler sentence sometimes carries a link on a few words.
 */
function writeTemplate(out: Writer, template: string, random: Random): void {
  const pieces = template.split(/(\{\w+\})/);
  const first = pieces.findIndex((p) => p.length > 0);
  pieces.forEach((piece, index) => {
    if (piece.length === 0) return;
    const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
    let text = slot ? random.pick(FORMS[slot] ?? [piece]) : piece;
    if (index === first) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (slot && random.chance(0.2)) {
      out.tag(`<a href="/topic/${slug(text)}">`);
      out.text(text);
      out.tag('</a>');
    } else if (slot && text.includes(' ') && random.chance(0.06)) {
      const cut = text.lastIndexOf(' ') + 1;
      out.text(text.slice(0, cut));
      out.tag('<em>');
      out.text(text.slice(cut));
      out.tag('</em>');
    } else if (pieces.length === 1 && random.chance(0.08)) {
      const words = text.split(' ');
      const at = random.int(0, Math.max(0, words.length - 3));
      const count = Math.min(words.length - at, random.int(1, 3));
      out.text(words.slice(0, at).join(' ') + (at > 0 ? ' ' : ''));
      const link = random.chance(0.5);
      out.tag(link ? `<a href="/story/${random.int(1000, 99999)}">` : '<em>');
      out.text(words.slice(at, at + count).join(' '));
      out.tag(link ? '</a>' : '</em>');
      const rest = words.slice(at + count).join(' ');
      if (rest) out.text(` ${rest}`);
    } else {
      out.text(text);
    }
  });
}

function writeSentences(out: Writer, count: number, storyShare: number, random: Random): void {
  for (let i = 0; i < count; i++) {
    if (i > 0) out.text(' ');
    writeTemplate(out, random.chance(storyShare) ? random.pick(STORY) : random.pick(FILLER), random);
  }
}

const withoutSlots = (list: readonly string[]): string[] => list.filter((t) => !t.includes('{'));

function time(random: Random): string {
  return `${String(random.int(6, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
}

export function newsPage(options: NewsPageOptions): NewsPage {
  const random = seeded(options.seed);
  const story = options.storyShare > 0;
  const headlines = story ? HEADLINES : withoutSlots(HEADLINES);
  const comments = story ? COMMENTS : withoutSlots(COMMENTS);
  const out = new Writer();

  const headline = story ? 'Live: what we know about the crash of the Azerbaijan Airlines flight' : 'Live: the city budget, the weather and the week ahead';
  out.tag(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | The Meridian</title>`);
  out.tag('<meta name="viewport" content="width=device-width, initial-scale=1"><style>');
  out.tag(
    'body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header.site,footer{background:#f4f1ea;padding:12px 24px}' +
      'nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;padding:0;margin:8px 0}.layout{display:flex;gap:32px;max-width:1180px;margin:0 auto;padding:24px}' +
      'main{flex:1;min-width:0}aside.sidebar{width:300px;font-size:15px}blockquote.pull{font-size:22px;border-left:4px solid #b33;margin:24px 0;padding-left:16px}' +
      '.related{border:1px solid #ddd;padding:8px 16px;font-size:15px}.comment{border-top:1px solid #eee;padding:8px 0}.meta{color:#777;font-size:13px}' +
      '.ticker{white-space:nowrap;overflow:hidden}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
  );
  out.tag('</style></head><body>');

  // Site header: logo, navigation, a ticker of other headlines.
  out.tag('<header class="site"><a class="logo" href="/">');
  out.text('The Meridian');
  out.tag('</a><nav aria-label="Sections"><ul>');
  for (const section of SECTIONS) {
    out.tag(`<li><a href="/${slug(section)}">`);
    out.text(section);
    out.tag('</a></li>');
  }
  out.tag('</ul></nav><div class="ticker" aria-hidden="true">');
  for (let i = 0; i < 4; i++) {
    out.tag(`<a href="/story/${random.int(1000, 99999)}">`);
    writeTemplate(out, random.pick(headlines), random);
    out.tag('</a> · ');
  }
  out.tag('</div></header><div class="layout"><main><article>');

  // The article's head: headline, standfirst, byline, a lead picture's caption.
  out.tag('<header><h1>');
  out.text(headline);
  out.tag('</h1><p class="standfirst">');
  writeSentences(out, 2, options.storyShare, random);
  out.tag('</p><p class="byline meta">');
  out.text('By ');
  out.tag('<a href="/authors/1">');
  out.text(random.pick(AUTHORS));
  out.tag(`</a> · <time>${time(random)}</time></p></header>`);
  out.tag('<figure><div style="height:220px;background:#ccc"></div><figcaption>');
  writeSentences(out, 1, options.storyShare, random);
  out.tag('</figcaption></figure>');

  // The body: live updates with subheads, paragraphs, pull quotes and inline "related" boxes.
  const articleChars = options.textChars * (1 - COMMENT_SHARE);
  let paragraph = 0;
  while (out.chars < articleChars) {
    if (paragraph % 7 === 0) {
      out.tag(`<section class="update" id="update-${paragraph}"><p class="meta"><time>${time(random)}</time></p><h2>`);
      writeTemplate(out, random.pick(headlines), random);
      out.tag('</h2>');
    }
    out.tag('<p>');
    writeSentences(out, random.int(3, 6), options.storyShare, random);
    out.tag('</p>');
    if (random.chance(0.08)) {
      out.tag('<blockquote class="pull"><p>');
      writeSentences(out, 1, options.storyShare, random);
      out.tag('</p></blockquote>');
    } else if (random.chance(0.05)) {
      out.tag('<aside class="related"><h3>');
      out.text('Read more');
      out.tag('</h3><ul>');
      for (let i = 0; i < 3; i++) {
        out.tag(`<li><a href="/story/${random.int(1000, 99999)}">`);
        writeTemplate(out, random.pick(headlines), random);
        out.tag('</a></li>');
      }
      out.tag('</ul></aside>');
    }
    paragraph++;
    if (paragraph % 7 === 0) out.tag('</section>');
  }
  if (paragraph % 7 !== 0) out.tag('</section>');
  out.tag('</article>');

  // The comment thread.
  out.tag('<section class="comments"><h2>');
  out.text('Comments');
  out.tag('</h2><ol>');
  const commentStory = options.storyShare * COMMENT_STORY_FACTOR;
  while (out.chars < options.textChars) {
    out.tag('<li class="comment"><p class="meta">');
    out.text(`${random.pick(AUTHORS).split(' ')[0]}${random.int(1, 999)} · ${random.int(1, 59)} minutes ago`);
    out.tag('</p><p>');
    const lines = random.int(1, 3);
    for (let i = 0; i < lines; i++) {
      if (i > 0) out.text(' ');
      writeTemplate(out, random.chance(commentStory + 0.3) ? random.pick(comments) : random.pick(FILLER), random);
    }
    out.tag('</p><button type="button">Reply</button></li>');
  }
  out.tag('</ol></section></main>');

  // Sidebars: most read, a newsletter box (a form, which the scanner never reads), more stories.
  out.tag('<aside class="sidebar"><h2>');
  out.text('Most read');
  out.tag('</h2><ol>');
  for (let i = 0; i < 10; i++) {
    out.tag(`<li><a href="/story/${random.int(1000, 99999)}">`);
    writeTemplate(out, random.pick(headlines), random);
    out.tag('</a></li>');
  }
  out.tag('</ol><form class="newsletter"><label>');
  out.text('Get the morning briefing');
  out.tag('<input type="email" placeholder="you@example.com"></label><button>Sign up</button></form><h2>');
  out.text('More from World');
  out.tag('</h2><ul>');
  for (let i = 0; i < 6; i++) {
    out.tag(`<li><a href="/story/${random.int(1000, 99999)}">`);
    writeTemplate(out, random.pick(headlines), random);
    out.tag('</a> <span class="meta">');
    out.text(`${random.int(2, 11)} hours ago`);
    out.tag('</span></li>');
  }
  out.tag('</ul></aside></div><footer><ul>');
  for (const link of FOOTER_LINKS) {
    out.tag(`<li><a href="/${slug(link)}">`);
    out.text(link);
    out.tag('</a></li>');
  }
  out.tag('</ul><p>');
  out.text('© The Meridian. All rights reserved.');
  out.tag('</p></footer></body></html>');
  return { html: out.html(), textChars: out.chars };
}
