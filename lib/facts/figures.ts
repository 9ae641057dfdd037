/**
 * Collects the numbers sources give for the same measure (killed, survivors, on board, …) and flags where they
 * disagree or do not add up. A figure value is one number with every source that gave it and the words each used.
 */
import type { LinkedClaim } from './claims';
import { crewAfter, findNumber } from './number-text';
import type { Figure, FigureQuote, FigureSum, FigureValue, Measure } from './types';

/** Which catalog figure entity holds which measure. */
export const MEASURE_OF_ENTITY: Readonly<Record<string, Measure>> = {
  death_toll: 'killed',
  survivors: 'survivors',
  on_board: 'on_board',
};

const MEASURE_WORDS: Record<Measure, string> = { killed: 'killed', survivors: 'survivors', on_board: 'on board', injured: 'injured', missing: 'missing' };

/** The measures in the order figures are listed; others follow in the order met. */
const MEASURE_ORDER: readonly Measure[] = ['killed', 'survivors', 'on_board', 'injured', 'missing'];

/** Which measure an entity's figures count; the catalog's three by default. */
export type MeasureOf = (entity: string) => Measure | undefined;
const catalogMeasure: MeasureOf = (entity) => MEASURE_OF_ENTITY[entity];

export interface FigureOptions {
  measureOf?: MeasureOf;
  /** The story the claims belong to; figures are only ever compared within one. */
  story?: string;
}

/** Words that make a number a lower bound: "at least 38 people dead", "more than 60 passengers". */
const BOUND_WORDS = /\b(?:at least|more than|over|upwards of|no fewer than|a minimum of)\b/i;
/** The same words just before a phrase that left them out. */
const LOWER_BOUND = new RegExp(`${BOUND_WORDS.source}\\s+$`, 'i');

/** Enough of a source's label to recognise it in a one-line note. */
const LABEL_WORDS = 5;

/** Up to this many sources are named in a note; a value more sources give is credited by count. */
const NAMED_SOURCES = 2;

function shortLabel(label: string): string {
  const words = label.replace(/\u2026$/, '').split(/\s+/);
  return words.length > LABEL_WORDS ? `${words.slice(0, LABEL_WORDS).join(' ')}\u2026` : label;
}

/** "at least 38 (4 sources)", "28 (Latin Times)". */
function valueNote(v: FigureValue, labels: ReadonlyMap<string, string>): string {
  const who =
    v.sources.length > NAMED_SOURCES
      ? `${v.sources.length} sources`
      : v.sources.map((s) => shortLabel(labels.get(s) ?? s)).join('; ');
  return `${v.atLeast ? 'at least ' : ''}${v.value} (${who})`;
}

/** Every figure mention of every claim, grouped by measure and value, in source order. */
function gather(claims: readonly LinkedClaim[], measureOf: MeasureOf): Map<string, Map<number, FigureQuote[]>> {
  const byEntity = new Map<string, Map<number, FigureQuote[]>>();
  for (const { claim, mentions } of claims) {
    for (const m of mentions) {
      if (m.number === undefined || measureOf(m.entity) === undefined) continue;
      const before = claim.text.slice(0, m.start);
      const bound = LOWER_BOUND.exec(before);
      let text = (bound ? bound[0] : '') + claim.text.slice(m.start, m.end);
      let value = m.number;
      // "62 passengers and five crew members": everyone on board is 67, not 62.
      const crew = measureOf(m.entity) === 'on_board' && !/\bcrew\b/i.test(text) ? crewAfter(claim.text.slice(m.end)) : null;
      if (crew) {
        text += claim.text.slice(m.end, m.end + crew.length);
        value += crew.value;
      }
      // Catalog phrases may hold the bound themselves ("claimed [at least] {n} lives"): look up to the number.
      const number = findNumber(text, m.number);
      const quote: FigureQuote = {
        source: claim.source,
        claim: claim.id,
        text,
        atLeast: BOUND_WORDS.test(number ? text.slice(0, number.start) : text),
      };
      let values = byEntity.get(m.entity);
      if (!values) byEntity.set(m.entity, (values = new Map()));
      const quotes = values.get(value) ?? [];
      // One quote per source and claim: a sentence that repeats its number adds no second witness.
      if (!quotes.some((q) => q.claim === quote.claim)) quotes.push(quote);
      values.set(value, quotes);
    }
  }
  return byEntity;
}

function toValue(value: number, quotes: FigureQuote[]): FigureValue {
  const exact = quotes.filter((q) => !q.atLeast);
  return {
    value,
    sources: [...new Set(quotes.map((q) => q.source))],
    // The phrase of the first source that states the number exactly, else the first that gives it at all.
    text: (exact[0] ?? quotes[0]!).text,
    claims: quotes.map((q) => q.claim),
    // A lower bound only when no source states the number as exact.
    atLeast: exact.length === 0,
    quotes,
  };
}

/** Whether two values of one measure can both be true: equal counts, two bounds, or a count above a bound. */
function compatible(a: FigureValue, b: FigureValue): boolean {
  if (a.atLeast && b.atLeast) return true;
  if (!a.atLeast && !b.atLeast) return a.value === b.value;
  const [bound, count] = a.atLeast ? [a, b] : [b, a];
  return count.value >= bound.value;
}

/** Notes for the values of one measure that cannot all be true. */
function disagreements(measure: Measure, values: FigureValue[], labels: ReadonlyMap<string, string>): string[] {
  const notes: string[] = [];
  values.forEach((a, i) => {
    for (const b of values.slice(i + 1)) {
      if (compatible(a, b)) continue;
      notes.push(`Sources disagree on ${MEASURE_WORDS[measure] ?? measure.replace(/_/g, ' ')}: ${valueNote(a, labels)} vs ${valueNote(b, labels)}.`);
    }
  });
  return notes;
}

/**
 * Killed plus survivors should equal the people on board. Every combination of values is checked; a lower
 * bound only clashes when even the bounds exceed the total.
 */
function sums(figures: Map<Measure, Figure>): FigureSum[] {
  const killed = figures.get('killed')?.values ?? [];
  const survivors = figures.get('survivors')?.values ?? [];
  const onBoard = figures.get('on_board')?.values ?? [];
  const out: FigureSum[] = [];
  for (const k of killed) {
    for (const s of survivors) {
      for (const b of onBoard) {
        const total = k.value + s.value;
        const exact = !k.atLeast && !s.atLeast && !b.atLeast;
        if (exact ? total === b.value : total <= b.value || b.atLeast) continue;
        out.push({
          killed: k.value,
          survivors: s.value,
          onBoard: b.value,
          sources: { killed: [...k.sources], survivors: [...s.sources], onBoard: [...b.sources] },
        });
      }
    }
  }
  return out;
}

/** The note for a sum that does not add up; who gave which number is listed beside the figure already. */
export function sumNote(sum: Pick<FigureSum, 'killed' | 'survivors' | 'onBoard'>): string {
  const total = sum.killed + sum.survivors;
  return `The numbers do not add up: ${sum.killed} killed + ${sum.survivors} survivors = ${total}, but ${sum.onBoard} on board.`;
}

/**
 * Figures of the fact base, one per measure that any source gives a number for. `labels` maps source ids to
 * what readers call them, for the conflict notes.
 */
export function collectFigures(
  claims: readonly LinkedClaim[],
  labels: ReadonlyMap<string, string>,
  { measureOf = catalogMeasure, story = '' }: FigureOptions = {},
): Figure[] {
  const byMeasure = new Map<Measure, Figure>();
  for (const [entity, values] of gather(claims, measureOf)) {
    const measure = measureOf(entity)!;
    const list = [...values].map(([value, quotes]) => toValue(value, quotes));
    // Most-cited first, so a card leads with the number most sources give.
    list.sort((a, b) => b.sources.length - a.sources.length || a.value - b.value);
    byMeasure.set(measure, { entity, story, measure, values: list, conflicts: disagreements(measure, list, labels), sums: [] });
  }
  const mismatches = sums(byMeasure);
  for (const measure of ['killed', 'survivors', 'on_board'] as const) {
    const figure = byMeasure.get(measure);
    if (!figure) continue;
    figure.conflicts.push(...mismatches.map(sumNote));
    figure.sums = mismatches.map((m) => ({ ...m, sources: { ...m.sources } }));
  }
  const order = [...MEASURE_ORDER, ...[...byMeasure.keys()].filter((m) => !MEASURE_ORDER.includes(m))];
  return order.flatMap((m) => byMeasure.get(m) ?? []);
}
