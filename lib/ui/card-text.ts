/**
 * The words a card uses, as pure functions: one place for the phrasing the issue asks for ("mentioned by 4 of 5
 * sources", "2 untrusted sources hidden") and for turning fact-base values into text.
 */
import type { EntityKind, Measure } from '../facts/types';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "Mentioned by 4 of 5 sources". When trust hides sources that mention the entity, the count is of trusted
 * sources only, and the line says so rather than let "3 of 4" look like the whole story.
 */
export function coverageText(mentioning: number, trusted: number, hidden: number): string {
  const of = hidden > 0 ? plural(trusted, 'trusted source', 'trusted sources') : plural(trusted, 'source', 'sources');
  return `Mentioned by ${mentioning} of ${of}`;
}

/** "2 untrusted sources hidden"; empty when trust hides nothing. */
export function hiddenText(hidden: number): string {
  return hidden > 0 ? `${plural(hidden, 'untrusted source', 'untrusted sources')} hidden` : '';
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

/** "38", or "at least 38" for a lower bound. */
export function valueText(value: { value: number; atLeast: boolean }): string {
  return value.atLeast ? `at least ${value.value}` : String(value.value);
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
