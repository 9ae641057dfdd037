/**
 * Cutting a claim's text into plain runs and highlighted runs, so a card can put `<mark>` around the mention
 * without ever treating the text as markup: every piece is rendered as a text node.
 */

export interface ClaimPart {
  text: string;
  /** True for the entity's mention, which the card wraps in `<mark>`. */
  mention: boolean;
}

/**
 * The text split at the mentions' offsets. Offsets come from the fact base and are trusted to point into
 * `text`, but the text is shown whatever they say: spans are clamped to the text, empty ones dropped, and where
 * two overlap they are merged, so the parts always join back into exactly `text`.
 */
export function highlightParts(text: string, mentions: readonly { start: number; end: number }[]): ClaimPart[] {
  const spans = mentions
    .map((m) => ({ start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const parts: ClaimPart[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), mention: false });
    parts.push({ text: text.slice(start, end), mention: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mention: false });
  return parts;
}
