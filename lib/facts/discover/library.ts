/**
 * What the language library (compromise, its POS-tagging build) knows about the words of a text: for each word,
 * by its start offset, the tags compromise gives it (Person, Place, Organization, Demonym, WeekDay, …). The
 * discovery rules use them as evidence of a name's type; nothing else in Sourcelight depends on compromise.
 *
 * Why compromise: pure JavaScript with its lexicon built in (no model to fetch or load), 123 KB gzip for this
 * build, tags a 2,000-character article in 20-60 ms in Node, MIT, released monthly. wink-nlp tags faster but needs
 * a 1 MB model and has no person/place/organisation types; transformers.js needs WASM and a 100 MB model.
 */
import nlp from 'compromise/two';

export type Tags = ReadonlySet<string>;

interface TermJson {
  tags: string[];
  offset: { start: number; length: number };
}

/** Tags of each word of `text`, by the word's start offset. */
export function tagWords(text: string): Map<number, Tags> {
  const out = new Map<number, Tags>();
  const sentences = nlp(text).json({ offset: true }) as { terms: TermJson[] }[];
  for (const s of sentences) {
    for (const t of s.terms) if (t.offset.length > 0) out.set(t.offset.start, new Set(t.tags));
  }
  return out;
}

/** What compromise's lexicon says of a word or phrase out of context (lower case), or an empty set. */
export function lexiconTags(words: string): Tags {
  const entry = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[words.toLowerCase()];
  return new Set(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]);
}
