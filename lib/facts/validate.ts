/**
 * Gatekeeper for articles entering the pipeline. A bad article is rejected with an `ArticleError` a reader can
 * act on; it never reaches cleaning, so it can neither crash the build nor poison the other sources.
 */
import { fingerprint, nearDuplicates, type Fingerprint } from './near-duplicate';
import type { ArticleProblemCode } from './types';

/**
 * 2,000,000 characters of text. The longest news features run to about 15,000 words, roughly 100 KB; the five
 * bundled articles are 2–4 KB each. Twenty times the longest real article still builds in about a second
 * (1.9 MB measured at 0.7–0.9 s in Node on the 2-core dev machine), while a 5 MB paste (a whole site dump, a
 * log file) is not an article and would bloat IndexedDB.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Above 5% control or U+FFFD replacement characters the text is not prose. Real articles have none; a page with
 * a few mis-decoded quotes has well under 1%; a binary file read as text has far more.
 */
export const MAX_JUNK_SHARE = 0.05;

export class ArticleError extends Error {
  constructor(
    readonly code: ArticleProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** Tab, line feed and carriage return are ordinary text; every other C0/C1 control character is junk. */
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;

/** Case, whitespace, dashes, quotes and Unicode forms do not make an article different. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Throws an `ArticleError` when `text` cannot be a news article. Checks run cheapest first: the size check is
 * O(1), so a 5 MB paste is refused before anything scans it.
 */
export function assertReadable(id: string, text: string): void {
  if (text.length > MAX_ARTICLE_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    throw new ArticleError(
      'too-large',
      `Article "${id}" has ${mb} million characters; an article may have at most ${MAX_ARTICLE_CHARS / 1_000_000} million. Paste the article itself, not the whole page or file.`,
    );
  }
  if (text.trim() === '') {
    throw new ArticleError('empty', `Article "${id}" is empty: there is no text to read.`);
  }
  if (text.includes('\u0000')) {
    throw new ArticleError('binary', `Article "${id}" contains NUL bytes: it looks like a binary file, not text.`);
  }
  const junk = text.match(JUNK)?.length ?? 0;
  if (junk / text.length > MAX_JUNK_SHARE) {
    const pct = Math.round((100 * junk) / text.length);
    throw new ArticleError(
      'binary',
      `Article "${id}" is ${pct}% control or unreadable characters: it looks like binary data or a wrongly decoded file.`,
    );
  }
}

/**
 * Remembers the articles accepted so far so a second copy is refused, whatever its id: the same text after
 * normalization, or a damaged copy (near-duplicate.ts), whose figures would otherwise count twice.
 */
export class DuplicateGuard {
  private readonly byText = new Map<string, string>();
  private readonly prints: { id: string; print: Fingerprint }[] = [];
  private readonly ids = new Set<string>();

  /** Throws when `id` or the normalized `text` was already accepted; otherwise records both. */
  admit(id: string, text: string): void {
    if (this.ids.has(id)) {
      throw new ArticleError('duplicate', `Article id "${id}" is used twice; each source needs its own id.`);
    }
    const key = normalizeForComparison(text);
    const print = fingerprint(key);
    const earlier = this.copyOf(key, print);
    if (earlier?.exact) {
      throw new ArticleError('duplicate', `Article "${id}" has the same text as "${earlier.id}"; it is kept once.`);
    }
    if (earlier) {
      throw new ArticleError(
        'duplicate',
        `Article "${id}" is a copy of "${earlier.id}" with a few characters damaged or changed; it is kept once.`,
      );
    }
    this.ids.add(id);
    this.byText.set(key, id);
    this.prints.push({ id, print });
  }

  /** The id of the accepted article `text` repeats (exactly, or as a damaged copy), or null. Records nothing. */
  duplicateOf(text: string): { id: string; exact: boolean } | null {
    const key = normalizeForComparison(text);
    return this.copyOf(key, fingerprint(key));
  }

  private copyOf(key: string, print: Fingerprint): { id: string; exact: boolean } | null {
    const earlier = this.byText.get(key);
    if (earlier !== undefined) return { id: earlier, exact: true };
    const near = this.prints.find((p) => nearDuplicates(p.print, print));
    return near ? { id: near.id, exact: false } : null;
  }
}
