import type { HiddenCheck } from './elements';

/**
 * Hidden elements a scan passed over, remembered so that an attribute change revealing one (a class, `hidden`,
 * `open`) gets it read. Bounded: beyond `max` remembered elements, further reveals go unnoticed.
 */
export class HiddenMemory {
  private readonly seen = new Set<Element>();

  constructor(private readonly max: number) {}

  /** `check`, remembering every element it finds hidden. */
  remembering(check: HiddenCheck): HiddenCheck {
    return (element) => {
      const hidden = check(element);
      if (hidden && this.seen.size < this.max) this.seen.add(element);
      return hidden;
    };
  }

  /** Remembered elements that `changed` may have revealed: a changed element itself, or one inside it; forgotten once returned. */
  revealed(changed: Set<Element>): Element[] {
    if (changed.size === 0 || this.seen.size === 0) return [];
    const out: Element[] = [];
    for (const element of this.seen) {
      if (!element.isConnected) {
        this.seen.delete(element);
        continue;
      }
      for (let n: Node | null = element; n; n = n.parentNode) {
        if (changed.has(n as Element)) {
          this.seen.delete(element);
          out.push(element);
          break;
        }
      }
    }
    return out;
  }
}
