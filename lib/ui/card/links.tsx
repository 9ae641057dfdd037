/**
 * The card's links: to the source reader at a sentence (the extension's own page), and to the original article
 * at that sentence (a text fragment) where the source's address is known. A claim's text is cut into text runs and
 * `<mark>`s (highlightParts), never markup.
 */
import type { ComponentChildren, JSX } from 'preact';
import { urlAtText } from '../../cards/text-fragment';
import { highlightParts } from './mention-runs';

export interface ReaderLinks {
  /** Where a claim links: the source reader at that sentence. Without it claims are plain text. */
  claimHref?: ((sourceId: string, claimIndex: number) => string) | undefined;
  /**
   * Called when a claim's link is followed, instead of the browser navigating. A content script needs this: a web
   * page cannot open an extension page by a plain link, so it asks the background to open the reader.
   */
  onOpenClaim?: ((sourceId: string, claimIndex: number) => void) | undefined;
}

/** A link to the source reader at one sentence, or just its children when the card has no `claimHref`. */
export function ReaderLink(props: ReaderLinks & { sourceId: string; claimIndex: number | null; class?: string; children: ComponentChildren }): JSX.Element {
  const { sourceId, claimIndex: index, claimHref, onOpenClaim, children } = props;
  if (!claimHref || index === null) return props.class ? <span class={props.class}>{children}</span> : <>{children}</>;
  const open = onOpenClaim
    ? (event: MouseEvent) => {
        event.preventDefault();
        onOpenClaim(sourceId, index);
      }
    : undefined;
  return (
    <a class={props.class} href={claimHref(sourceId, index)} target="_blank" rel="noopener noreferrer" onClick={open}>
      {children}
    </a>
  );
}

/** "original ↗": the article on its own site, at the sentence when a text fragment is known. */
export function OriginalLink({ url, fragment, label }: { url: string | null; fragment?: string | undefined; label?: string }): JSX.Element | null {
  if (!url) return null;
  return (
    <a class="sl-original" href={urlAtText(url, fragment ?? '')} target="_blank" rel="noopener noreferrer">
      {label ?? 'original'}
      <span aria-hidden="true"> ↗</span>
      <span class="sl-visually-hidden"> (opens the article on its own site)</span>
    </a>
  );
}

/** A claim's text with the entity's mentions marked. */
export function Marked({ text, mentions }: { text: string; mentions: readonly { start: number; end: number }[] }): JSX.Element {
  return (
    <>
      {highlightParts(text, mentions).map((part, i) => (part.mention ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
