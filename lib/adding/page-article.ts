/**
 * The article of a web page, as "Add this page" takes it: @mozilla/readability finds the article (the reader view
 * Firefox uses), run on a clone of the document because its `parse()` takes apart the tree it is given; the
 * headline, outlet, date and address come from the page's metadata (page-metadata.ts). Only the text is kept.
 * Runs in the page (entrypoints/page-article.ts, injected only when the reader asks) and on parsed .html files.
 */
import type { Readability } from '@mozilla/readability';
import type { ArticleDraft } from './draft';
import { articleText, textBlocks } from './block-text';
import { isoDate, pageMetadata } from './page-metadata';

/** Fewer words than this is not an article: a cookie wall, a front page's teaser, an error page. */
export const MIN_ARTICLE_WORDS = 40;

export type ReadabilityClass = typeof Readability<Node>;

export type PageArticle = { article: ArticleDraft } | { none: string };

export const NO_ARTICLE =
  'Sourcelight found no article on this page. Open the article itself (not a front page or a list of stories), or paste its text.';

/** The article of `doc`, or why there is none. `origin` is the page's address (or a file's name). */
export function readPageArticle(doc: Document, ReadabilityOf: ReadabilityClass, origin: string): PageArticle {
  const meta = pageMetadata(doc);
  const parsed = new ReadabilityOf(doc.cloneNode(true) as Document, { serializer: (node: Node) => node }).parse();
  const content = parsed?.content;
  if (!content) return { none: NO_ARTICLE };
  const title = meta.title ?? (parsed.title?.trim() || null);
  const blocks = textBlocks(content);
  const words = blocks.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) return { none: NO_ARTICLE };
  return {
    article: {
      text: articleText(title, blocks),
      title,
      publisher: meta.publisher ?? (parsed.siteName?.trim() || null),
      published: meta.published ?? isoDate(parsed.publishedTime),
      url: meta.url,
      origin,
    },
  };
}
