/**
 * The words a card uses, as pure functions: one place for the phrasing cards use ("4 of 5 sources · not
 * in: …", "+2 sources alike", "This page: 29 survivors · sources: 28 (1 of 5), no number (4)") and for turning
 * fact-base values into text.
 */
import type { CardFigure, CardSum, FigureVerdict, SummaryLine } from '../cards/card';
import type { EntityKind, Measure } from '../facts/types';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Names in the coverage line are shorter than a line's source: two of them share its one line. */
export const COVERAGE_NAME_CHARS = 24;

/** Names listed in one line before the rest are counted: "A, B and 2 more" (source names run to half a line). */
const NAMES_SHOWN = 2;

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function nameList(names: readonly string[], shown = NAMES_SHOWN): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/**
 * "4 of 5 sources · not in: Latin Times". When trust hides sources that mention the entity, the count is of
 * trusted sources only and the line says so, rather than let "3 of 4" look like the whole story.
 */
export function coverageText(mentioning: number, trusted: number, hidden: number, silent: readonly string[]): string {
  const of = hidden > 0 ? plural(trusted, 'trusted source', 'trusted sources') : plural(trusted, 'source', 'sources');
  const parts = [`${mentioning} of ${of}`];
  if (silent.length > 0) parts.push(`not in: ${nameList(silent)}`);
  if (hidden > 0) parts.push(hiddenText(hidden));
  return parts.join(' · ');
}

/** "Story: Flight 781" when the fact base holds several stories; empty when it holds one. */
export function storyText(stories: readonly { name: string }[], storyCount: number): string {
  if (storyCount <= 1 || stories.length === 0) return '';
  return `${stories.length === 1 ? 'Story' : 'Stories'}: ${stories.map((s) => s.name).join(', ')}`;
}

/** "2 untrusted sources hidden"; empty when trust hides nothing. */
export function hiddenText(hidden: number): string {
  return hidden > 0 ? `${plural(hidden, 'untrusted source', 'untrusted sources')} hidden` : '';
}

/** "+2 sources alike" after a line that other sources say too. */
export function alikeText(count: number): string {
  return count > 0 ? `+${plural(count, 'source', 'sources')} alike` : '';
}

/**
 * How sure, in the source's own word where it says more than the stance: "suspects “likely”", "denies “stopped
 * short of”", "reports “confirmed”"; plain "reports" for "said", "according to"; "states".
 */
export function stanceText(line: Pick<SummaryLine, 'stance' | 'cue'>): string {
  const telling = line.stance === 'suspects' || line.stance === 'denies' || (line.stance === 'reports' && /^(?:confirmed|acknowledged|insisted|warned)$/i.test(line.cue ?? ''));
  return telling && line.cue ? `${line.stance} \u201C${line.cue}\u201D` : line.stance;
}

/** "per the Kremlin": on whose word a line rests. */
export function attributionText(attribution: string): string {
  return `per ${attribution}`;
}

/** The closing line naming sources not given a line of their own. */
export function alsoInText(kind: 'passing' | 'headline' | 'more'): string {
  return kind === 'passing' ? 'In passing:' : kind === 'headline' ? 'Only in a headline:' : 'Also in:';
}

/** "All 23 claims" / "1 claim". */
export function allClaimsText(count: number): string {
  return count === 1 ? 'The 1 claim' : `All ${count} claims`;
}

const KIND: Record<EntityKind, string> = {
  flight: 'Flight',
  organization: 'Organisation',
  aircraft: 'Aircraft',
  place: 'Place',
  person: 'Person',
  statement: 'Statement',
  military: 'Military',
  event: 'Event',
  investigation: 'Investigation',
  figure: 'Figure',
  report: 'Report',
};

export function kindText(kind: EntityKind): string {
  return KIND[kind] ?? kind;
}

const MEASURE: Record<Measure, string> = {
  killed: 'Killed',
  survivors: 'Survivors',
  on_board: 'On board',
};

export function measureText(measure: Measure): string {
  return MEASURE[measure] ?? measure;
}

/** A measure after a number: "29 survivors", "38 killed", "67 on board". */
const MEASURE_AFTER: Record<Measure, string> = { killed: 'killed', survivors: 'survivors', on_board: 'on board' };

/** "38", or "at least 38" for a lower bound. */
export function valueText(value: { value: number; atLeast: boolean }): string {
  return value.atLeast ? `at least ${value.value}` : String(value.value);
}

/** One verdict per figure: "38 · 4 sources agree (2 say “at least”)", "28 · one source only", "28–29 · sources differ". */
export function verdictText(verdict: FigureVerdict): string {
  switch (verdict.kind) {
    case 'agree': {
      const bounds = verdict.bounds > 0 && !verdict.atLeast ? ` (${verdict.bounds} say \u201Cat least\u201D)` : '';
      return `${valueText(verdict)} \u00B7 ${verdict.sources} sources agree${bounds}`;
    }
    case 'single':
      return `${valueText(verdict)} \u00B7 one source only`;
    case 'differ':
      return `${verdict.low}\u2013${verdict.high} \u00B7 sources differ`;
  }
}

/**
 * Each value trusted sources give, with how many give it, in the order given: "at least" kept only where every
 * source giving the number bounds it ("at least 38" and "38" count as 38).
 */
function valueCounts(figure: Pick<CardFigure, 'bySource'> | undefined): { text: string; sources: number }[] {
  const byValue = new Map<number, { atLeast: boolean; sources: Set<string> }>();
  for (const row of figure?.bySource ?? []) {
    const seen = byValue.get(row.value) ?? { atLeast: true, sources: new Set<string>() };
    seen.atLeast &&= row.atLeast;
    seen.sources.add(row.source);
    byValue.set(row.value, seen);
  }
  return [...byValue].map(([value, { atLeast, sources }]) => ({ text: valueText({ value, atLeast }), sources: sources.size }));
}

/** "28 (1), 29 (1)": each value with how many trusted sources give it, for a figure whose sources differ. */
export function valuesText(figure: Pick<CardFigure, 'bySource'>): string {
  return valueCounts(figure).map((v) => `${v.text} (${v.sources})`).join(', ');
}

/** "Does not add up: 38 killed + 28 survivors = 66, but 67 on board." */
export function sumText(sum: CardSum): string {
  return `Does not add up: ${sum.killed} killed + ${sum.survivors} survivors = ${sum.killed + sum.survivors}, but ${sum.onBoard} on board.`;
}

/** The number the marked text on the page carries: "29 survivors". */
export interface PageFigure {
  measure: Measure;
  value: number;
}

/**
 * "This page: 29 survivors · sources: 28 (1 of 5), no number (4)": the page's own number beside what trusted
 * sources give, each value with how many sources give it, and how many give none.
 */
export function pageFigureText(page: PageFigure, figure: Pick<CardFigure, 'bySource'> | undefined, trusted: number): string {
  const giving = new Set((figure?.bySource ?? []).map((r) => r.source)).size;
  const parts = valueCounts(figure).map((v) => `${v.text} (${v.sources} of ${trusted})`);
  if (trusted - giving > 0) parts.push(`no number (${trusted - giving})`);
  return `This page: ${page.value} ${MEASURE_AFTER[page.measure]} \u00B7 sources: ${parts.join(', ') || 'none trusted'}`;
}

/** Whether the page's number is one no trusted source gives. */
export function pageFigureDiffers(page: PageFigure, figure: Pick<CardFigure, 'bySource'> | undefined): boolean {
  return !(figure?.bySource ?? []).some((r) => r.value === page.value);
}

/**
 * An ISO date (YYYY-MM-DD) as a reader writes it, in the browser's language. Read as UTC so the day cannot
 * shift with the reader's time zone; anything unparsable is shown as given.
 */
export function dateText(iso: string, locale?: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
}

/** What the card says once Sourcelight is turned off on the site, and where to turn it back on. */
export function turnedOffText(site: string | undefined): string {
  return `Sourcelight is off on ${site ?? 'this site'}. To turn it back on later, open Sourcelight from the browser's toolbar and switch “On this site”.`;
}
