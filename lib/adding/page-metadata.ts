/**
 * What a news page says about itself in its metadata: its headline, outlet, date and address. Read from the
 * page as it is, never guessed: Open Graph (`og:site_name`, `og:title`), `article:published_time`, a `<time
 * datetime>`, schema.org JSON-LD of a NewsArticle (`headline`, `publisher.name`, `datePublished`) and the
 * canonical link. Plain DOM: the page's own document in the page, a parsed file in the popup, happy-dom in tests.
 */

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string | null;
  /** The canonical address (http or https), else none. */
  url: string | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Blog)?(?:Article|Posting)$/;

const meta = (doc: Document, key: string): string | null => {
  for (const el of doc.querySelectorAll('meta')) {
    if (el.getAttribute('property') === key || el.getAttribute('name') === key) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
};

/** An ISO date from a date-time as pages write it ("2024-12-29T09:30:00+09:00", "2024-12-29"). */
export function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** Every JSON-LD object on the page, @graph members included; a block that does not parse is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      out.push(value as Record<string, unknown>);
      visit((value as { '@graph'?: unknown })['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a malformed block says nothing
    }
  }
  return out;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function isArticle(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function webAddress(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function pageMetadata(doc: Document): PageMetadata {
  const article = jsonLd(doc).find(isArticle);
  const publisher = article?.publisher as { name?: unknown } | undefined;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const base = doc.baseURI || doc.location?.href || 'about:blank';
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const own = doc.location?.href ?? null;
  return {
    title: text(article?.headline) ?? meta(doc, 'og:title') ?? text(doc.querySelector('h1')?.textContent) ?? text(doc.title),
    publisher: meta(doc, 'og:site_name') ?? text(publisher?.name) ?? null,
    published: isoDate(meta(doc, 'article:published_time')) ?? isoDate(text(article?.datePublished)) ?? isoDate(time),
    url: webAddress(canonical, base) ?? webAddress(meta(doc, 'og:url'), base) ?? webAddress(own, base),
  };
}
