/**
 * The lexicon a fact base yields: its entities' aliases and phrases, with the figure values it knows. One
 * function, so the background (from its store) and the build (from the bundled articles, for the content script's
 * prefilter) cannot derive two different lexicons from the same fact base. Entities go in by id, the order the
 * store returns them in, so the order a caller holds them in changes nothing (a prefilter's keys depend on it).
 */
import { knownNumbers, lexiconFromCatalog, type KnownFigure, type Lexicon, type LexiconInput } from './lexicon';

export function lexiconOf(factBase: { entities: readonly LexiconInput[]; figures: readonly KnownFigure[] }): Lexicon {
  const entities = [...factBase.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return lexiconFromCatalog(entities, knownNumbers(factBase.figures));
}
