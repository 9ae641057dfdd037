/**
 * Telling this story's numbers from other incidents' numbers. Articles about a shoot-down recall earlier ones
 * ("MH17 … the deaths of 298 passengers and crew"); those figures must not count as this crash's.
 */
import type { Mention } from '../match/matcher';
import type { CatalogEntity } from './types';

/** A flight designator: two-character airline code and a number ("MH17", "PS752", "J2-8243"). */
const FLIGHT_DESIGNATOR = /^[A-Z0-9]{2}[\s-]?\d{1,4}$/;

/**
 * Catalog events known by a flight designator are other flights' incidents (MH17, PS752). The story's own
 * flight is kind 'flight'; an event without a designator ("external interference") is part of this story.
 */
export function otherIncidentIds(entities: readonly CatalogEntity[]): Set<string> {
  return new Set(
    entities.filter((e) => e.kind === 'event' && e.aliases.some((a) => FLIGHT_DESIGNATOR.test(a))).map((e) => e.id),
  );
}

function gap(a: Mention, b: Mention): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The kinds that name this story's own incident: the flight and the aircraft. */
export const STORY_KINDS: ReadonlySet<string> = new Set(['flight', 'aircraft']);

/**
 * Whether a figure mention is about another incident. Only a sentence that names another incident can move a
 * figure away from the story; then the figure belongs to the nearest incident named: another one ("Flight MH17
 * … the deaths of 298 passengers and crew") or this story's flight or aircraft. Other entities (air defences,
 * places, people) belong to both stories and decide nothing.
 */
export function belongsToOtherIncident(
  figure: Mention,
  sentence: readonly Mention[],
  otherIncidents: ReadonlySet<string>,
  storyAnchors: ReadonlySet<string>,
): boolean {
  let nearest: Mention | null = null;
  let other = false;
  for (const m of sentence) {
    const isOther = otherIncidents.has(m.entity);
    if (!isOther && !storyAnchors.has(m.entity)) continue;
    const closer = !nearest || gap(figure, m) < gap(figure, nearest);
    // On a tie the story wins: a number is this crash's unless something else clearly claims it.
    const tieToStory = nearest !== null && gap(figure, m) === gap(figure, nearest) && !isOther;
    if (closer || tieToStory) {
      nearest = m;
      other = isOther;
    }
  }
  return other;
}
