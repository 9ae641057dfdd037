/**
 * The cards a page needs, fetched in batches and kept for the life of the page, so a card opens at once instead
 * of waiting on a background that may first have to wake. One request after a scan (`want`); a card opened before
 * its answer waits for it (`load`); a trust change refetches every card held in one request (`refresh`) and open
 * cards redraw in place. No extension API: the fetcher is a parameter.
 */
import type { Card } from '../cards/card';

export type FetchCards = (entities: string[]) => Promise<Card[]>;

export interface CardCache {
  /** The card if held; null when the background knows no such entity; undefined when not (yet) fetched. */
  get(entity: string): Card | null | undefined;
  /** Fetches, in one request, the cards of `entities` neither held nor already on their way. */
  want(entities: Iterable<string>): Promise<void>;
  /** The card, fetched first if needed (sharing a request already on its way). */
  load(entity: string): Promise<Card | null>;
  /** Fetches every held card again in one request (trust changed); listeners hear of the ones that arrived. */
  refresh(): Promise<void>;
  /** Called with the entity ids whose cards arrived or changed. Returns the function that stops listening. */
  onUpdate(listener: (entities: string[]) => void): () => void;
  /** Every entity id held or on its way. */
  readonly size: number;
}

interface Entry {
  card: Card | null;
  /** The refresh generation the card was fetched in; an answer from an older generation never replaces it. */
  generation: number;
}

export function createCardCache(fetchCards: FetchCards): CardCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<void>>();
  const listeners = new Set<(entities: string[]) => void>();
  let generation = 0;

  function request(ids: string[]): Promise<void> {
    const asked = generation;
    const answer = fetchCards(ids).then((cards) => {
      const byId = new Map(cards.map((card) => [card.entity.id, card]));
      const changed: string[] = [];
      for (const id of ids) {
        const held = entries.get(id);
        if (held && held.generation > asked) continue;
        entries.set(id, { card: byId.get(id) ?? null, generation: asked });
        changed.push(id);
      }
      if (changed.length > 0) for (const listener of listeners) listener(changed);
    });
    const settled = answer.finally(() => {
      for (const id of ids) if (inFlight.get(id) === settled) inFlight.delete(id);
    });
    for (const id of ids) inFlight.set(id, settled);
    return settled;
  }

  return {
    get: (entity) => entries.get(entity)?.card,

    want(entities) {
      const missing = [...new Set(entities)].filter((id) => !entries.has(id) && !inFlight.has(id));
      return missing.length > 0 ? request(missing) : Promise.resolve();
    },

    async load(entity) {
      if (!entries.has(entity)) await (inFlight.get(entity) ?? request([entity]));
      return entries.get(entity)?.card ?? null;
    },

    refresh() {
      generation++;
      const ids = [...new Set([...entries.keys(), ...inFlight.keys()])];
      return ids.length > 0 ? request(ids) : Promise.resolve();
    },

    onUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get size() {
      return new Set([...entries.keys(), ...inFlight.keys()]).size;
    },
  };
}
