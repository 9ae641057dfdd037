/**
 * What the popup shows before an article is added: the fact base as it would be with it (a build run in the
 * background and not stored), read for that one source — its headline, outlet and date, its first lines, the
 * entities found in it and the story it would join.
 */
import type { BuildResult } from '../facts/build';
import type { EntityKind } from '../facts/types';
import { ArticleError } from '../facts/validate';

export interface PreviewEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface SourcePreview {
  /** The id it will have once added. */
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** What the popup will call it. */
  label: string;
  /** Its opening paragraphs, cut to a few lines. */
  lines: string[];
  /** Entities it names, the most named first. */
  entities: PreviewEntity[];
  /** The story it joins: an existing one (with how many sources it has now) or a new one. */
  story: { id: string; name: string; others: number } | null;
  claimCount: number;
  /** Something worth knowing that does not stop it being added (it names no entity, say). */
  warnings: string[];
}

/** Paragraphs shown, and characters of each: about four lines of the popup. */
const LINES = 3;
const LINE_CHARS = 240;
/** Entities listed: the popup shows them as a wrapped list of names. */
const MAX_ENTITIES = 24;

/** Warnings in the reader's words (the pipeline's name the article by its id). */
const WARNINGS: Partial<Record<string, string>> = {
  'no-entity': 'Sourcelight found no entity it can follow in it: it would be kept as a source but add no claims.',
};

/** The preview of source `id` in `built`; throws the pipeline's refusal when it did not become a source. */
export function previewOf(built: BuildResult, id: string, url: string | null): SourcePreview {
  const refused = built.problems.find((p) => p.article === id && p.severity === 'error');
  if (refused) throw new ArticleError(refused.code, refused.message);
  const { factBase } = built;
  const source = factBase.sources.find((s) => s.id === id);
  if (!source) throw new ArticleError('failed', 'The article could not be read.');
  const named = new Map<string, number>();
  for (const claim of factBase.claims) {
    if (claim.source !== id) continue;
    for (const entity of claim.entities) named.set(entity, (named.get(entity) ?? 0) + 1);
  }
  const entities = factBase.entities
    .filter((e) => named.has(e.id))
    .sort((a, b) => named.get(b.id)! - named.get(a.id)! || a.name.localeCompare(b.name))
    .slice(0, MAX_ENTITIES)
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
  const story = factBase.stories.find((s) => s.sources.includes(id));
  const paragraphs = source.text.split(/\n{2,}/).filter((p) => p.trim() !== '' && p !== source.title);
  return {
    id,
    title: source.title,
    publisher: source.publisher,
    published: source.published,
    url,
    label: source.label,
    lines: paragraphs.slice(0, LINES).map((p) => (p.length > LINE_CHARS ? `${p.slice(0, LINE_CHARS - 1).trimEnd()}…` : p)),
    entities,
    story: story ? { id: story.id, name: story.name, others: story.sources.filter((s) => s !== id).length } : null,
    claimCount: source.claimCount,
    warnings: built.problems.filter((p) => p.article === id && p.severity === 'warning').map((p) => WARNINGS[p.code] ?? p.message),
  };
}
