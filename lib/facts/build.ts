/**
 * Builds the fact base from articles and the catalog: validate → clean → metadata → claims → figures.
 * Pure and synchronous, so the background service worker and the Node CLI run exactly the same code.
 *
 * A bad article is reported in `problems` and skipped; it never throws and never changes what the other
 * articles contribute.
 */
import { lexiconFromCatalog } from '../match/lexicon';
import { compileMatcher } from '../match/matcher';
import { linkClaims, type ClaimContext, type LinkedClaim } from './claims';
import { cleanArticle } from './clean';
import { collectFigures } from './figures';
import { fnv1a64 } from './hash';
import { STORY_KINDS, otherIncidentIds } from './incidents';
import { readMetadata } from './metadata';
import type { ArticleInput, ArticleProblem, Catalog, Entity, FactBase, Source } from './types';
import { ArticleError, DuplicateGuard, assertReadable } from './validate';

/**
 * Bump whenever the pipeline's output for the same input changes (a cleaning rule, the splitter, the claim
 * rules), so stored fact bases built by an older pipeline are rebuilt.
 */
export const PIPELINE_VERSION = 2;

export interface BuildResult {
  factBase: FactBase;
  problems: ArticleProblem[];
}

export interface BuildOptions {
  /** The build time to record; defaults to now. Tests pass a fixed date. */
  now?: Date;
}

/** Changes when any input, the catalog or the pipeline changes; stable otherwise. */
export function factBaseVersion(articles: readonly ArticleInput[], catalog: Catalog): string {
  const inputs = JSON.stringify([
    articles.map((a) => [a.id, a.text, a.origin ?? null, a.title ?? null, a.publisher ?? null, a.published ?? null]),
    catalog,
  ]);
  return `${PIPELINE_VERSION}-${fnv1a64(inputs)}`;
}

function problem(article: string, error: unknown): ArticleProblem {
  if (error instanceof ArticleError) return { article, code: error.code, severity: 'error', message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { article, code: 'failed', severity: 'error', message: `Article "${article}" could not be read: ${reason}` };
}

/** One article's source and claims; throws an `ArticleError` when nothing of it is reporting. */
function buildSource(article: ArticleInput, ctx: ClaimContext): { source: Source; claims: LinkedClaim[] } {
  const cleaned = cleanArticle(article.text);
  if (cleaned.blocks.length === 0) {
    throw new ArticleError(
      'empty',
      `Article "${article.id}" has no text left once page furniture (teasers, copyright lines, labels) is removed.`,
    );
  }
  const meta = readMetadata(article.text, cleaned);
  // Metadata known outside the text (a page's own <title>, say) wins over what the text suggests.
  const title = article.title ?? meta.title;
  const publisher = article.publisher ?? meta.publisher;
  const claims = linkClaims(article.id, cleaned, meta.title, ctx);
  const source: Source = {
    id: article.id,
    title,
    publisher,
    published: article.published ?? meta.published,
    label: publisher ?? title ?? meta.label,
    origin: article.origin ?? null,
    text: cleaned.text,
    claimCount: claims.length,
  };
  return { source, claims };
}

export function buildFactBase(articles: readonly ArticleInput[], catalog: Catalog, options: BuildOptions = {}): BuildResult {
  const ctx: ClaimContext = {
    matcher: compileMatcher(lexiconFromCatalog(catalog.entities)),
    figureEntities: new Set(catalog.entities.filter((e) => e.kind === 'figure').map((e) => e.id)),
    otherIncidents: otherIncidentIds(catalog.entities),
    storyAnchors: new Set(catalog.entities.filter((e) => STORY_KINDS.has(e.kind)).map((e) => e.id)),
  };
  const problems: ArticleProblem[] = [];
  const sources: Source[] = [];
  const linked: LinkedClaim[] = [];
  const guard = new DuplicateGuard();

  for (const article of articles) {
    try {
      const text = typeof article.text === 'string' ? article.text : '';
      assertReadable(article.id, text);
      guard.admit(article.id, text);
      const built = buildSource({ ...article, text }, ctx);
      sources.push(built.source);
      linked.push(...built.claims);
      if (built.claims.length === 0) {
        problems.push({
          article: article.id,
          code: 'no-entity',
          severity: 'warning',
          message: `Article "${article.id}" names none of the catalog's entities: it is kept as a source but contributes no claims.`,
        });
      }
    } catch (error) {
      problems.push(problem(article.id, error));
    }
  }

  const claims = linked.map((l) => l.claim);
  const sourcesOf = new Map<string, string[]>();
  for (const claim of claims) {
    for (const entity of claim.entities) {
      const list = sourcesOf.get(entity) ?? [];
      if (!list.includes(claim.source)) list.push(claim.source);
      sourcesOf.set(entity, list);
    }
  }
  // Entities no source mentions stay: the content script may still mark them on a page.
  const entities: Entity[] = catalog.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    description: e.description,
    aliases: [...e.aliases],
    phrases: [...(e.phrases ?? [])],
    sources: sourcesOf.get(e.id) ?? [],
  }));

  const labels = new Map(sources.map((s) => [s.id, s.label]));
  return {
    factBase: {
      version: factBaseVersion(articles, catalog),
      builtAt: (options.now ?? new Date()).toISOString(),
      sources,
      entities,
      claims,
      figures: collectFigures(linked, labels),
    },
    problems,
  };
}
