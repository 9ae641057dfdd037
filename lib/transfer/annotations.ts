/**
 * The claims as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): each claim is an
 * annotation of its source, anchored by a TextQuoteSelector (the sentence, with the words just before and after
 * it) and a TextPositionSelector, and tagged with the entities it is about. Tools that read annotations
 * (Hypothesis among them) find the sentence in the original page by its quote.
 */
import type { Claim, Entity } from '../facts/types';

/** Characters of context either side of a quote: what Hypothesis stores, enough to tell repeated sentences apart. */
export const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  created: string;
  body: { type: 'TextualBody'; purpose: 'tagging'; value: string }[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; items: Annotation[] };
}

export interface AnnotatedSource {
  id: string;
  text: string;
  /** The original's web address, where known; else the source is named by a URN of its id. */
  url: string | null;
}

const urn = (kind: string, id: string): string => `urn:sourcelight:${kind}:${encodeURIComponent(id)}`;

/** The W3C TextQuoteSelector of a claim, `text[start, end)` of its source. */
export function claimSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

export function claimAnnotations(
  claims: readonly Claim[],
  sources: readonly AnnotatedSource[],
  entities: readonly Pick<Entity, 'id' | 'name'>[],
  version: string,
  created: string,
): AnnotationCollection {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const items = claims.flatMap((claim): Annotation[] => {
    const source = byId.get(claim.source);
    if (!source) return [];
    return [
      {
        id: urn('claim', claim.id),
        type: 'Annotation',
        motivation: 'tagging',
        created,
        body: claim.entities.map((e) => ({ type: 'TextualBody', purpose: 'tagging', value: names.get(e) ?? e })),
        target: {
          source: source.url ?? urn('source', source.id),
          selector: [
            claimSelector(source.text, claim.start, claim.end),
            { type: 'TextPositionSelector', start: claim.start, end: claim.end },
          ],
        },
      },
    ];
  });
  const id = urn('claims', version);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Claims in Sourcelight’s fact base',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', items },
  };
}
