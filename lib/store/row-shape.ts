/**
 * Is a row read from the fact base shaped as the pipeline writes it? IndexedDB keeps whatever was put, and a
 * damaged or tampered store can hold a claim whose `entities` is null; everything that reads rows checks them here
 * first, so a bad row is left out and reported instead of failing a search with "Cannot read properties of null".
 */
import type { Claim, Entity, Figure, Source, Story } from '../facts/types';
import { isListOf, shaped } from './shape';

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isBoolean = (v: unknown): boolean => typeof v === 'boolean';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): boolean => isListOf(v, isString);

export const isSource = shaped<Source>({
  id: isString,
  title: isStringOrNull,
  publisher: isStringOrNull,
  published: isStringOrNull,
  label: isString,
  origin: isStringOrNull,
  text: isString,
  claimCount: isCount,
});

export const isStory = shaped<Story>({
  id: isString,
  name: isString,
  origin: (v) => v === 'catalog' || v === 'discovered',
  sources: isStrings,
  entities: isStrings,
});

export const isEntity = shaped<Entity>({
  id: isString,
  name: isString,
  kind: isString,
  description: isString,
  aliases: isStrings,
  phrases: isStrings,
  sources: isStrings,
});

const isSpan = shaped<Claim['mentions'][number]>({ entity: isString, start: isCount, end: isCount });

export const isClaim = shaped<Claim>({
  id: isString,
  source: isString,
  index: isCount,
  start: isCount,
  end: isCount,
  text: isString,
  entities: isStrings,
  mentions: (v) => isListOf(v, isSpan),
});

type FigureValue = Figure['values'][number];

const isQuote = shaped<FigureValue['quotes'][number]>({ source: isString, claim: isString, text: isString, atLeast: isBoolean });

const isFigureValue = shaped<FigureValue>({
  value: (v) => typeof v === 'number',
  sources: isStrings,
  text: isString,
  claims: isStrings,
  atLeast: isBoolean,
  quotes: (v) => isListOf(v, isQuote),
});

export const isFigure = shaped<Figure>({
  entity: isString,
  measure: isString,
  values: (v) => isListOf(v, isFigureValue),
  conflicts: isStrings,
});

export const ROW_CHECKS = { sources: isSource, stories: isStory, entities: isEntity, claims: isClaim, figures: isFigure } as const;
export type FactTable = keyof typeof ROW_CHECKS;

/** The rows that pass, and how many of each table did not. */
export function wellFormed<T>(table: FactTable, rows: readonly unknown[], bad: Partial<Record<FactTable, number>>): T[] {
  const check = ROW_CHECKS[table] as (v: unknown) => boolean;
  const kept = rows.filter(check) as T[];
  if (kept.length < rows.length) bad[table] = (bad[table] ?? 0) + rows.length - kept.length;
  return kept;
}
