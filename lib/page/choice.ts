/**
 * Which of the mentions found are marked. Not every mention is: a page about something else gets none, and by
 * default only the first mention of an entity in each section of the page (quiet.ts). A choice is recomputed
 * after the index changes and says which blocks' marked mentions changed.
 */
import type { MentionIndex } from './mention-index';
import type { PageMention } from './mentions';

export interface MarkChoice {
  /** The index changed in `changed` blocks; returns every block whose marked mentions may have changed. */
  update(index: MentionIndex, changed: ReadonlySet<Element>): Iterable<Element>;
  /** The marked mentions of a block, in text order. */
  marked(block: Element): readonly PageMention[];
}

/** Every mention marked ("Mark every mention", and the tests of painting). */
export function markEveryMention(index: MentionIndex): MarkChoice {
  return {
    update: (_index, changed) => changed,
    marked: (block) => index.mentionsOf(block),
  };
}
