/**
 * The documents the card layer opens cards in (the top one and same-origin frames), each with its marks and the
 * listeners that end when it is unwatched.
 */
import type { PageMention } from '../page/mentions';
import type { PageMarks } from '../page/page-marks';

export class WatchedDocuments {
  readonly #byDoc = new Map<Document, { marks: PageMarks; listening: AbortController }>();

  /** Starts on `marks`' document: the signal ends on `remove` or when `signal` does; null if already watched. */
  add(marks: PageMarks, signal: AbortSignal): AbortSignal | null {
    if (this.#byDoc.has(marks.doc)) return null;
    const listening = new AbortController();
    signal.addEventListener('abort', () => listening.abort(), { once: true, signal: listening.signal });
    this.#byDoc.set(marks.doc, { marks, listening });
    return listening.signal;
  }

  /** Whether these very marks are watched (a rescan from scratch brings new marks for the same document). */
  has(marks: PageMarks): boolean {
    return this.#byDoc.get(marks.doc)?.marks === marks;
  }

  remove(marks: PageMarks): void {
    if (!this.has(marks)) return;
    this.#byDoc.get(marks.doc)?.listening.abort();
    this.#byDoc.delete(marks.doc);
  }

  clear(): void {
    for (const { listening } of this.#byDoc.values()) listening.abort();
    this.#byDoc.clear();
  }

  marksOf(mention: PageMention): PageMarks | undefined {
    return this.#byDoc.get(mention.startNode.ownerDocument)?.marks;
  }

  isMarked(mention: PageMention): boolean {
    return this.marksOf(mention)?.isMarked(mention) ?? false;
  }

  /** Every marked mention: each document's in document order, documents in the order they were watched. */
  allMarked(): PageMention[] {
    const out: PageMention[] = [];
    for (const { marks } of this.#byDoc.values()) out.push(...marks.marked());
    return out;
  }
}
