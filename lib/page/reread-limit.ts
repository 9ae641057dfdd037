/**
 * How often one block may be read again: a page that rewrites a block without end (a ticker, a re-render loop) gets
 * it read at most `max` times per `windowMs`, then left as it is until the window has passed.
 */
export class RereadLimit {
  private readonly counts = new WeakMap<Element, { count: number; since: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Whether `block` has been read again as often as allowed in the current window. */
  exhausted(block: Element): boolean {
    const entry = this.counts.get(block);
    return entry !== undefined && entry.count >= this.max && this.now() - entry.since < this.windowMs;
  }

  /** Counts one more reread of `block`, starting a new window when the last one has passed. */
  count(block: Element): void {
    const entry = this.counts.get(block);
    if (!entry || this.now() - entry.since >= this.windowMs) this.counts.set(block, { count: 1, since: this.now() });
    else entry.count++;
  }
}
