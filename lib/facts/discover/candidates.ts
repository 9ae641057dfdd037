/**
 * Candidate names of one article: runs of capitalised words ("Harbour Safety Board", "Ana Ruiz"), split where a
 * run holds more than one name (an operator before its flight, a maker's model after its operator, a title
 * between an organisation and a person), with a title's person typed as one. Whether a candidate becomes an
 * entity is decided later, over the whole story (entities.ts).
 */
import type { CleanArticle } from '../clean';
import { findFlightCodes, MODEL, type FlightCode } from './codes';
import { lexiconTags, type Tags } from './library';
import type { Token } from './tokens';
import {
  COMMON_WORD_TAGS,
  COMPANY_FORMS,
  COUNTRY_ABBREVIATIONS,
  NAME_CONNECTORS,
  ORGANISATION_ENDINGS,
  PLACE_ENDINGS,
  TITLE_QUALIFIERS,
  TITLES,
} from './words';

export type Hint = 'person' | 'aircraft' | 'flight' | null;

export interface Candidate {
  /** The name as written in the cleaned text. */
  name: string;
  start: number;
  end: number;
  words: string[];
  hint: Hint;
  /** The run opens a sentence or clause: its first capital may be grammar, not a name. */
  opensSentence: boolean;
  heading: boolean;
  /** An acronym the article defines right after it: "Harbour Safety Board (HSB)". */
  acronym: string | null;
  /** The library's tags over the candidate's words. */
  tags: Tags;
  flight?: { designator: string | null; number: string; operator: string | null };
}

const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z0-9&]{1,7})\)/;
const bare = (word: string): string => word.toLowerCase().replace(/\.$/, '');
const joins = (t: Token): boolean => t.gap === ' ' || t.gap === '\u00A0';
/** A portfolio's list keeps its commas inside the name: "Ministry of Roads, Ports and Aviation". */
const PORTFOLIO = /^(?:ministry|department|minister|secretary)$/i;
const listContinues = (run: readonly Token[], t: Token): boolean =>
  t.gap === ', ' && PORTFOLIO.test(run[0]?.text ?? '') && run.some((w) => w.text === 'of');

function isTitle(t: Token, tags: ReadonlyMap<number, Tags>): boolean {
  return TITLES.has(bare(t.text)) || (tags.get(t.start)?.has('Honorific') ?? false);
}

/** A country or demonym, alone or with the next word ("South Korean"): generic, never the story's own name. */
function countryWords(run: readonly Token[], i: number): number {
  const one = run[i];
  if (!one) return 0;
  const two = run[i + 1];
  if (two) {
    const pair = lexiconTags(`${one.text} ${two.text}`);
    if (pair.has('Country') || pair.has('Demonym')) return 2;
  }
  const tags = lexiconTags(one.text);
  return tags.has('Country') || tags.has('Demonym') || COUNTRY_ABBREVIATIONS.has(one.text.toLowerCase()) ? 1 : 0;
}

interface Context {
  text: string;
  tags: ReadonlyMap<number, Tags>;
  out: Candidate[];
}

function emit(ctx: Context, run: readonly Token[], hint: Hint, flight?: Candidate['flight']): void {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return;
  const tags = new Set<string>();
  for (const t of run) for (const tag of ctx.tags.get(t.start) ?? []) tags.add(tag);
  ctx.out.push({
    name: ctx.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    words: run.map((t) => t.text),
    hint,
    opensSentence: first.opensSentence,
    heading: first.heading,
    acronym: ACRONYM_AFTER.exec(ctx.text.slice(last.end + (last.possessive ? 2 : 0)))?.[1] ?? null,
    tags,
    ...(flight ? { flight } : {}),
  });
}

/** Splits a run into the names it holds and emits them. */
function split(ctx: Context, run: readonly Token[], hint: Hint = null): void {
  let words = [...run];
  while (words.length > 0 && (NAME_CONNECTORS.has(words[0]!.text.toLowerCase()) || /^an?$/i.test(words[0]!.text))) words.shift();
  while (words.length > 0 && NAME_CONNECTORS.has(words[words.length - 1]!.text.toLowerCase())) words.pop();
  if (words.length === 0) return;

  // A title: the person is what follows it; what precedes it is an organisation or place of its own.
  let title = -1;
  words.forEach((t, i) => {
    if (isTitle(t, ctx.tags)) title = i;
  });
  if (title >= 0) {
    let before = words.slice(0, title);
    while (before.length > 0 && (TITLE_QUALIFIERS.has(bare(before[before.length - 1]!.text)) || isTitle(before[before.length - 1]!, ctx.tags))) before.pop();
    split(ctx, before);
    const after = words.slice(title + 1);
    if (after.length > 0) split(ctx, after, 'person');
    return;
  }

  // A country or demonym before a name qualifies it: "Korean Ministry of …", "U.S. Safety Board".
  // Not when only a generic ending would remain: "Azerbaijan Airlines" is the airline's name.
  for (let n = countryWords(words, 0); n > 0 && words.length > n && words[n]!.cap; n = countryWords(words, 0)) {
    const rest = words.slice(n);
    if (rest.length === 1 && (ORGANISATION_ENDINGS.has(bare(rest[0]!.text)) || PLACE_ENDINGS.has(bare(rest[0]!.text)))) break;
    words = rest;
  }

  // A maker's name and a model number: the model is a name of its own, and so is what precedes it.
  const model = words.findIndex((t, i) => i > 0 && MODEL.test(t.text) && isMaker(words[i - 1]!.text));
  if (model > 0) {
    split(ctx, words.slice(0, model - 1));
    emit(ctx, words.slice(model - 1, model + 1), 'aircraft');
    split(ctx, words.slice(model + 1));
    return;
  }

  while (words.length > 1 && (COMPANY_FORMS.has(bare(words[words.length - 1]!.text)) || /^\d+$/.test(words[words.length - 1]!.text))) words.pop();
  if (words.length === 1 && /^\d/.test(words[0]!.text)) return;
  emit(ctx, words, hint);
}

/** The capitalised runs of `tokens` outside `used`; a possessive ends a run ("Bangkok's Main Airport" is two). */
function runs(tokens: readonly Token[], used: ReadonlySet<number>): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const previous = run[run.length - 1];
    const continues = previous !== undefined && (joins(t) || (t.cap && listContinues(run, t))) && !previous.possessive;
    if (used.has(i)) {
      close();
      continue;
    }
    if (t.cap && !t.digits) {
      if (!continues) close();
      run.push(t);
    } else if (continues && t.digits && MODEL.test(t.text)) {
      run.push(t);
    } else if (continues && NAME_CONNECTORS.has(t.text) && tokens[i + 1]?.cap && joins(tokens[i + 1]!) && !used.has(i + 1)) {
      run.push(t);
    } else if (t.cap && t.digits) {
      close();
    } else {
      close();
    }
  }
  close();
  return out;
}

/** The name just before a flight code that operates it: "Harbour Air Flight 7X 118", "Harbour Air's flight 7X118". */
function operatorBefore(tokens: readonly Token[], at: number): Token[] {
  const run: Token[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!joins(next) || (t.possessive && i !== at - 1)) break;
    if (t.cap && !t.digits) run.unshift(t);
    else if (NAME_CONNECTORS.has(t.text) && run.length > 0 && tokens[i - 1]?.cap) run.unshift(t);
    else break;
  }
  while (run.length > 0 && isTitleLike(run[0]!)) run.shift();
  return run;
}

/** A maker's name before a model number: capitalised, and no month or common word ("December 30", "All 175"). */
function isMaker(word: string): boolean {
  return /^\p{Lu}\p{L}+$/u.test(word) && ![...lexiconTags(word)].some((tag) => COMMON_WORD_TAGS.has(tag));
}

const isTitleLike = (t: Token): boolean => TITLES.has(bare(t.text)) || TITLE_QUALIFIERS.has(bare(t.text)) || /^the$/i.test(t.text);

export function findCandidates(cleaned: CleanArticle, tokens: readonly Token[], tags: ReadonlyMap<number, Tags>): Candidate[] {
  const ctx: Context = { text: cleaned.text, tags, out: [] };
  const used = new Set<number>();
  const codes: { code: FlightCode; operator: Token[] }[] = [];
  for (const code of findFlightCodes(tokens)) {
    const from = code.flightWord >= 0 ? code.flightWord : code.first;
    for (let i = from; i <= code.last; i++) used.add(i);
    const operator = operatorBefore(tokens, from);
    for (let i = from - operator.length; i < from; i++) used.add(i);
    codes.push({ code, operator });
  }
  for (const run of runs(tokens, used)) split(ctx, run);
  for (const { code, operator } of codes) {
    if (operator.length > 0) split(ctx, operator);
    const name = operator.length > 0 ? ctx.text.slice(operator[0]!.start, operator[operator.length - 1]!.end) : null;
    const from = code.flightWord >= 0 ? code.flightWord : code.first;
    emit(ctx, tokens.slice(from, code.last + 1), 'flight', { designator: code.designator, number: code.number, operator: name });
  }
  return ctx.out.sort((a, b) => a.start - b.start);
}
