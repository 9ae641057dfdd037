/**
 * Builds the fact base from articles and the catalog: validate → clean → metadata → stories → claims → figures.
 * Pure and synchronous, so the background and the Node CLI run the same code. Sources that name the catalog's
 * story-specific entities form its story; the others are grouped into stories (stories.ts) whose entities are
 * discovered from their own articles (discover/story.ts). A bad article goes to `problems`; nothing throws.
 */
import { lexiconFromCatalog } from '../match/lexicon';
import { compileMatcher } from '../match/matcher';
import { linkClaims, type ClaimContext, type LinkedClaim } from './claims';
import { cleanArticle } from './clean';
import { articleCandidates, storyKeys } from './discover';
import { buildDiscoveredStory, type PreparedSource } from './discover/story';
import { factEntity, sourcesByEntity } from './fact-entity';
import { collectFigures } from './figures';
import { fnv1a64 } from './hash';
import { STORY_KINDS, otherIncidentIds } from './incidents';
import { readMetadata } from './metadata';
import { groupStories } from './stories';
import type { ArticleInput, ArticleProblem, Catalog, CatalogEntity, Entity, FactBase, Figure, Source, Story } from './types';
import { ArticleError, DuplicateGuard, assertReadable } from './validate';

/**
 * Bump whenever the pipeline's output for the same input changes (a cleaning rule, the splitter, the claim
 * rules), so stored fact bases built by an older pipeline are rebuilt.
 */
export const PIPELINE_VERSION = 3;

/** The catalog's story id. */
export const CATALOG_STORY = 'catalog';

/**
 * How much of the catalog a source must name to belong to its story, as for any story (stories.ts JOIN_SCORE):
 * one of its flights, aircraft, incidents or places; people and organisations count half (they appear in other
 * stories too), statements, reports and figures nothing (their words are common: "apology", "Reuters").
 */
const CATALOG_SCORE = 1;
const CATALOG_WEIGHT: Partial<Record<CatalogEntity['kind'], number>> = {
  flight: 2,
  aircraft: 2,
  event: 2,
  place: 1,
  person: 0.5,
  organization: 0.5,
  military: 0.5,
  investigation: 0.5,
};

export interface BuildResult {
  factBase: FactBase;
  problems: ArticleProblem[];
}

export interface BuildOptions {
  /** The build time to record; defaults to now. Tests pass a fixed date. */
  now?: Date;
  /** Stories the reader chose: source id → story id (CATALOG_STORY, an existing story's id or a new one). */
  storyOf?: Readonly<Record<string, string>>;
}

/** Changes when any input, the catalog or the pipeline changes; stable otherwise. */
export function factBaseVersion(articles: readonly ArticleInput[], catalog: Catalog, storyOf: BuildOptions['storyOf'] = {}): string {
  const inputs = JSON.stringify([
    articles.map((a) => [a.id, a.text, a.origin ?? null, a.title ?? null, a.publisher ?? null, a.published ?? null]),
    catalog,
    ...(Object.keys(storyOf).length > 0 ? [Object.entries(storyOf).sort()] : []),
  ]);
  return `${PIPELINE_VERSION}-${fnv1a64(inputs)}`;
}

function problem(article: string, error: unknown): ArticleProblem {
  if (error instanceof ArticleError) return { article, code: error.code, severity: 'error', message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { article, code: 'failed', severity: 'error', message: `Article "${article}" could not be read: ${reason}` };
}

interface Prepared {
  source: Source;
  cleaned: ReturnType<typeof cleanArticle>;
  /** The headline the text itself gives, which claims may quote. */
  headline: string | null;
  /** Claims against the catalog: kept when the source belongs to the catalog's story. */
  catalogClaims: LinkedClaim[];
}

/** One article's source; throws an `ArticleError` when nothing of it is reporting. */
function prepare(article: ArticleInput, ctx: ClaimContext): Prepared {
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
  const source: Source = {
    id: article.id,
    title,
    publisher,
    published: article.published ?? meta.published,
    label: publisher ?? title ?? meta.label,
    origin: article.origin ?? null,
    text: cleaned.text,
    claimCount: 0,
  };
  return { source, cleaned, headline: meta.title, catalogClaims: linkClaims(article.id, cleaned, meta.title, ctx) };
}

/** How much of the catalog's story a source names (CATALOG_WEIGHT), each entity counted once. */
function catalogScore(claims: readonly LinkedClaim[], catalog: ReadonlyMap<string, CatalogEntity>, other: ReadonlySet<string>): number {
  const named = new Set(claims.flatMap((c) => c.claim.entities));
  let score = 0;
  for (const id of named) {
    const entity = catalog.get(id);
    if (entity && !other.has(id)) score += CATALOG_WEIGHT[entity.kind] ?? 0;
  }
  return score;
}


/** A story's name: its flight, else the entity most of its sources name. */
function storyName(entities: readonly Entity[]): string {
  const flight = entities.find((e) => e.kind === 'flight');
  if (flight) return flight.name;
  const named = entities.filter((e) => e.kind !== 'figure').sort((a, b) => b.sources.length - a.sources.length);
  return named[0]?.name ?? 'Unnamed story';
}

export function buildFactBase(articles: readonly ArticleInput[], catalog: Catalog, options: BuildOptions = {}): BuildResult {
  const otherIncidents = otherIncidentIds(catalog.entities);
  const ctx: ClaimContext = {
    matcher: compileMatcher(lexiconFromCatalog(catalog.entities)),
    figureEntities: new Set(catalog.entities.filter((e) => e.kind === 'figure').map((e) => e.id)),
    otherIncidents,
    storyAnchors: new Set(catalog.entities.filter((e) => STORY_KINDS.has(e.kind)).map((e) => e.id)),
  };
  const storyOf = options.storyOf ?? {};
  const problems: ArticleProblem[] = [];
  const prepared: Prepared[] = [];
  const guard = new DuplicateGuard();
  for (const article of articles) {
    try {
      const text = typeof article.text === 'string' ? article.text : '';
      assertReadable(article.id, text);
      guard.admit(article.id, text);
      prepared.push(prepare({ ...article, text }, ctx));
    } catch (error) {
      problems.push(problem(article.id, error));
    }
  }

  // The catalog's story first: the catalog is the first authority for the sources it covers.
  const byId = new Map(catalog.entities.map((e) => [e.id, e]));
  const inCatalog = (p: Prepared): boolean =>
    Object.hasOwn(storyOf, p.source.id)
      ? storyOf[p.source.id] === CATALOG_STORY
      : catalogScore(p.catalogClaims, byId, otherIncidents) >= CATALOG_SCORE;
  const covered = prepared.filter(inCatalog);
  const rest = prepared.filter((p) => !inCatalog(p));
  const labels = new Map(prepared.map((p) => [p.source.id, p.source.label]));

  const catalogClaims = covered.flatMap((p) => p.catalogClaims);
  const stories: Story[] = [];
  const claims: LinkedClaim[] = [...catalogClaims];
  const figures: Figure[] = collectFigures(catalogClaims, labels, { story: CATALOG_STORY });
  const entities = new Map<string, Entity>();
  // Catalog entities stay even when no source mentions them: the content script may still mark them on a page.
  // Without a source of its story (a folder of other articles), the catalog has nothing to say.
  if (covered.length > 0 || rest.length === 0) {
    const sourcesOf = sourcesByEntity(catalogClaims);
    for (const e of catalog.entities) entities.set(e.id, factEntity(e, sourcesOf, covered.length > 0 ? [CATALOG_STORY] : []));
  }
  if (covered.length > 0) {
    const list = [...entities.values()];
    stories.push({ id: CATALOG_STORY, name: storyName(list), origin: 'catalog', sources: covered.map((p) => p.source.id), entities: list.map((e) => e.id) });
  }

  const candidates = new Map(rest.map((p) => [p.source.id, articleCandidates(p.source.id, p.cleaned)]));
  const groups = groupStories(
    rest.map((p) => ({ source: p.source.id, keys: storyKeys(candidates.get(p.source.id)!) })),
    Object.fromEntries(Object.entries(storyOf).filter(([, story]) => story !== CATALOG_STORY)),
  );
  for (const group of groups) {
    const members: PreparedSource[] = rest
      .filter((p) => group.sources.includes(p.source.id))
      .map((p) => ({ id: p.source.id, cleaned: p.cleaned, title: p.headline, candidates: candidates.get(p.source.id)! }));
    const built = buildDiscoveredStory(group.id, members, catalog, labels);
    claims.push(...built.claims);
    figures.push(...built.figures);
    for (const e of built.entities) {
      const known = entities.get(e.id);
      if (!known) entities.set(e.id, e);
      else {
        // A catalog entity this story names too: one entity, with both stories' sources.
        for (const s of e.sources) if (!known.sources.includes(s)) known.sources.push(s);
        for (const s of e.stories) if (!known.stories.includes(s)) known.stories.push(s);
      }
    }
    stories.push({ id: group.id, name: storyName(built.entities), origin: 'discovered', sources: group.sources, entities: built.entities.map((e) => e.id) });
  }

  const counts = new Map<string, number>();
  for (const { claim } of claims) counts.set(claim.source, (counts.get(claim.source) ?? 0) + 1);
  const sources: Source[] = [];
  // Sources keep the order they were given in, whatever story they joined.
  for (const p of prepared) {
    const claimCount = counts.get(p.source.id) ?? 0;
    sources.push({ ...p.source, claimCount });
    if (claimCount === 0) {
      problems.push({
        article: p.source.id,
        code: 'no-entity',
        severity: 'warning',
        message: `Article "${p.source.id}" names none of its story's entities: it is kept as a source but contributes no claims.`,
      });
    }
  }
  const order = new Map(prepared.map((p, i) => [p.source.id, i]));
  const ordered = claims.map((l) => l.claim).sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.index - b.index);
  return {
    factBase: {
      version: factBaseVersion(articles, catalog, storyOf),
      builtAt: (options.now ?? new Date()).toISOString(),
      sources,
      stories,
      entities: [...entities.values()],
      claims: ordered,
      figures,
    },
    problems,
  };
}
