/**
 * Is a row read from the fact base shaped as the pipeline writes it? IndexedDB keeps whatever was put, and a
 * damaged or tampered store can hold a claim whose `entities` is null; everything that reads rows checks them here
 * first, so a bad row is left out and reported instead of failing a search with "Cannot read properties of null".
 */
import type { Claim, Entity, Figure, Source, Story } from '../facts/types';

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isListOf = (v: unknown, item: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(item);

export function isSource(v: unknown): v is Source {
  return (
    isObject(v) &&
    isString(v.id) &&
    isStringOrNull(v.title) &&
    isStringOrNull(v.publisher) &&
    isStringOrNull(v.published) &&
    isString(v.label) &&
    isStringOrNull(v.origin) &&
    isString(v.text) &&
    isCount(v.claimCount)
  );
}

export function isStory(v: unknown): v is Story {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.name) &&
    (v.origin === 'catalog' || v.origin === 'discovered') &&
    isStrings(v.sources) &&
    isStrings(v.entities)
  );
}

export function isEntity(v: unknown): v is Entity {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.name) &&
    isString(v.kind) &&
    isString(v.description) &&
    isStrings(v.aliases) &&
    isStrings(v.phrases) &&
    isStrings(v.sources)
  );
}

const isSpan = (v: unknown): boolean => isObject(v) && isString(v.entity) && isCount(v.start) && isCount(v.end);

export function isClaim(v: unknown): v is Claim {
  return (
    isObject(v) &&
    isString(v.id) &&
    isString(v.source) &&
    isCount(v.index) &&
    isCount(v.start) &&
    isCount(v.end) &&
    isString(v.text) &&
    isStrings(v.entities) &&
    isListOf(v.mentions, isSpan)
  );
}

const isQuote = (v: unknown): boolean =>
  isObject(v) && isString(v.source) && isString(v.claim) && isString(v.text) && typeof v.atLeast === 'boolean';

const isFigureValue = (v: unknown): boolean =>
  isObject(v) &&
  typeof v.value === 'number' &&
  isStrings(v.sources) &&
  isString(v.text) &&
  isStrings(v.claims) &&
  typeof v.atLeast === 'boolean' &&
  isListOf(v.quotes, isQuote);

export function isFigure(v: unknown): v is Figure {
  return isObject(v) && isString(v.entity) && isString(v.measure) && isListOf(v.values, isFigureValue) && isStrings(v.conflicts);
}

export const ROW_CHECKS = { sources: isSource, stories: isStory, entities: isEntity, claims: isClaim, figures: isFigure } as const;
export type FactTable = keyof typeof ROW_CHECKS;

/** The rows that pass, and how many of each table did not. */
export function wellFormed<T>(table: FactTable, rows: readonly unknown[], bad: Partial<Record<FactTable, number>>): T[] {
  const check = ROW_CHECKS[table] as (v: unknown) => boolean;
  const kept = rows.filter(check) as T[];
  if (kept.length < rows.length) bad[table] = (bad[table] ?? 0) + rows.length - kept.length;
  return kept;
}
