/**
 * When a card opens and closes: the timing state machine between the reader's pointer and keyboard and the card.
 * It knows nothing of the DOM or the card's content; the content script feeds it events and acts on its three
 * outputs (`prefetch`, `show`, `hide`). Timers are injectable so tests are deterministic.
 *
 * Timings are Wikipedia's Page Previews' (mediawiki-extensions-Popups `src/constants.js`), tuned on millions of
 * readers who found them neither twitchy nor slow.
 */
import { realTimers, type Timers } from '../timers';

/** The pointer has rested on a mark this long: the reader may want its card, so start fetching it. */
export const FETCH_DELAY = 150;
/** The pointer has rested this long since entering the mark: show the card (Page Previews wait about 500 ms). */
export const SHOW_DELAY = 500;
/**
 * The pointer left the mark or the card: wait this long before hiding, so crossing the gap between mark and
 * card, or a small slip of the hand, does not close it.
 */
export const HIDE_GRACE = 300;
/**
 * A card is already open and the pointer rests on another mark this long: switch to that mark's card. The reader
 * has already shown they want cards, so waiting the full SHOW_DELAY again would feel slow; resting as long as a
 * fetch dwell still keeps a pointer sweeping across several marks from flipping the card at each one.
 */
export const SWITCH_DELAY = FETCH_DELAY;
export type HideReason = 'leave' | 'blur' | 'escape' | 'switch' | 'reset';

export interface HoverIntentOutputs<M> {
  /** Warm the cache for this mark's card (it may never be shown). */
  prefetch(mark: M): void;
  /** Show the card for this mark. Always preceded by `hide` of any card already shown. */
  show(mark: M, via: 'pointer' | 'keyboard'): void;
  /** Hide the card shown for this mark. */
  hide(mark: M, reason: HideReason): void;
}

/**
 * One machine per page. `M` is whatever identifies a mark (the mark element in the content script).
 *
 * States: idle → pending (pointer resting on a mark, timers running) → shown (a card is open for one mark);
 * while shown, a hide may be scheduled (grace) and a switch may be pending (another mark resting).
 */
export class HoverIntent<M> {
  private shown: M | null = null;
  private pending: { mark: M; handles: unknown[] } | null = null;
  private hideHandle: unknown = null;
  /** Where the reader is: the card stays open while any of these holds. */
  private pointerOnMark: M | null = null;
  private pointerOnCard = false;
  private focusInCard = false;
  /** A mark whose card the reader closed with Escape while pointing at it: not reopened until the pointer leaves it. */
  private dismissed: M | null = null;

  constructor(
    private readonly out: HoverIntentOutputs<M>,
    private readonly timers: Timers = realTimers,
  ) {}

  /** The mark whose card is shown, if any. */
  get current(): M | null {
    return this.shown;
  }

  pointerEnterMark(mark: M): void {
    this.pointerOnMark = mark;
    if (mark === this.dismissed) return;
    if (mark === this.shown) {
      this.cancelPending();
      this.cancelHide();
      return;
    }
    if (this.pending?.mark === mark) return;
    this.cancelPending();
    if (this.shown !== null) {
      // Switching: keep the open card until the new mark's dwell is over, then replace it.
      this.cancelHide();
      this.schedule(mark, [[SWITCH_DELAY, () => this.fetchAndOpen(mark, 'pointer')]]);
      return;
    }
    this.schedule(mark, [
      [FETCH_DELAY, () => this.out.prefetch(mark)],
      [SHOW_DELAY, () => this.open(mark, 'pointer')],
    ]);
  }

  pointerLeaveMark(mark: M): void {
    if (this.pointerOnMark === mark) this.pointerOnMark = null;
    this.leftMark(mark, 'leave');
  }

  pointerEnterCard(): void {
    this.pointerOnCard = true;
    this.cancelHide();
  }

  pointerLeaveCard(): void {
    this.pointerOnCard = false;
    this.scheduleHideIfAway('leave');
  }

  focusCard(): void {
    this.focusInCard = true;
    this.cancelHide();
  }

  blurCard(): void {
    this.focusInCard = false;
    this.scheduleHideIfAway('blur');
  }

  /**
   * Escape: close the card now. Returns whether there was one to close (the caller then stops the key from
   * reaching the page, and gives focus back to where it was before the card).
   */
  escape(): boolean {
    const mark = this.shown ?? this.pending?.mark ?? null;
    if (mark === null) return false;
    const wasShown = this.shown !== null;
    // Only a pointer resting on the mark would reopen it at once; a card the keyboard opened is not held closed.
    this.dismissed = this.pointerOnMark === mark ? mark : null;
    this.cancelPending();
    this.close('escape');
    // A card that was only pending never showed: the Escape is the page's (its own dialog, say), not ours.
    return wasShown;
  }

  /** Open `mark`'s card now, even after Escape: the keyboard walk reached it. */
  activate(mark: M): void {
    if (this.dismissed === mark) this.dismissed = null;
    this.cancelPending();
    this.cancelHide();
    if (mark === this.shown) return;
    this.fetchAndOpen(mark, 'keyboard');
  }

  /** Close everything at once (the site was turned off, the mark left the page, the card's close button). */
  reset(): void {
    this.cancelPending();
    this.close('reset');
    this.pointerOnMark = null;
    this.pointerOnCard = false;
    this.focusInCard = false;
    this.dismissed = null;
  }

  /**
   * The pointer left `mark`: its Escape is forgotten and a card still pending for it is not opened; the shown card
   * then hides after the grace unless the reader is on it.
   */
  private leftMark(mark: M, reason: HideReason): void {
    if (this.pointerOnMark !== mark) {
      if (this.dismissed === mark) this.dismissed = null;
      if (this.pending?.mark === mark) this.cancelPending();
    }
    this.scheduleHideIfAway(reason);
  }

  /** Open with no fetch dwell before it (a switch, the keyboard walk): ask for the card as it opens. */
  private fetchAndOpen(mark: M, via: 'pointer' | 'keyboard'): void {
    this.out.prefetch(mark);
    this.open(mark, via);
  }

  private open(mark: M, via: 'pointer' | 'keyboard'): void {
    this.pending = null;
    this.cancelHide();
    if (this.shown !== null) this.close('switch');
    this.shown = mark;
    this.out.show(mark, via);
  }

  private close(reason: HideReason): void {
    this.cancelHide();
    const mark = this.shown;
    this.shown = null;
    // The card goes with it: a hidden card gets no pointerleave or focusout, so forget being on it.
    this.pointerOnCard = false;
    this.focusInCard = false;
    if (mark !== null) this.out.hide(mark, reason);
  }

  /** Hide after the grace unless the reader is still on the shown mark or in the card. */
  private scheduleHideIfAway(reason: HideReason): void {
    if (this.shown === null || this.hideHandle !== null) return;
    if (this.pointerOnCard || this.focusInCard) return;
    if (this.pointerOnMark === this.shown) return;
    if (this.pending !== null) return; // a switch is pending: it replaces the card or, if abandoned, schedules the hide
    this.hideHandle = this.timers.setTimeout(() => {
      this.hideHandle = null;
      this.close(reason);
    }, HIDE_GRACE);
  }

  private schedule(mark: M, steps: [number, () => void][]): void {
    this.pending = { mark, handles: steps.map(([ms, run]) => this.timers.setTimeout(run, ms)) };
  }

  private cancelPending(): void {
    if (this.pending === null) return;
    for (const handle of this.pending.handles) this.timers.clearTimeout(handle);
    this.pending = null;
    // An abandoned switch leaves the old card open with nobody on it: give it the usual grace.
    this.scheduleHideIfAway('leave');
  }

  private cancelHide(): void {
    if (this.hideHandle === null) return;
    this.timers.clearTimeout(this.hideHandle);
    this.hideHandle = null;
  }
}
