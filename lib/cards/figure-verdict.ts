/**
 * One verdict per figure, from the numbers trusted sources give for it: they agree (one count; "at least 38"
 * agrees with 38), they differ (shown as the range), or only one source gives a number. Whether killed, survivors
 * and on board add up is a separate check, shown once on the card and never on a figure whose sources agree.
 */

/** One source's number: a source that writes "at least 38" and later "38" gives two. */
export interface GivenValue {
  source: string;
  value: number;
  atLeast: boolean;
}

export type FigureVerdict =
  /** All trusted sources' numbers can be true together; `bounds` of them say "at least". */
  | { kind: 'agree'; value: number; atLeast: boolean; sources: number; bounds: number }
  /** One source only. */
  | { kind: 'single'; value: number; atLeast: boolean; source: string }
  /** Numbers that cannot all be true: the lowest and highest given. */
  | { kind: 'differ'; low: number; high: number; sources: number };

/**
 * Exact counts disagree when they differ; "at least N" is a lower bound, so it only disagrees with an exact
 * count below N ("at least 38" and "38" agree, "at least 38" and "35" do not).
 */
export function disagree(values: readonly Pick<GivenValue, 'value' | 'atLeast'>[]): boolean {
  const exact = new Set(values.filter((v) => !v.atLeast).map((v) => v.value));
  if (exact.size > 1) return true;
  const [count] = exact;
  return count !== undefined && values.some((v) => v.atLeast && v.value > count);
}

/** The verdict on what trusted sources give; null when none gives a number. */
export function figureVerdict(given: readonly GivenValue[]): FigureVerdict | null {
  if (given.length === 0) return null;
  const sources = new Set(given.map((g) => g.source));
  // A value is a bound only when every source giving it bounds it: one exact "38" makes 38 a count.
  const byValue = new Map<number, boolean>();
  for (const g of given) byValue.set(g.value, (byValue.get(g.value) ?? true) && g.atLeast);
  const values = [...byValue].map(([value, atLeast]) => ({ value, atLeast }));
  if (disagree(values)) {
    const numbers = values.map((v) => v.value);
    return { kind: 'differ', low: Math.min(...numbers), high: Math.max(...numbers), sources: sources.size };
  }
  const exact = values.find((v) => !v.atLeast);
  // Bounds only: the highest bound is the most any of them says for certain.
  const lead = exact ?? values.reduce((a, b) => (b.value > a.value ? b : a));
  if (sources.size === 1) return { kind: 'single', value: lead.value, atLeast: !exact, source: [...sources][0]! };
  const bounds = [...sources].filter((s) => given.filter((g) => g.source === s).every((g) => g.atLeast)).length;
  return { kind: 'agree', value: lead.value, atLeast: !exact, sources: sources.size, bounds };
}
