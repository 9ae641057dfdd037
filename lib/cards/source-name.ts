/**
 * What a card calls a source, so a reader can tell sources apart: the outlet where it is known, else its headline,
 * else the label the pipeline made from what the source is about. Never a sentence cut mid-word: a headline
 * that was cut short (it ends on "in", "of") or is too long for a line is cut at a word and ends in an ellipsis.
 */
import { isFunctionWord, wordsOf } from './words';

/** About half a line of the card: room for the source's words after it on the same line. */
export const SHORT_NAME_CHARS = 30;

/** What a source is called by: the outlet, the headline, and the label the pipeline made. */
export interface Named {
  publisher: string | null;
  title: string | null;
  label: string;
}

/** The headline as given, with an ellipsis when it visibly stops mid-phrase ("… Fatal Crash in"). */
export function titleText(title: string): string {
  const words = wordsOf(title);
  const last = words[words.length - 1];
  return last && isFunctionWord(last.lower) && last.end === title.trimEnd().length ? `${title.trimEnd()}\u2026` : title;
}

/** At most `max` characters, cut after a word that is not "of" or "the", with an ellipsis. */
export function shortened(text: string, max = SHORT_NAME_CHARS): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const words = wordsOf(trimmed);
  let end = 0;
  for (const w of words) {
    if (w.end > max) break;
    if (!isFunctionWord(w.lower)) end = w.end;
  }
  // A first word longer than the room: keep it whole rather than cut it.
  if (end === 0) end = words[0]?.end ?? trimmed.length;
  return `${trimmed.slice(0, end).replace(/[\s:;,.'"“”‘’-]+$/, '')}\u2026`;
}

/** The source's full name: outlet, headline, or label. */
export function sourceName(source: Named): string {
  return source.publisher ?? (source.title ? titleText(source.title) : source.label);
}

/** A name short enough to lead a line of the card. */
export function shortSourceName(source: Named, max = SHORT_NAME_CHARS): string {
  if (source.publisher) return shortened(source.publisher, max);
  if (source.title) return shortened(titleText(source.title), max);
  return shortened(source.label, max);
}
