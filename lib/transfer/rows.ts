/**
 * The reader's rows as an export carries them, checked field by field: an import is data from outside, and one
 * malformed row refuses the whole file (taking half of it would leave the reader guessing what came in).
 * Shared by the popup (which reads the file) and the background (which checks every message again).
 */
import type { AddedSourceRow, DetailsRow, HiddenRow, StoryChoiceRow, TrustRow } from '../store/choices-db';
import { shaped } from '../store/shape';

/** Ids, labels and details are short; an article's text is checked apart (MAX_ARTICLE_CHARS). */
const MAX_FIELD = 2_048;
const isText = (v: unknown, max = MAX_FIELD): v is string => typeof v === 'string' && v.length <= max;
const isTextOrNull = (v: unknown): boolean => v === null || isText(v);
const isOptionalText = (v: unknown): boolean => v === undefined || isText(v);
const isId = (v: unknown): v is string => isText(v, 200) && v.trim() !== '';
const isTime = (v: unknown): boolean => isText(v, 40) && !Number.isNaN(Date.parse(v));
const isDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isWebAddress = (v: unknown): boolean => typeof v === 'string' && v.length <= MAX_FIELD && /^https?:\/\//i.test(v) && URL.canParse(v);

/** Ids of added sources: what lib/adding/draft.ts makes, so an imported one can never pass for a bundled one. */
export const ADDED_ID = /^added-[a-z0-9-]{1,190}$/;

export const isTrustRow = shaped<TrustRow>({
  source: isId,
  trusted: (v) => typeof v === 'boolean',
  changedAt: (v) => v === null || isTime(v),
});

export const isDetailsRow = shaped<DetailsRow>({
  source: isId,
  changedAt: isTime,
  publisher: isOptionalText,
  title: isOptionalText,
  url: (v) => v === undefined || isWebAddress(v),
  published: (v) => v === undefined || isDate(v),
});

export const isStoryChoiceRow = shaped<StoryChoiceRow>({ source: isId, story: isId, changedAt: isTime });

export const isHiddenRow = shaped<HiddenRow>({ source: isId, hiddenAt: isTime, label: isOptionalText });

export function isAddedRow(v: unknown, maxText: number): v is AddedSourceRow {
  return shaped<AddedSourceRow>({
    id: (id) => typeof id === 'string' && ADDED_ID.test(id),
    text: (text) => typeof text === 'string' && text.length <= maxText,
    origin: isTextOrNull,
    url: (url) => url === null || isWebAddress(url),
    title: isTextOrNull,
    publisher: isTextOrNull,
    published: (p) => p === null || isDate(p),
    addedAt: isTime,
  })(v);
}

/** Of two versions of one choice, the later one wins; a choice without a time (carried from release 1) is oldest. */
export function isNewer(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ? Date.parse(a) : -Infinity) > (b ? Date.parse(b) : -Infinity);
}
