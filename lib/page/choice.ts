/**
 * Which of the mentions found are marked. A page about none of the stories gets no mark at all (relevance.ts); on
 * a page about one, only that story's entities are marked, and by default only the first mention of each entity in
 * each section (reading.ts), outside the page's navigation, sidebars and footer. "Mark every mention" marks every
 * mention of the page's stories; the words the reader said were "not this" on this site are never marked.
 *
 * Recomputed after each change of the index: blocks a scan appends after the last one chosen are chosen in order,
 * carrying on from where the last left off; any other change chooses the whole page again.
 */
import type { MentionIndex } from './mention-index';
import type { PageMention } from './mentions';
import { inStories, StoryEvidence, type EntityEvidence } from './relevance';

export interface MarkChoice {
  /** The index changed in `changed` blocks; returns every block whose marked mentions may have changed. */
  update(index: MentionIndex, changed: ReadonlySet<Element>): Iterable<Element>;
  /** The marked mentions of a block, in text order. */
  marked(block: Element): readonly PageMention[];
}

export interface ChoiceOptions {
  /** What the lexicon says of an entity. */
  evidence(entity: string): EntityEvidence | undefined;
  /**
   * What the whole tab names of each story, shared by the choices of its documents (the top one and its frames):
   * a frame on a page about the story is about it too. Default: this document's own.
   */
  stories?: StoryEvidence;
  /** This document's mentions changed which stories the tab is about (the other documents choose again). */
  onStoriesChanged?(): void;
  /** Mark every mention, not only the first of each entity per section (a setting: asked at each choice). */
  markEvery(): boolean;
  /** The reader said these words, on this site, are not this entity. */
  notThis(mention: PageMention): boolean;
  /** The section a block was read in (reading.ts): equal keys, same section. */
  sectionOf(block: Element): string;
}

/** Page furniture around the article: mentions there are neither marked by default nor evidence of a story. */
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** Every mention marked, whatever the page is about (tests of painting). */
export function markEveryMention(index: MentionIndex): MarkChoice {
  return {
    update: (_index, changed) => changed,
    marked: (block) => index.mentionsOf(block),
  };
}

export function chooseMarks(options: ChoiceOptions): MarkChoice {
  const evidence = options.stories ?? new StoryEvidence(options.evidence);
  /** What each block added to the evidence, to take back when it changes. */
  const counted = new Map<Element, readonly PageMention[]>();
  const furniture = new WeakMap<Element, boolean>();
  let about = new Set<string>();
  let marked = new Map<Element, readonly PageMention[]>();
  /** How far the quiet rule has gone through the index's blocks, and the section it stood in. */
  let done = 0;
  let section: { key: string; seen: Set<string> } | null = null;

  const isFurniture = (block: Element): boolean => {
    let known = furniture.get(block);
    if (known === undefined) furniture.set(block, (known = block.closest(FURNITURE) !== null));
    return known;
  };
  const telling = (block: Element, mentions: readonly PageMention[]): PageMention[] =>
    isFurniture(block) ? [] : mentions.filter((m) => !options.notThis(m));
  let every = options.markEvery();
  const eligible = (block: Element, mentions: readonly PageMention[]): PageMention[] =>
    mentions.filter(
      (m) => (every || !isFurniture(block)) && inStories(options.evidence(m.entity), about) && !options.notThis(m),
    );

  function recount(index: MentionIndex, changed: ReadonlySet<Element>): void {
    for (const block of changed) {
      for (const m of counted.get(block) ?? []) evidence.count(m.entity, m.found.number !== undefined, -1);
      const now = telling(block, index.mentionsOf(block));
      for (const m of now) evidence.count(m.entity, m.found.number !== undefined, 1);
      if (now.length > 0) counted.set(block, now);
      else counted.delete(block);
    }
  }

  /** Chooses blocks `from` onwards, carrying on from the section state left by the blocks before. */
  function chooseFrom(index: MentionIndex, from: number, into: Map<Element, readonly PageMention[]>): void {
    const blocks = index.blocks();
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i] as Element;
      const candidates = eligible(block, index.mentionsOf(block));
      if (every) {
        into.set(block, candidates);
        continue;
      }
      const key = options.sectionOf(block);
      if (section?.key !== key) section = { key, seen: new Set() };
      const { seen } = section;
      const first: PageMention[] = [];
      for (const m of candidates) {
        if (seen.has(m.entity)) continue;
        seen.add(m.entity);
        first.push(m);
      }
      into.set(block, first);
    }
    done = blocks.length;
  }

  return {
    update(index, changed) {
      const before = evidence.stories();
      recount(index, changed);
      const stories = evidence.stories();
      if (!sameSet(before, stories)) options.onStoriesChanged?.();
      const blocks = index.blocks();
      const sameSetting = every === options.markEvery();
      every = options.markEvery();
      const sameStories = sameSet(about, stories);
      const appended = sameSetting && sameStories && appendsOnly(blocks, changed, done);
      about = stories;
      if (appended) {
        chooseFrom(index, done, marked);
        return changed;
      }
      const previous = marked;
      marked = new Map();
      section = null;
      chooseFrom(index, 0, marked);
      const differ = new Set<Element>();
      for (const block of new Set([...previous.keys(), ...marked.keys()])) {
        if (!sameList(previous.get(block), marked.get(block))) differ.add(block);
      }
      return differ;
    },
    marked: (block) => marked.get(block) ?? [],
  };
}

/** Whether every changed block sits after the `done` blocks already chosen (a scan going down the page). */
function appendsOnly(blocks: readonly Element[], changed: ReadonlySet<Element>, done: number): boolean {
  if (done > blocks.length) return false;
  for (const block of changed) {
    const at = blocks.indexOf(block, done);
    if (at < 0) return false;
  }
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function sameList(a: readonly PageMention[] | undefined, b: readonly PageMention[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => m === y[i]);
}
