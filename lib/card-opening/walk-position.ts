/**
 * Where the keyboard walk stands: one mention at most, painted `sourcelight-ui-focus` in its own document. The walk
 * stays after its card closes (the highlight shows where the next step starts) and goes when its mention does.
 */
import type { PageMention } from '../page/mentions';
import type { PageMarks } from '../page/page-marks';
import type { WatchedDocuments } from './watched-documents';

type Documents = Pick<WatchedDocuments, 'marksOf' | 'isMarked'>;

export class WalkPosition {
  #at: PageMention | null = null;

  constructor(private readonly documents: Documents) {}

  /** The mention the walk stands on, if it is still marked. */
  get current(): PageMention | null {
    return this.#at && this.documents.isMarked(this.#at) ? this.#at : null;
  }

  /** Stands on `mention`, moving the highlight; false (nothing moves) when its document is not watched. */
  moveTo(mention: PageMention): boolean {
    const marks = this.documents.marksOf(mention);
    if (!marks) return false;
    if (this.#at && this.#at !== mention) this.documents.marksOf(this.#at)?.painter.setUi('focus', null);
    this.#at = mention;
    marks.painter.setUi('focus', mention);
    return true;
  }

  /** The marks changed: a walk whose mention is no longer marked goes, highlight and all. */
  marksChanged(): void {
    if (this.#at && !this.documents.isMarked(this.#at)) this.clear();
  }

  /** These marks are going (they take their own highlights off): a walk in them is forgotten. */
  leave(marks: PageMarks): void {
    if (this.#at && this.documents.marksOf(this.#at) === marks) this.#at = null;
  }

  clear(): void {
    if (this.#at) this.documents.marksOf(this.#at)?.painter.setUi('focus', null);
    this.#at = null;
  }
}
