/**
 * A source's text cut into what the reader renders: paragraphs (blank lines divide them, as in the bundled
 * articles), each a list of runs that are either plain text or part of a claim. Pure, so the highlighting can be
 * tested on strings; the component only maps runs to text nodes and <mark>s.
 */

export interface ClaimRange {
  index: number;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  /** The claim this run belongs to, or null for text no claim covers. */
  claim: number | null;
  /** True on the first run of a claim: that one carries the claim's anchor. */
  first: boolean;
}

/** Blank lines (with any spaces on them) end a paragraph; single line breaks stay inside it. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/** Every paragraph of `text` as runs; claims are clipped to the text and to each paragraph they cross. */
export function readerParagraphs(text: string, claims: readonly ClaimRange[]): Run[][] {
  const ordered = claims
    .map((c) => ({ index: c.index, start: Math.max(0, c.start), end: Math.min(text.length, c.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const started = new Set<number>();
  return paragraphRanges(text).map(([from, to]) => {
    const runs: Run[] = [];
    let at = from;
    for (const claim of ordered) {
      if (claim.end <= at || claim.start >= to) continue;
      const start = Math.max(claim.start, at);
      const end = Math.min(claim.end, to);
      if (start > at) runs.push({ text: text.slice(at, start), claim: null, first: false });
      runs.push({ text: text.slice(start, end), claim: claim.index, first: !started.has(claim.index) });
      started.add(claim.index);
      at = end;
    }
    if (at < to) runs.push({ text: text.slice(at, to), claim: null, first: false });
    return runs;
  });
}

/** [start, end) of each non-empty paragraph, without the surrounding whitespace. */
function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) ranges.push([start, end]);
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return ranges;
}
