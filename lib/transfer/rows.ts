/**
 * The reader's rows as an export carries them, checked field by field: an import is data from outside, and one
 * malformed row refuses the whole file (taking half of it would leave the reader guessing what came in).
 * Shared by the popup (which reads the file) and the background (which checks every message again).
 */
import type { AddedSourceRow, DetailsRow, HiddenRow, StoryChoiceRow, TrustRow } from '../store/choices-db';

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
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

export function isTrustRow(v: unknown): v is TrustRow {
  return isObject(v) && isId(v.source) && typeof v.trusted === 'boolean' && (v.changedAt === null || isTime(v.changedAt));
}

export function isDetailsRow(v: unknown): v is DetailsRow {
  return (
    isObject(v) &&
    isId(v.source) &&
    isTime(v.changedAt) &&
    isOptionalText(v.publisher) &&
    isOptionalText(v.title) &&
    (v.url === undefined || isWebAddress(v.url)) &&
    (v.published === undefined || isDate(v.published))
  );
}

export function isStoryChoiceRow(v: unknown): v is StoryChoiceRow {
  return isObject(v) && isId(v.source) && isId(v.story) && isTime(v.changedAt);
}

export function isHiddenRow(v: unknown): v is HiddenRow {
  return isObject(v) && isId(v.source) && isTime(v.hiddenAt) && isOptionalText(v.label);
}

export function isAddedRow(v: unknown, maxText: number): v is AddedSourceRow {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    ADDED_ID.test(v.id) &&
    typeof v.text === 'string' &&
    v.text.length <= maxText &&
    isTextOrNull(v.origin) &&
    (v.url === null || isWebAddress(v.url)) &&
    isTextOrNull(v.title) &&
    isTextOrNull(v.publisher) &&
    (v.published === null || isDate(v.published)) &&
    isTime(v.addedAt)
  );
}

/** Of two versions of one choice, the later one wins; a choice without a time (carried from release 1) is oldest. */
export function isNewer(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ? Date.parse(a) : -Infinity) > (b ? Date.parse(b) : -Infinity);
}
