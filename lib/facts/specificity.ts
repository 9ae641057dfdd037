/**
 * How much naming an entity tells that a page is about its story, by what kind of thing it is, unless the catalog
 * says otherwise: an event's own names (its flight, statements, incidents, inquiries, figures) tell the most; places,
 * people, organisations, aircraft types and reports are named in other news too.
 */
import type { EntityKind, Specificity } from './types';

const BY_KIND: Record<EntityKind, Specificity> = {
  flight: 2,
  statement: 2,
  event: 2,
  investigation: 2,
  figure: 2,
  place: 0,
  person: 0,
  organization: 0,
  aircraft: 0,
  military: 0,
  report: 0,
};

export function specificityOf(entity: { kind: EntityKind; specificity?: Specificity }): Specificity {
  return entity.specificity ?? BY_KIND[entity.kind];
}
