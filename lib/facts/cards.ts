/**
 * A card: what a mention opens. Everything a reader sees about one entity, with trust already applied, as plain
 * JSON so the background can build it and the content script and the popup render the same thing.
 */
import { isTrusted, type Trust } from './trust';
import type { Claim, Entity, EntityKind, Figure, FigureValue, Measure, Source } from './types';

/** How a card names a source; the text stays in the store. */
export type SourceRef = Pick<Source, 'id' | 'label' | 'title' | 'publisher' | 'published'>;

export interface CardClaim {
  id: string;
  /** Sentence number within the source, for opening the source reader at it. */
  index: number;
  /** Verbatim sentence; render as text only. */
  text: string;
  /** Where this entity is mentioned in `text` (offsets into it), for highlighting. */
  mentions: { start: number; end: number }[];
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
  /** What each trusted source wrote, one entry per claim, in source order; `claim` opens the source reader there. */
  bySource: { source: string; claim: string; value: number; atLeast: boolean; text: string }[];
  /** True when trusted sources give numbers that cannot all be right. */
  disagree: boolean;
  /** The pipeline's notes on conflicts; left out when a distrusted source gives a value they may rest on. */
  notes: string[];
}

export interface Card {
  entity: { id: string; name: string; kind: EntityKind; description: string };
  figures: CardFigure[];
  /** Trusted sources that mention the entity, each with the sentences it wrote about it. */
  sources: CardSource[];
  /** Ids of the trusted sources that mention the entity: "mentioned by {mentionedBy.length} of {trustedCount}". */
  mentionedBy: string[];
  trustedCount: number;
  /** Trusted sources that do not mention the entity. */
  notMentioning: SourceRef[];
  /** How many distrusted sources mention the entity: "2 untrusted sources hidden". */
  hiddenUntrusted: number;
}

/**
 * What `buildCard` reads. A whole `FactBase` fits; the store passes just the entity, its claims and figures, and
 * every source (sources without their text are enough).
 */
export interface CardData {
  entities: readonly Entity[];
  sources: readonly SourceRef[];
  claims: readonly Claim[];
  figures: readonly Figure[];
}

/** The card for `entityId`, or null when the fact base does not know it. */
export function buildCard(entityId: string, data: CardData, trust: Trust): Card | null {
  const entity = data.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const trusted = data.sources.filter((s) => isTrusted(trust, s.id));
  const mentioning = new Set(entity.sources);
  const claims = data.claims
    .filter((c) => c.entities.includes(entityId))
    .sort((a, b) => a.index - b.index);

  return {
    entity: { id: entity.id, name: entity.name, kind: entity.kind, description: entity.description },
    figures: data.figures
      .filter((f) => f.entity === entityId)
      .map((f) => cardFigure(f, trusted, trust))
      .filter((f) => f.values.length > 0),
    sources: trusted
      .filter((s) => mentioning.has(s.id))
      .map((s) => ({ source: sourceRef(s), claims: claims.filter((c) => c.source === s.id).map((c) => cardClaim(c, entityId)) })),
    mentionedBy: trusted.filter((s) => mentioning.has(s.id)).map((s) => s.id),
    trustedCount: trusted.length,
    notMentioning: trusted.filter((s) => !mentioning.has(s.id)).map(sourceRef),
    hiddenUntrusted: data.sources.filter((s) => mentioning.has(s.id) && !isTrusted(trust, s.id)).length,
  };
}

function sourceRef(s: SourceRef): SourceRef {
  return { id: s.id, label: s.label, title: s.title, publisher: s.publisher, published: s.published };
}

function cardClaim(c: Claim, entityId: string): CardClaim {
  return {
    id: c.id,
    index: c.index,
    text: c.text,
    mentions: c.mentions.filter((m) => m.entity === entityId).map((m) => ({ start: m.start, end: m.end })),
  };
}

function cardFigure(figure: Figure, trusted: readonly SourceRef[], trust: Trust): CardFigure {
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
  const everySourceTrusted = figure.values.every((v: FigureValue) => v.sources.every((s) => isTrusted(trust, s)));
  return {
    measure: figure.measure,
    values,
    bySource,
    disagree: disagree(values),
    notes: everySourceTrusted ? [...figure.conflicts] : [],
  };
}

/**
 * Exact counts disagree when they differ; "at least N" is a lower bound, so it only disagrees with an exact
 * count below N ("at least 38" and "38" agree, "at least 38" and "35" do not).
 */
export function disagree(values: readonly Pick<CardFigureValue, 'value' | 'atLeast'>[]): boolean {
  const exact = new Set(values.filter((v) => !v.atLeast).map((v) => v.value));
  if (exact.size > 1) return true;
  const [count] = exact;
  return count !== undefined && values.some((v) => v.atLeast && v.value > count);
}
