import { realTimers, type Timers } from '../timers';
import { REVEALING_ATTRIBUTES } from './changes';

export interface ChangeWatchOptions {
  /** How long after the first change of a burst its batch is handed on (changes.ts RESCAN_DELAY_MS). */
  delayMs: number;
  timers?: Timers;
  /** As records arrive, in the observer's callback: what cannot wait for the batch (stale mentions, the window). */
  onRecords(records: readonly MutationRecord[]): void;
  /** A burst's records, once the delay has passed and no read is running. */
  onBatch(records: MutationRecord[]): void;
}

/**
 * The page watch: a MutationObserver over the whole document collecting what the page changed, handed on in bursts.
 * While a read runs (`busy`), the next burst waits for it, so two reads never overlap.
 */
export class ChangeWatch {
  private pending: MutationRecord[] = [];
  private timer: unknown;
  private running: Promise<void> | null = null;
  private readonly observer: MutationObserver;
  private readonly timers: Timers;
  private stopped = false;

  constructor(
    view: Window & typeof globalThis,
    private readonly doc: Document,
    private readonly options: ChangeWatchOptions,
  ) {
    this.timers = options.timers ?? realTimers;
    this.observer = new view.MutationObserver((records) => {
      if (this.stopped) return;
      options.onRecords(records);
      this.pending.push(...records);
      this.schedule();
    });
  }

  start(): void {
    this.observer.observe(this.doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
  }

  /** A read is running until `work` settles: bursts wait for it. */
  busy(work: Promise<void>): void {
    const running: Promise<void> = work.finally(() => {
      if (this.running === running) this.running = null;
      this.schedule();
    });
    this.running = running;
  }

  /** Resolves once no change is waiting and no read is running. */
  async idle(): Promise<void> {
    const tick = (ms: number) => new Promise<void>((resolve) => this.timers.setTimeout(resolve, ms));
    for (;;) {
      // Mutation records arrive in a microtask and a burst in a timer: let both happen first.
      await tick(0);
      if (this.running) await this.running.catch(() => undefined);
      else if (this.timer !== undefined) await tick(this.options.delayMs);
      else if (this.pending.length === 0) return;
    }
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }

  private schedule(): void {
    if (this.timer !== undefined || this.running || this.pending.length === 0 || this.stopped) return;
    this.timer = this.timers.setTimeout(() => this.flush(), this.options.delayMs);
  }

  private flush(): void {
    this.timer = undefined;
    const records = this.pending;
    this.pending = [];
    this.options.onBatch(records);
  }
}
