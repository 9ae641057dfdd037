/**
 * The one protocol between the background (which owns the fact base) and the content scripts and extension pages
 * that ask it. Payloads and answers are plain JSON, since Chrome serialises messages as JSON. The background only
 * answers; a handler that throws reaches the sender as a rejected `sendMessage` with the same (bounded) message.
 * The background dispatches with its own listener (lib/background/register.ts): the library looks a type up on a
 * plain object, where `constructor` and `toString` would be found too.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Card, SourceRef } from './cards/card';
import type { ArticleDraft } from './adding/draft';
import type { SourcePreview } from './adding/preview';
import type { ExportFile, ImportedChoices, ImportOutcome } from './transfer/export-file';
import type { AnnotationCollection } from './transfer/annotations';
import type { ArticleProblem, Claim, Story } from './facts/types';
import type { Lexicon } from './match/lexicon';
import type { PackedTrie } from './match/packed-trie';
import type { SearchResults } from './search';
import type { DetailField, ReaderDetails } from './store/details';

export type { ArticleDraft, Card, DetailField, Lexicon, PackedTrie, ReaderDetails, SearchResults, SourcePreview };
export type { AnnotationCollection, ExportFile, ImportedChoices, ImportOutcome };

/** What the page session's matcher needs: the lexicon and its compiled trie. */
export interface MatcherInput {
  lexicon: Lexicon;
  trie: PackedTrie;
}

/**
 * What `loadSession` answers: the matcher's input (the session script now runs in the sender's frame) as one JSON
 * string, or that the reader turned Sourcelight off for the sender's site, so nothing was loaded. A string because
 * Firefox clones an answer's objects into the content script one by one: 28-46 ms for the trie's 1,499 nodes, 1-6
 * ms for the same as a string (docs/performance.md).
 */
export type SessionAnswer = { matcher: string } | { off: true };

/** The matcher's input as `loadSession` carries it. */
export function packMatcherInput(input: MatcherInput): SessionAnswer {
  return { matcher: JSON.stringify(input) };
}

/** The matcher's input from a `loadSession` answer that loaded the session. */
export function unpackMatcherInput(answer: { matcher: string }): MatcherInput {
  return JSON.parse(answer.matcher) as MatcherInput;
}

export interface Status {
  /**
   * 'ready': a fact base is stored and served. 'building': none yet, one is being built. 'error': none can be
   * served, or the stored one is damaged (its counts or rows are not what the pipeline wrote); `fix` says what helps.
   */
  state: 'ready' | 'building' | 'error';
  version: string | null;
  builtAt: string | null;
  counts: { sources: number; stories: number; entities: number; claims: number; figures: number };
  /** What went wrong, in words a reader can act on; may be set while 'ready' when the last rebuild failed. */
  error: string | null;
  /** Articles the last build skipped or warned about. */
  problems: ArticleProblem[];
  /** How long the last build took where it ran (pipeline, then the store's one transaction); null if unknown. */
  lastBuild: { pipelineMs: number; storeMs: number } | null;
  /**
   * What fixes `error`: 'repair' rebuilds the fact base from the articles (`rebuild {reset: true}`), keeping
   * everything the reader chose or added; 'retry' is asking again once the cause is gone (a full disk, a database
   * held open by another copy). Null when nothing is wrong.
   */
  fix: 'repair' | 'retry' | null;
}

export interface SourceSummary extends SourceRef {
  /** The original's address: the reader's, else the web page an added source came from; null if unknown. */
  url: string | null;
  /** What the reader set; `publisher`, `title`, `published` and `url` above already show it over the text's. */
  details: ReaderDetails;
  origin: string | null;
  claimCount: number;
  trusted: boolean;
  /** ISO time the user last changed trust for this source; null if never (or before times were kept). */
  trustChangedAt: string | null;
  /** The story it is in; `moved` when the reader put it there rather than the pipeline. */
  story: { id: string; name: string; moved: boolean } | null;
  /** Added by the reader (removable), or bundled with Sourcelight (it can only be hidden). */
  added: boolean;
}

/** A story as the popup lists it. */
export type StorySummary = Pick<Story, 'id' | 'name' | 'origin' | 'sources'>;

/** A bundled source the reader hid: listed so it can be shown again. */
export interface HiddenSource {
  id: string;
  label: string;
  hiddenAt: string;
}

export interface SourceDocument {
  source: SourceSummary & { text: string };
  /** Every claim of the source in reading order; offsets point into `source.text`. */
  claims: Pick<Claim, 'id' | 'index' | 'start' | 'end' | 'text' | 'entities'>[];
}

export interface ProtocolMap {
  /** Whether the fact base is ready, and what it holds. */
  getStatus(): Status;
  /**
   * Loads the page session (the matcher, marks and cards: content-scripts/session.js) into the frame that asks,
   * once its small content script found that the page may mention a story, and answers with what the matcher
   * needs: the lexicon (aliases, phrases and known figure values per entity id) and its trie, compiled
   * (lib/match/packed-trie.ts). Only into the sender's own frame, and only where the switches let the sender's site
   * be marked: elsewhere nothing is loaded and the answer says the site is off.
   */
  loadSession(): SessionAnswer;
  /** Cards for a batch of entity ids (unknown ids are left out), with trust applied. */
  getCards(data: { entities: string[] }): Card[];
  /** Typo-tolerant search over entities and trusted claims; an empty query lists entities by coverage. */
  search(data: { query: string; limit?: number }): SearchResults;
  /** Every source with its trust and how many claims it contributes. */
  getSources(): SourceSummary[];
  /** Trust or distrust one source; answers with its updated summary. */
  setTrust(data: { source: string; trusted: boolean }): SourceSummary;
  /**
   * Set what the reader knows about a source: its outlet, address (http or https), date (YYYY-MM-DD) and name.
   * A string sets a field, null (or an empty string) clears it back to what the text says, a field left out stays.
   * Kept across rebuilds, resets and upgrades; answers with the source's updated summary.
   */
  setSourceDetails(data: { source: string } & Partial<Record<DetailField, string | null>>): SourceSummary;
  /** One source in full with its claims, for the source reader. */
  getSource(data: { id: string }): SourceDocument;
  /**
   * Opens the source reader in a new tab, at sentence `claim` when given. For cards on web pages: a page may not
   * navigate to an extension page by a plain link, so the content script asks the background to open it.
   */
  openReader(data: { source: string; claim?: number }): void;
  /**
   * Make sure the stored fact base is the one the bundled articles give (a no-op when it is); `reset` first
   * deletes a database that cannot be used, keeping trust where it can be read. Answers with the resulting status.
   */
  rebuild(data: { reset?: boolean }): Status;
  /** Every story of the fact base, by id (the catalog’s first). */
  getStories(): StorySummary[];
  /** The bundled sources the reader hid. */
  getHiddenSources(): HiddenSource[];
  /**
   * What adding this article would give, without storing anything: its headline, outlet, date, first lines, the
   * entities found and the story it joins. Refused (an error with a sentence to show) when it cannot be added:
   * empty, binary, too large, or already among the sources.
   */
  previewSource(data: ArticleDraft): SourcePreview;
  /**
   * Adds an article as a source, kept across rebuilds, resets and upgrades, and builds the fact base with it
   * (`build: false` stores it only: an import builds once at the end, and passes the `id` the export gave it, an
   * added source's id). Refused like `previewSource`.
   */
  addSource(data: ArticleDraft & { build?: boolean; id?: string }): SourceSummary;
  /** Deletes a source the reader added; a bundled one is hidden (shown again with `showSource`). */
  removeSource(data: { source: string }): void;
  /** Shows a hidden bundled source again. */
  showSource(data: { source: string }): void;
  /** Puts a source in another story (an existing one's id, or a new id), or back where the pipeline groups it (null). */
  setStory(data: { source: string; story: string | null }): SourceSummary;
  /** The whole fact base with everything the reader added and chose, as one versioned file. */
  exportFactBase(): ExportFile;
  /** Every claim as a W3C Web Annotation (JSON-LD), anchored by a TextQuoteSelector. */
  exportAnnotations(): AnnotationCollection;
  /**
   * Merges the reader's choices of an export (trust, details, story moves, hidden sources; its added articles go
   * through `addSource`), then builds once. Answers what was taken and what was already there.
   */
  importChoices(data: ImportedChoices): ImportOutcome;
}

export type MessageType = keyof ProtocolMap;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
