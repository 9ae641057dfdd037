/**
 * The lingering "turned off, undo" hold: after the reader turns the site off from a card, that card outlives the
 * page's marks (it still offers Undo) until it closes; whoever waits for it hears once, after the close finishes.
 */
export interface UndoHold {
  /** Whether the open card is offering to undo turning the site off. */
  readonly holding: boolean;
  /** Called once the card that held an undo closes (then forgotten). */
  onSettled: (() => void) | null;
  /** The reader turned the site off from the card. */
  turnedOff(): void;
  /** The reader pressed Undo: nothing is held any more, and nobody is told. */
  undone(): void;
  /** The card closed: a hold ends, and the waiter hears of it on `defer` (after the closing code has run). */
  cardClosed(): void;
}

export function createUndoHold(defer: (task: () => void) => void = (task) => queueMicrotask(task)): UndoHold {
  let holding = false;
  return {
    get holding() {
      return holding;
    },
    onSettled: null,
    turnedOff() {
      holding = true;
    },
    undone() {
      holding = false;
    },
    cardClosed() {
      if (!holding) return;
      holding = false;
      const settled = this.onSettled;
      this.onSettled = null;
      defer(() => settled?.());
    },
  };
}
