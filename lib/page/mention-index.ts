/**
 * Every mention found in one document, by block and by text node, with the blocks kept in reading order (the order
 * a scan read them in: reading.ts): what the painter registers, the hit test looks up under the pointer, the
 * choice goes through and the keyboard walks. Plain data over the page's own nodes; nothing here writes to the page.
 */
import { mentionKey, type PageMention } from './mentions';

export interface IndexChange {
  /** Mentions new to the index. */
  added: PageMention[];
  /** Mentions gone from it. */
  removed: PageMention[];
  /** Mentions found again by a rescan in other nodes or offsets: same object, new position. */
  moved: PageMention[];
}

export class MentionIndex {
  private readonly byBlock = new Map<Element, PageMention[]>();
  private readonly byNode = new Map<Text, PageMention[]>();
  /** Blocks with mentions, in reading order. */
  private readonly ordered: Element[] = [];

  get size(): number {
    let n = 0;
    for (const list of this.byBlock.values()) n += list.length;
    return n;
  }

  blocks(): readonly Element[] {
    return this.ordered;
  }

  mentionsOf(block: Element): readonly PageMention[] {
    return this.byBlock.get(block) ?? [];
  }

  /** The mentions that cover `node` (for the hit test). */
  atNode(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** Every mention, blocks in reading order and each block's mentions in text order. */
  *inOrder(): Generator<PageMention> {
    for (const block of this.ordered) yield* this.byBlock.get(block) ?? [];
  }

  /**
   * Replaces `block`'s mentions with `mentions`. A mention a rescan finds again (same entity, wording and
   * occurrence) keeps its object, so an open card stays open; only its position is updated. `pool` holds mentions
   * of the block taken out earlier (their text changed) whose identity a rescan may give back. A block new to the
   * index goes after `after` (null: first), or at the end when not given (a scan reading on).
   */
  setBlock(block: Element, mentions: readonly PageMention[], pool: readonly PageMention[] = [], after?: Element | null): IndexChange {
    const old = this.byBlock.get(block) ?? [];
    const change: IndexChange = { added: [], removed: [], moved: [] };
    if (old.length === 0 && mentions.length === 0) return change;
    const oldByKey = new Map([...pool, ...old].map((m) => [mentionKey(m), m]));
    const current = new Set(old);
    const next: PageMention[] = [];
    for (const fresh of mentions) {
      const key = mentionKey(fresh);
      const kept = oldByKey.get(key);
      if (kept && !current.has(kept)) {
        // Back from the pool: not indexed any more, so it comes back as new, with its old identity.
        oldByKey.delete(key);
        Object.assign(kept, placeOf(fresh));
        next.push(kept);
        change.added.push(kept);
        continue;
      }
      if (!kept) {
        next.push(fresh);
        change.added.push(fresh);
        continue;
      }
      oldByKey.delete(key);
      if (!samePlace(kept, fresh)) {
        this.unindexNodes(kept);
        Object.assign(kept, placeOf(fresh));
        change.moved.push(kept);
        this.indexNodes(kept);
      }
      next.push(kept);
    }
    for (const gone of oldByKey.values()) {
      if (!current.has(gone)) continue;
      this.unindexNodes(gone);
      change.removed.push(gone);
    }
    for (const m of change.added) this.indexNodes(m);
    if (next.length === 0) {
      this.byBlock.delete(block);
      this.removeOrdered(block);
    } else {
      if (!this.byBlock.has(block)) this.insertOrdered(block, after);
      this.byBlock.set(block, next);
    }
    return change;
  }

  /** Forgets every mention (the session stops, or the page is rescanned from scratch). */
  clear(): PageMention[] {
    const all = [...this.inOrder()];
    this.byBlock.clear();
    this.byNode.clear();
    this.ordered.length = 0;
    return all;
  }

  private indexNodes(m: PageMention): void {
    for (const node of m.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(m);
      else this.byNode.set(node, [m]);
    }
  }

  private unindexNodes(m: PageMention): void {
    for (const node of m.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((x) => x !== m);
      if (rest.length > 0) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  private insertOrdered(block: Element, after: Element | null | undefined): void {
    const list = this.ordered;
    if (after === undefined) list.push(block);
    else if (after === null) list.unshift(block);
    else {
      const at = list.indexOf(after);
      if (at < 0) list.push(block);
      else list.splice(at + 1, 0, block);
    }
  }

  private removeOrdered(block: Element): void {
    const at = this.ordered.indexOf(block);
    if (at >= 0) this.ordered.splice(at, 1);
  }
}

function placeOf(m: PageMention): Pick<PageMention, 'startNode' | 'startOffset' | 'endNode' | 'endOffset' | 'nodes' | 'found'> {
  return { startNode: m.startNode, startOffset: m.startOffset, endNode: m.endNode, endOffset: m.endOffset, nodes: m.nodes, found: m.found };
}

function samePlace(a: PageMention, b: PageMention): boolean {
  return (
    a.startNode === b.startNode &&
    a.startOffset === b.startOffset &&
    a.endNode === b.endNode &&
    a.endOffset === b.endOffset &&
    a.found.number === b.found.number
  );
}
