/**
 * The messages that change what the fact base is built from: an article previewed and added, a source removed or
 * hidden and shown again, a source moved to another story. Each stores the reader's choice first (the choices
 * database, which no rebuild or reset deletes) and then builds; a build stopped half-way is finished at the next
 * wake, so the choice is never lost.
 */
import { admitArticle } from '../adding/admit';
import { addedRow, addedSourceId, draftInput, PASTED, type ArticleDraft } from '../adding/draft';
import { previewOf, type SourcePreview } from '../adding/preview';
import { buildFactBase, factBaseVersion, type BuildResult } from '../facts/build';
import type { Source } from '../facts/types';
import { MAX_ARTICLE_CHARS } from '../facts/validate';
import type { HiddenSource, SourceSummary, StorySummary } from '../messages';
import { deleteAddedSource, writeAddedSource, writeHidden } from '../store/added';
import type { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { writeStoryChoice } from '../store/story-choices';
import type { FactBaseKeeper } from './fact-base-keeper';
import { ADDED_ID } from '../transfer/rows';
import {
  MAX_URL_LENGTH,
  PayloadError,
  expectId,
  expectObject,
  expectString,
  optionalBoolean,
  optionalDate,
  optionalText,
  optionalUrl,
} from './validate';

export interface SourceHandlerDeps {
  keeper: FactBaseKeeper;
  store: () => SourcelightDb;
  choices: () => ChoicesDb;
  summaries: (sources: Source[]) => Promise<SourceSummary[]>;
  sourceOrFail: (id: string) => Promise<Source>;
  /** Tells open cards, popups and search that what they show changed. */
  announce: () => Promise<void>;
}

const DRAFT_FIELDS = ['text', 'title', 'publisher', 'published', 'url', 'origin'] as const;

/** An article draft from a message: its text within the pipeline's limit, and metadata checked like source details. */
function expectDraft(type: string, payload: Record<string, unknown>): ArticleDraft {
  return {
    text: expectString(type, payload, 'text', MAX_ARTICLE_CHARS),
    title: optionalText(type, payload, 'title') ?? null,
    publisher: optionalText(type, payload, 'publisher') ?? null,
    published: optionalDate(type, payload, 'published') ?? null,
    url: optionalUrl(type, payload, 'url') ?? null,
    origin: optionalText(type, payload, 'origin', MAX_URL_LENGTH) ?? null,
  };
}

/** What the reader calls a draft in a refusal: its headline, its file, its page, or "The pasted text". */
function draftName(draft: ArticleDraft): string {
  if (draft.origin === PASTED || !draft.origin) return draft.title ?? 'The pasted text';
  return draft.title ?? draft.origin;
}

export function sourceHandlers(deps: SourceHandlerDeps) {
  const { keeper, store, choices, summaries, sourceOrFail, announce } = deps;
  /** The last preview's build, so adding the article just previewed stores it instead of building again. */
  let lastPreview: BuildResult | null = null;

  /** The fact base with `draft` added (not stored), after the checks a refusal comes from. */
  async function buildWith(id: string, draft: ArticleDraft): Promise<BuildResult> {
    await keeper.ready();
    const { articles, catalog, storyOf } = await keeper.inputs();
    const labels = new Map((await store().sources.toArray()).map((s) => [s.id, s.label]));
    admitArticle(draftName(draft), draft.text, articles, (source) => labels.get(source) ?? source);
    const withDraft = [...articles, draftInput(id, draft)];
    const version = factBaseVersion(withDraft, catalog, storyOf);
    if (lastPreview?.factBase.version === version) return lastPreview;
    lastPreview = buildFactBase(withDraft, catalog, { storyOf });
    return lastPreview;
  }

  /** The id `draft` gets: the one an import carries, else one derived from it. */
  function idOf(type: string, payload: Record<string, unknown>, draft: ArticleDraft): string {
    if (payload.id === undefined) return addedSourceId(draft);
    const id = expectString(type, payload, 'id');
    if (!ADDED_ID.test(id)) throw new PayloadError(`Malformed "${type}" message: "id" must be an added source's id (added-…).`);
    return id;
  }

  async function afterChange(): Promise<void> {
    await keeper.rebuild();
    await announce();
  }

  return {
    async getStories(data: unknown): Promise<StorySummary[]> {
      if (data !== undefined && data !== null) throw new PayloadError('Malformed "getStories" message: it takes no payload.');
      await keeper.ready();
      return (await store().stories.toArray()).map(({ id, name, origin, sources }) => ({ id, name, origin, sources }));
    },

    async getHiddenSources(data: unknown): Promise<HiddenSource[]> {
      if (data !== undefined && data !== null) throw new PayloadError('Malformed "getHiddenSources" message: it takes no payload.');
      await keeper.openChoices();
      return (await choices().hidden.toArray()).map((row) => ({ id: row.source, label: row.label ?? row.source, hiddenAt: row.hiddenAt }));
    },

    async previewSource(data: unknown): Promise<SourcePreview> {
      const draft = expectDraft('previewSource', expectObject('previewSource', data, DRAFT_FIELDS));
      const id = addedSourceId(draft);
      return previewOf(await buildWith(id, draft), id, draft.url ?? null);
    },

    async addSource(data: unknown): Promise<SourceSummary> {
      const type = 'addSource';
      const payload = expectObject(type, data, [...DRAFT_FIELDS, 'id', 'build']);
      const draft = expectDraft(type, payload);
      const id = idOf(type, payload, draft);
      const build = optionalBoolean(type, payload, 'build') ?? true;
      const built = await buildWith(id, draft);
      // Refused by the pipeline (nothing left once page furniture is removed, say): nothing is stored.
      previewOf(built, id, draft.url ?? null);
      await writeAddedSource(choices(), addedRow(id, draft));
      lastPreview = null;
      if (!build) {
        const source = built.factBase.sources.find((s) => s.id === id)!;
        return (await summaries([source]))[0]!;
      }
      await keeper.rebuild(built);
      await announce();
      return (await summaries([await sourceOrFail(id)]))[0]!;
    },

    async removeSource(data: unknown): Promise<void> {
      const id = expectId('removeSource', expectObject('removeSource', data, ['source']), 'source');
      await keeper.ready();
      const source = await sourceOrFail(id);
      if (await choices().added.get(id)) await deleteAddedSource(choices(), id);
      else await writeHidden(choices(), id, true, source.label);
      await afterChange();
    },

    async showSource(data: unknown): Promise<void> {
      const id = expectId('showSource', expectObject('showSource', data, ['source']), 'source');
      await keeper.openChoices();
      if (!(await choices().hidden.get(id))) throw new Error(`There is no hidden source "${id}".`);
      await writeHidden(choices(), id, false);
      await afterChange();
    },

    async setStory(data: unknown): Promise<SourceSummary> {
      const payload = expectObject('setStory', data, ['source', 'story']);
      const id = expectId('setStory', payload, 'source');
      const story = payload.story === null ? null : expectId('setStory', payload, 'story');
      await keeper.ready();
      await sourceOrFail(id);
      await writeStoryChoice(choices(), id, story);
      await afterChange();
      return (await summaries([await sourceOrFail(id)]))[0]!;
    },
  };
}
