/**
 * An article the reader is about to add, as the popup hands it over: its text and whatever the page, file or
 * paste said about it. The background gives it an id and keeps it as the build's input (lib/store/added.ts).
 */
import { fnv1a64 } from '../facts/hash';
import type { ArticleInput } from '../facts/types';
import { normalizeForComparison } from '../facts/validate';
import { normalizeText } from '../match/normalize';
import type { AddedSourceRow } from '../store/choices-db';

export interface ArticleDraft {
  text: string;
  /** The headline, where the page or file gives one apart from the text. */
  title?: string | null;
  /** The outlet (a page's og:site_name or JSON-LD publisher). */
  publisher?: string | null;
  /** ISO date (YYYY-MM-DD). */
  published?: string | null;
  /** The original's address: the page's canonical link, else its own. */
  url?: string | null;
  /** Where it came from: the page's address, a file name, or "pasted". */
  origin?: string | null;
}

/** Words of a name kept in an id: enough to tell two added sources apart by eye in a database viewer. */
const ID_WORDS = 6;
/** Characters of the text's hash in an id: 8 hex digits, so two different texts practically never share one. */
const ID_HASH_CHARS = 8;

/**
 * The id of an added source: "added-", a few words of its headline (or file name, or address), and a hash of its
 * text, so the same article added twice gets the same id. Ids become story and entity ids and highlight names, so
 * they hold only [a-z0-9-].
 */
export function addedSourceId(draft: ArticleDraft): string {
  const name = draft.title ?? fileStem(draft.origin) ?? draft.text.slice(0, 80);
  const words = normalizeText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, ID_WORDS);
  const hash = fnv1a64(normalizeForComparison(draft.text)).slice(0, ID_HASH_CHARS);
  return ['added', ...words, hash].join('-');
}

/** A file name's stem ("report.txt" → "report"); null for addresses and pastes, which name nothing useful. */
function fileStem(origin: string | null | undefined): string | null {
  if (!origin || origin === PASTED || /^[a-z]+:\/\//i.test(origin)) return null;
  return origin.replace(/\.[a-z0-9]+$/i, '');
}

/** The origin of pasted text. */
export const PASTED = 'pasted';

/** The row stored for `draft` under `id`. */
export function addedRow(id: string, draft: ArticleDraft, now = new Date()): AddedSourceRow {
  return {
    id,
    text: draft.text,
    origin: draft.origin ?? null,
    url: draft.url ?? null,
    title: draft.title ?? null,
    publisher: draft.publisher ?? null,
    published: draft.published ?? null,
    addedAt: now.toISOString(),
  };
}

/** The build's input for `draft`, as lib/store/added.ts buildInputs makes it from the stored row. */
export function draftInput(id: string, draft: ArticleDraft): ArticleInput {
  return {
    id,
    text: draft.text,
    origin: draft.url ?? draft.origin ?? undefined,
    title: draft.title ?? null,
    publisher: draft.publisher ?? null,
    published: draft.published ?? null,
  };
}
