import type { TextContext } from './contexts';
import type { MentionIndex } from './mention-index';
import { locateMentions, type MentionSpan, type PageMention } from './mentions';
import { knownBefore, SectionCounter } from './reading';
import type { ScanUnit } from './scanner';

/** What a read found in one block: its mentions, its section, and where it goes in the index if new to it. */
export interface Read {
  mentions: PageMention[];
  ordinals: Map<string, number>;
  section: string;
  /** undefined: at the end (a first read going down the page); null: first; else after that block. */
  after: Element | null | undefined;
}

/** What the reading of one unit needs of the page's marks. */
export interface ReadingContext {
  index: MentionIndex;
  /** The section each block with mentions was read in. */
  sections: ReadonlyMap<Element, string>;
  /** Whether mentions taken off for a change wait for this read to give them their identity back. */
  stashed: boolean;
  /** A new number for a reread's sections, so each reread is a section of its own. */
  nextReread(): number;
}

/**
 * The reading of one scan unit: the blocks found so far with their mentions, in which section, and where each new
 * block goes among those read before.
 */
export class UnitReading {
  readonly found = new Map<Element, Read>();
  /** The blocks already in the index that this unit covers, and so replaces. */
  readonly covered: Element[];
  /**
   * A first read of this part of the page shows what it finds at once; a reread waits for the unit's end, so a
   * mention found again keeps its identity (and its open card).
   */
  readonly buffered: boolean;
  private readonly counter: SectionCounter;
  /** The block before the unit, and the last block of the unit with mentions: where new blocks go in the index. */
  private readonly before: Element | null | undefined;
  private last: Element | null = null;

  constructor(
    private readonly unit: ScanUnit,
    private readonly page: ReadingContext,
  ) {
    this.covered = coveredBy(unit, page.index);
    this.buffered = this.covered.length > 0 || page.stashed;
    // The first read goes through the page in order; a reread of a part of it carries on from the section of the
    // block before it, as a section of its own (new content is a new section).
    const whole = unit.root.nodeType === 9;
    this.before = whole ? undefined : knownBefore(unit.root, (element) => page.sections.has(element));
    this.counter = new SectionCounter(whole ? 'doc' : `${(this.before && page.sections.get(this.before)) ?? 'top'}/${page.nextReread()}`);
  }

  /** Records what the scan found in one context; returns its block when it held mentions. */
  add(context: TextContext, spans: readonly MentionSpan[]): Element | null {
    const block = context.block;
    const recorded = this.unit.shallow ? this.page.sections.get(block) : undefined;
    const section = recorded ?? this.counter.sectionOf(block);
    if (spans.length === 0) return null;
    let entry = this.found.get(block);
    if (!entry) {
      const after = this.page.index.mentionsOf(block).length > 0 || this.before === undefined ? undefined : (this.last ?? this.before);
      this.found.set(block, (entry = { mentions: [], ordinals: new Map(), section, after }));
    }
    entry.mentions.push(...locateMentions(context, spans, entry.ordinals));
    this.last = block;
    return block;
  }

  /** Every block the unit's end settles: those it covered (found again or not) and those it found. */
  settled(): Set<Element> {
    return new Set([...this.covered, ...this.found.keys()]);
  }
}

/** The blocks already in the index that a unit covers (and so replaces). */
function coveredBy(unit: ScanUnit, index: MentionIndex): Element[] {
  const root = unit.root;
  if (root.nodeType !== 1) return [...index.blocks()];
  if (unit.shallow) return index.mentionsOf(root as Element).length > 0 ? [root as Element] : [];
  return index.blocks().filter((block) => (unit.nestedOnly ? block !== root : true) && root.contains(block));
}
