/**
 * A card: what a mention opens. Everything a reader sees about one entity, with trust already applied, as plain
 * JSON so the background can build it and the content script and the popup render the same thing: a summary
 * (one line per trusted source, lib/cards/summary.ts), one verdict per figure, and every claim for "All".
 */
import { figureVerdict, type FigureVerdict } from './figure-verdict';
import { summarize, type ClaimInput, type Summary } from './summary';
import { textDirective, webAddress } from './text-fragment';
import { endsLikeSentence } from './words';
import { isTrusted, type Trust } from '../facts/trust';
import type { Claim, Entity, EntityKind, Figure, Measure, Source, Story } from '../facts/types';

export { disagree } from './figure-verdict';
export type { FigureVerdict } from './figure-verdict';
export type { AlsoIn, Summary, SummaryLine } from './summary';

/** How a card names a source; the text stays in the store. */
export type SourceRef = Pick<Source, 'id' | 'label' | 'title' | 'publisher' | 'published'> & {
  /** The original's web address (http or https), where known: quotes link to it beside the reader. */
  url: string | null;
};

export interface CardClaim {
  id: string;
  /** Sentence number within the source, for opening the source reader at it. */
  index: number;
  /** Verbatim sentence; render as text only. */
  text: string;
  /** Where this entity is mentioned in `text` (offsets into it), for highlighting. */
  mentions: { start: number; end: number }[];
  /** The text fragment directive (`text=…`) that finds this sentence on the original page. */
  fragment: string;
}

export interface CardSource {
  source: SourceRef;
  claims: CardClaim[];
}

/** One number and the trusted sources that give it. */
export interface CardFigureValue {
  value: number;
  atLeast: boolean;
  text: string;
  sources: string[];
}

export interface CardFigure {
  measure: Measure;
  /** The values trusted sources give, each with who gives it: sources listed together agree. */
  values: CardFigureValue[];
  /** What each trusted source wrote, one entry per source and value, in source order; `claim` opens the reader there. */
  bySource: { source: string; claim: string; value: number; atLeast: boolean; text: string }[];
  /** Agree, differ (with the range), or one source only. */
  verdict: FigureVerdict;
}

/** Killed plus survivors that do not make the people on board, from trusted sources: shown once on a card. */
export interface CardSum {
  killed: number;
  survivors: number;
  onBoard: number;
}

export interface Card {
  entity: { id: string; name: string; kind: EntityKind; description: string };
  /** The stories the entity belongs to, by name: a card says which story when the fact base holds several. */
  stories: { id: string; name: string }[];
  /** How many stories the fact base holds. */
  storyCount: number;
  /** What the card opens to. */
  summary: Summary;
  figures: CardFigure[];
  sum: CardSum | null;
  /** Trusted sources that mention the entity, each with every sentence it wrote about it ("All"); none when only its headline names it. */
  sources: CardSource[];
  /** How many claims "All" shows. */
  claimCount: number;
  /** Ids of the trusted sources that mention the entity: "{mentionedBy.length} of {trustedCount} sources". */
  mentionedBy: string[];
  trustedCount: number;
  /** Trusted sources that do not mention the entity. */
  notMentioning: SourceRef[];
  /** How many distrusted sources mention the entity: "2 untrusted sources hidden". */
  hiddenUntrusted: number;
}

/**
 * What `buildCard` reads. A whole `FactBase` fits; the store passes just the entity, its claims and figures, and
 * every source (sources without their text are enough; with it, links to the original find repeated sentences).
 */
export interface CardData {
  entities: readonly Entity[];
  sources: readonly CardDataSource[];
  claims: readonly Claim[];
  figures: readonly Figure[];
  /** The fact base's stories; without them a card names none and counts every source. */
  stories?: readonly Pick<Story, 'id' | 'name' | 'sources'>[];
}

/** A source as `buildCard` reads it: a `SourceRef`, or a whole `Source` (its `origin` gives the address). */
export type CardDataSource = Omit<SourceRef, 'url'> & { url?: string | null; origin?: string | null; text?: string };

/** The card for `entityId`, or null when the fact base does not know it. */
export function buildCard(entityId: string, data: CardData, trust: Trust): Card | null {
  const entity = data.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const stories = data.stories ?? [];
  const own = stories.filter((s) => (entity.stories ?? []).includes(s.id));
  // Coverage counts the sources of the entity's own stories: another story's sources were never going to name it.
  const inStory = own.length > 0 ? new Set(own.flatMap((s) => s.sources)) : null;
  const trusted = data.sources.filter((s) => isTrusted(trust, s.id) && (inStory === null || inStory.has(s.id)));
  const mentioning = new Set(entity.sources);
  const claims = data.claims.filter((c) => c.entities.includes(entityId)).sort((a, b) => a.index - b.index);
  const figures = data.figures.filter((f) => f.entity === entityId);
  const cardFigures = figures.map((f) => cardFigure(f, trusted, trust)).filter((f): f is CardFigure => f !== null);
  // Every trusted sentence that gives a number for this figure, not only each source's first.
  const figureOf = new Map(
    figures.flatMap((f) => f.values.flatMap((v) => v.quotes.filter((q) => isTrusted(trust, q.source)).map((q) => [q.claim, v.value] as const))),
  );

  const sources: CardSource[] = [];
  const inputs = new Map<string, ClaimInput[]>();
  const headlineOnly: string[] = [];
  for (const s of trusted.filter((t) => mentioning.has(t.id))) {
    const body = claims.filter((c) => c.source === s.id && !isHeadline(c, s));
    if (body.length === 0) {
      headlineOnly.push(s.id);
      sources.push({ source: sourceRef(s), claims: [] });
      continue;
    }
    const spans = body.map((c) => ownSpans(c, entity));
    sources.push({ source: sourceRef(s), claims: body.map((c, i) => cardClaim(c, spans[i]!, s.text)) });
    inputs.set(
      s.id,
      body.map((c, i) => ({
        id: c.id,
        source: c.source,
        index: c.index,
        text: c.text,
        own: spans[i]!,
        others: c.mentions.filter((m) => m.entity !== entityId),
        figure: figureOf.get(c.id) ?? null,
      })),
    );
  }

  return {
    entity: { id: entity.id, name: entity.name, kind: entity.kind, description: entity.description },
    stories: own.map((s) => ({ id: s.id, name: s.name })),
    storyCount: stories.length,
    summary: summarize(inputs, headlineOnly),
    figures: cardFigures,
    sum: trustedSum(figures, trust),
    sources,
    claimCount: sources.reduce((n, s) => n + s.claims.length, 0),
    mentionedBy: trusted.filter((s) => mentioning.has(s.id)).map((s) => s.id),
    trustedCount: trusted.length,
    notMentioning: trusted.filter((s) => !mentioning.has(s.id)).map(sourceRef),
    hiddenUntrusted: data.sources.filter((s) => mentioning.has(s.id) && !isTrusted(trust, s.id)).length,
  };
}

function sourceRef(s: CardDataSource): SourceRef {
  return { id: s.id, label: s.label, title: s.title, publisher: s.publisher, published: s.published, url: s.url ?? webAddress(s.origin) };
}

/**
 * A headline is the outlet's label for its story, not a sentence it reports: it never stands as a claim on a card
 * (the pipeline keeps it as a claim for search and the reader).
 */
function isHeadline(claim: Claim, source: CardDataSource): boolean {
  return claim.text === source.title || (claim.index === 0 && !endsLikeSentence(claim.text));
}

/**
 * The entity's mentions in a claim. A mention inside a longer one of another entity ("Azerbaijan Airlines" inside
 * "Azerbaijan Airlines flight") carries no span of its own, so its aliases are looked up in the sentence.
 */
function ownSpans(claim: Claim, entity: Entity): { start: number; end: number }[] {
  const spans = claim.mentions.filter((m) => m.entity === entity.id).map((m) => ({ start: m.start, end: m.end }));
  if (spans.length > 0) return spans;
  const lower = claim.text.toLowerCase();
  for (const alias of [...entity.aliases].sort((a, b) => b.length - a.length)) {
    const needle = alias.toLowerCase();
    const found: { start: number; end: number }[] = [];
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const before = lower[at - 1];
      const after = lower[at + needle.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
        found.push({ start: at, end: at + needle.length });
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

function cardClaim(c: Claim, mentions: { start: number; end: number }[], sourceText: string | undefined): CardClaim {
  return {
    id: c.id,
    index: c.index,
    text: c.text,
    mentions,
    fragment: textDirective(c.text, sourceText === undefined ? undefined : { text: sourceText, start: c.start, end: c.end }),
  };
}

function cardFigure(figure: Figure, trusted: readonly CardDataSource[], trust: Trust): CardFigure | null {
  const values = figure.values.flatMap((v) => {
    const quotes = v.quotes.filter((q) => isTrusted(trust, q.source));
    if (quotes.length === 0) return [];
    const sources = [...new Set(quotes.map((q) => q.source))];
    // A bound only if every trusted source bounds it: one exact "38" makes 38 an exact count.
    const atLeast = quotes.every((q) => q.atLeast);
    return [{ value: v.value, atLeast, text: quotes[0]!.text, sources }];
  });
  const order = new Map(trusted.map((s, i) => [s.id, i]));
  const bySource = figure.values
    .flatMap((v) =>
      v.quotes
        .filter((q) => isTrusted(trust, q.source))
        .map((q) => ({ source: q.source, claim: q.claim, value: v.value, atLeast: q.atLeast, text: q.text })),
    )
    // A source that gives the same number twice ("claimed 38 lives", later "38 fatalities") is one row, not two.
    .filter((row, i, rows) => rows.findIndex((r) => r.source === row.source && r.value === row.value) === i)
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
  const verdict = figureVerdict(bySource);
  return verdict ? { measure: figure.measure, values, bySource, verdict } : null;
}

/** The first sum that does not add up where a trusted source gives each of its three numbers. */
function trustedSum(figures: readonly Figure[], trust: Trust): CardSum | null {
  const anyTrusted = (sources: readonly string[]) => sources.some((s) => isTrusted(trust, s));
  for (const figure of figures) {
    for (const sum of figure.sums ?? []) {
      if (anyTrusted(sum.sources.killed) && anyTrusted(sum.sources.survivors) && anyTrusted(sum.sources.onBoard)) {
        return { killed: sum.killed, survivors: sum.survivors, onBoard: sum.onBoard };
      }
    }
  }
  return null;
}
