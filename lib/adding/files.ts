/**
 * Files and pasted text as article drafts, in the popup before anything is sent: `.txt`, `.md` and `.html`. Bytes
 * are decoded as the CLI decodes them (lib/facts/decode.ts: UTF-8, or UTF-16 with a byte-order mark); damaged bytes,
 * an empty or binary file and one far too large are refused here with a sentence naming the file, and nothing is
 * stored. A text file's first line is its headline when it has no sentence end.
 */
import { decodeText } from '../facts/decode';
import { isHeadingLike } from '../facts/clean';
import { MAX_ARTICLE_CHARS, assertReadable, ArticleError } from '../facts/validate';
import { PASTED, type ArticleDraft } from './draft';
import { readPageArticle, type ReadabilityClass } from './page-article';

/** The files the popup's file input takes. */
export const ARTICLE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** UTF-16 takes two bytes a character: a file above this cannot hold an article the pipeline accepts. */
export const MAX_FILE_BYTES = 4 * MAX_ARTICLE_CHARS;

export type FileDraft = { draft: ArticleDraft } | { refused: string };

/** What the popup needs to read an .html file: a parser (DOMParser in a page) and Readability. */
export interface HtmlReader {
  parse(html: string): Document;
  Readability: ReadabilityClass;
}

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The draft of one file, or why it cannot be added. */
export function draftFromFile(name: string, bytes: Uint8Array, html: HtmlReader): FileDraft {
  const kind = /\.html?$/i.test(name) ? 'html' : /\.(md|markdown)$/i.test(name) ? 'markdown' : /\.txt$/i.test(name) ? 'text' : null;
  if (kind === null) return { refused: `“${name}” is not a .txt, .md or .html file.` };
  if (bytes.length === 0) return { refused: `“${name}” is empty: there is no text to read.` };
  if (bytes.length > MAX_FILE_BYTES) {
    return { refused: `“${name}” is ${megabytes(bytes.length)}: too large for an article (the most is ${MAX_ARTICLE_CHARS / 1_000_000} million characters).` };
  }
  const { text, encoding, invalid } = decodeText(bytes);
  if (invalid > 0) {
    return {
      refused: `“${name}” is not valid ${encoding.toUpperCase()} text (${invalid} damaged byte sequence${invalid === 1 ? '' : 's'}), or not a text file at all. Save it as UTF-8 text and add it again.`,
    };
  }
  if (kind === 'html') {
    const page = readPageArticle(html.parse(text), html.Readability, name);
    return 'article' in page ? checked(name, page.article) : { refused: `“${name}”: ${page.none}` };
  }
  const plain = kind === 'markdown' ? markdownText(text) : text;
  return checked(name, { text: plain, title: headlineOf(plain), origin: name });
}

/** Pasted text as a draft; refused when it cannot be an article. */
export function draftFromPaste(text: string): FileDraft {
  return checked('The pasted text', { text, title: headlineOf(text), origin: PASTED });
}

function checked(name: string, draft: ArticleDraft): FileDraft {
  try {
    assertReadable(name, draft.text);
  } catch (error) {
    if (error instanceof ArticleError) return { refused: error.message.replace(/^Article "([^"]*)"/, '“$1”') };
    throw error;
  }
  return { draft };
}

/** The first line, when it reads as a headline (no sentence end, not too long: lib/facts/clean.ts). */
export function headlineOf(text: string): string | null {
  const first = /^\s*([^\r\n]+)/.exec(text)?.[1]?.trim() ?? '';
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // A text of one line is all body, even when it has no full stop.
  return first !== '' && lines.length > 1 && isHeadingLike(first, true) ? first : null;
}

/** Markdown as plain text: heading marks, emphasis, links and list bullets go; the words stay in their lines. */
export function markdownText(md: string): string {
  return md
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line))
    .join('\n');
}
