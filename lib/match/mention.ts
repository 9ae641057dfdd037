/** A mention the matcher found: what matcher.ts returns and the fuzzy rescue (fuzzy.ts) adds to. */
export interface Mention {
  entity: string;
  /** Offsets into the original text (UTF-16 code units): `text.slice(start, end)` is what a reader sees. */
  start: number;
  end: number;
  /** Other entities whose own alias lies inside this span ("Azerbaijan Airlines flight" → airline). */
  also?: string[];
  /** The number a phrase's `{n}` captured ("38 people died" → 38). */
  number?: number;
  /** Found by the fuzzy rescue rather than an exact match. */
  fuzzy?: boolean;
}
