/**
 * Turns a cleaned article into claims: each sentence that mentions a catalog entity, verbatim, with its entities,
 * mention spans and position in the source. The headline counts (it is the outlet's own one-line report); a
 * section heading ("Kremlin Response" asserts nothing) and the furniture cleaning removed never do.
 */
import { findMentions, type Matcher, type Mention } from '../match/matcher';
import type { CleanArticle } from './clean';
import { belongsToOtherIncident } from './incidents';
import { findNumber } from './number-text';
import { splitSentences } from './sentences';
import type { Claim, Span } from './types';

export interface ClaimContext {
  matcher: Matcher;
  /** Entities of kind 'figure' (death toll, survivors, on board): their mentions carry numbers. */
  figureEntities: ReadonlySet<string>;
  /** Other incidents (MH17, PS752): figures next to them are not this story's. */
  otherIncidents: ReadonlySet<string>;
  /** Entities naming this story's incident (the flight, the aircraft): they hold a figure against another incident. */
  storyAnchors: ReadonlySet<string>;
}

/**
 * A claim with the mentions it was built from (offsets into `claim.text`), numbers included, nested figures too:
 * what `figures.ts` reads.
 */
export interface LinkedClaim {
  claim: Claim;
  mentions: Mention[];
}

interface Unit {
  start: number;
  end: number;
  text: string;
}

/** The units of a cleaned article that may become claims, each numbered by its place among all units. */
function claimableUnits(cleaned: CleanArticle, title: string | null): { unit: Unit; index: number }[] {
  const out: { unit: Unit; index: number }[] = [];
  let index = 0;
  cleaned.blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      if (i === 0 && block.text === title) out.push({ unit: block, index });
      index++;
      return;
    }
    for (const s of splitSentences(block.text)) {
      out.push({ unit: { start: block.start + s.start, end: block.start + s.end, text: s.text }, index });
      index++;
    }
  });
  return out;
}

/**
 * A figure phrase can hold a second figure: "38 fatalities among the 67 passengers" is the death toll with the
 * people on board inside it. The matcher reports the inner one only as `also`, without its number, so the text
 * after the outer number is matched again. "28 passengers survived" holds no second number: its inner
 * "passengers" is the same figure and is dropped.
 */
function nestedFigures(m: Mention, text: string, ctx: ClaimContext): Mention[] {
  if (m.number === undefined || !m.also?.some((e) => ctx.figureEntities.has(e))) return [];
  const phrase = text.slice(m.start, m.end);
  const own = findNumber(phrase, m.number);
  if (!own) return [];
  const offset = m.start + own.end;
  return findMentions(ctx.matcher, text.slice(offset, m.end))
    .filter((inner) => ctx.figureEntities.has(inner.entity) && inner.number !== undefined)
    .map((inner) => ({ entity: inner.entity, start: inner.start + offset, end: inner.end + offset, number: inner.number }));
}

function withoutFigureAlso(m: Mention, ctx: ClaimContext): Mention {
  if (!m.also) return m;
  const { also, ...rest } = m;
  const kept = also.filter((e) => !ctx.figureEntities.has(e));
  return kept.length > 0 ? { ...rest, also: kept } : rest;
}

/**
 * What a sentence is really about. Nested figures become mentions of their own (`nested`, not marked on the
 * page since they lie inside another mention); a number next to another incident is that incident's and goes.
 */
function relevantMentions(found: Mention[], text: string, ctx: ClaimContext): { marked: Mention[]; nested: Mention[] } {
  const keep = (m: Mention, all: Mention[]) =>
    !(ctx.figureEntities.has(m.entity) && m.number !== undefined) ||
    !belongsToOtherIncident(m, all, ctx.otherIncidents, ctx.storyAnchors);
  const marked = found.filter((m) => keep(m, found)).map((m) => (m.number === undefined ? m : withoutFigureAlso(m, ctx)));
  const nested = found
    .filter((m) => keep(m, found))
    .flatMap((m) => nestedFigures(m, text, ctx))
    .filter((m) => keep(m, found));
  return { marked, nested };
}

/** Claims of one source, in reading order. `title` is the source's headline, or null. */
export function linkClaims(
  source: string,
  cleaned: CleanArticle,
  title: string | null,
  ctx: ClaimContext,
): LinkedClaim[] {
  // One matcher pass over the whole cleaned text; paragraph breaks stop a match, so mentions stay in their block.
  const all = findMentions(ctx.matcher, cleaned.text);
  const out: LinkedClaim[] = [];
  let cursor = 0;
  for (const { unit, index } of claimableUnits(cleaned, title)) {
    while (cursor < all.length && all[cursor]!.start < unit.start) cursor++;
    const inside: Mention[] = [];
    for (let i = cursor; i < all.length && all[i]!.start < unit.end; i++) {
      const m = all[i]!;
      if (m.end <= unit.end) inside.push({ ...m, start: m.start - unit.start, end: m.end - unit.start });
    }
    const { marked, nested } = relevantMentions(inside, unit.text, ctx);
    if (marked.length === 0) continue;

    const entities: string[] = [];
    for (const m of [...marked, ...nested]) {
      for (const e of [m.entity, ...(m.also ?? [])]) if (!entities.includes(e)) entities.push(e);
    }
    const spans: Span[] = marked.map((m) => ({ entity: m.entity, start: m.start, end: m.end }));
    const mentions = [...marked, ...nested].sort((a, b) => a.start - b.start);
    out.push({
      claim: {
        id: `${source}#${index}`,
        source,
        index,
        start: unit.start,
        end: unit.end,
        text: unit.text,
        entities,
        mentions: spans,
      },
      mentions,
    });
  }
  return out;
}
