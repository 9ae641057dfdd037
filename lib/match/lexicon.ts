/**
 * The lexicon: what the matcher looks for. Plain JSON so the background can send it to content scripts.
 */

/** What the lexicon is built from: an entity's names and phrases. The fact base's entities fit as they are. */
export interface LexiconInput {
  id: string;
  aliases: readonly string[];
  phrases?: readonly string[];
  /** The stories the entity belongs to. */
  stories?: readonly string[];
  /** How much naming it says a page is about its story: 0, 1 or 2 (lib/facts/types.ts Specificity). */
  specificity?: number;
}

/** The numbers one entity's figures give. The fact base's figures fit as they are. */
export interface KnownFigure {
  entity: string;
  values: readonly { value: number }[];
}

export interface LexiconEntity {
  id: string;
  /** Names, matched as written after normalization (plus spelling and code-separator variants). */
  aliases: string[];
  /** Phrases in the mini-language of `phrases.ts`. */
  phrases: string[];
  /** When given, a phrase's `{n}` must be one of these (the figure values the fact base knows). */
  numbers?: number[];
  /** The stories the entity belongs to (none for a lexicon built without stories). */
  stories?: string[];
  /** How much naming it says a page is about its story (lib/facts/types.ts Specificity); 0 when not given. */
  specificity?: number;
}

export interface Lexicon {
  /** Changes whenever the lexicon's content changes, so a cached compiled matcher can be reused safely. */
  version: string;
  entities: LexiconEntity[];
}

/**
 * Builds the lexicon from catalog entities. `numbers[entity]` restricts that entity's number phrases to known
 * figure values; leave it out to match any number (the pipeline uses that to discover figures).
 */
export function lexiconFromCatalog(entities: readonly LexiconInput[], numbers?: Record<string, number[]>): Lexicon {
  const out: LexiconEntity[] = entities.map((e) => {
    const entity: LexiconEntity = { id: e.id, aliases: [...e.aliases], phrases: [...(e.phrases ?? [])] };
    const known = numbers?.[e.id];
    if (known) entity.numbers = [...known];
    if (e.stories && e.stories.length > 0) entity.stories = [...e.stories];
    if (e.specificity) entity.specificity = e.specificity;
    return entity;
  });
  return { version: hash(JSON.stringify(out)), entities: out };
}

/** The figure values the fact base knows, per figure entity: "38 people were killed" is only a mention if 38 is. */
export function knownNumbers(figures: readonly KnownFigure[]): Record<string, number[]> {
  const numbers: Record<string, number[]> = {};
  for (const f of figures) {
    const known = new Set([...(numbers[f.entity] ?? []), ...f.values.map((v) => v.value)]);
    numbers[f.entity] = [...known].sort((a, b) => a - b);
  }
  return numbers;
}

/** FNV-1a, 32 bits, as hex: enough to tell lexicons apart, no crypto needed. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
