/**
 * The source reader: one source in full, named as cards name it (outlet, else headline, else its label; the date
 * where known). The sentence a quote pointed at is scrolled into view and marked as the current one; the other
 * claims are underlined only under the pointer, so the one followed is the one that stands out. Where the source's
 * address is known, a link opens the original at that sentence (a text fragment). The text only ever reaches the
 * DOM as text nodes (runs from `readerParagraphs`); nothing here sets innerHTML.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceDocument } from '../../messages';
import type { PageApi } from '../app-api';
import { sourceName, titleText } from '../../cards/source-name';
import { textDirective, urlAtText } from '../../cards/text-fragment';
import { dateText } from '../card-text';
import { StatusPane } from '../StatusPane';
import { messageOf, useStatus } from '../use-status';
import { readerParagraphs } from './paragraphs';
import { claimAnchor } from '../../reader-url';

export interface ReaderProps {
  api: PageApi;
  sourceId: string | null;
  /** The sentence to show and mark; null for the top of the source. */
  claimIndex: number | null;
  pollMs?: number;
}

export function Reader({ api, sourceId, claimIndex, pollMs }: ReaderProps): JSX.Element {
  const status = useStatus(api, pollMs);
  const ready = status.view.state === 'ready';
  const [doc, setDoc] = useState<SourceDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const article = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!ready || !sourceId) return;
    let current = true;
    api.ask('getSource', { id: sourceId }).then(
      (answer) => current && setDoc(answer),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, ready, sourceId]);

  const title = doc ? (doc.source.title ? titleText(doc.source.title) : sourceName(doc.source)) : null;
  useEffect(() => {
    document.title = title ? `${title} · Sourcelight` : 'Source · Sourcelight';
  }, [title]);

  // Scroll once the text is there, and again whenever the sentence changes (another link, same tab).
  useEffect(() => {
    if (!doc || claimIndex === null) return;
    const target = article.current?.querySelector<HTMLElement>(`#${claimAnchor(claimIndex)}`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [doc, claimIndex]);

  if (!sourceId) {
    return (
      <main class="reader">
        <p class="message message-error" role="alert">
          No source was named. Open the reader from a quote in a card.
        </p>
      </main>
    );
  }
  if (!ready) {
    return (
      <main class="reader">
        <StatusPane control={status} />
      </main>
    );
  }
  if (error) {
    return (
      <main class="reader">
        <p class="message message-error" role="alert">
          This source could not be shown: {error}
        </p>
      </main>
    );
  }
  if (!doc) {
    return (
      <main class="reader">
        <p class="message" role="status">
          Loading the source…
        </p>
      </main>
    );
  }

  const { source, claims } = doc;
  const paragraphs = readerParagraphs(source.text, claims);
  const byline = [source.publisher, source.published ? dateText(source.published) : null].filter(Boolean).join(' · ');
  const current = claims.find((c) => c.index === claimIndex);
  const original = source.url
    ? urlAtText(source.url, current ? textDirective(current.text, { text: source.text, start: current.start, end: current.end }) : '')
    : null;

  return (
    <main class="reader">
      <header class="reader-header">
        <p class="reader-eyebrow">Source</p>
        <h1 class="reader-title">{title}</h1>
        {byline && <p class="reader-byline">{byline}</p>}
        {original && (
          <p class="reader-original">
            <a href={original} target="_blank" rel="noopener noreferrer">
              {current ? 'Read this sentence on the original page' : 'Read it on the original page'}
              <span aria-hidden="true"> ↗</span>
            </a>
          </p>
        )}
        <p class="reader-legend">
          {current && (
            <>
              <mark class="claim claim-current">Highlighted</mark>: the claim you followed.{' '}
            </>
          )}
          Point at a sentence to see whether it is one of the {claims.length} claims Sourcelight took from this source
          (they are underlined then).
        </p>
        {!source.trusted && (
          <p class="reader-untrusted" role="note">
            You do not trust this source, so cards leave out its claims and figures.
          </p>
        )}
      </header>
      <article class="reader-text" ref={article} aria-label={title ?? 'Source text'}>
        {paragraphs.map((runs, p) => (
          <p key={p}>
            {runs.map((run, r) => {
              if (run.claim === null) return run.text;
              const isCurrent = run.claim === claimIndex;
              return (
                <mark
                  key={r}
                  id={run.first ? claimAnchor(run.claim) : undefined}
                  class={isCurrent ? 'claim claim-current' : 'claim'}
                  aria-current={isCurrent && run.first ? 'location' : undefined}
                  // Focusable by script only, so the sentence followed is where keyboard reading starts.
                  tabIndex={run.first && isCurrent ? -1 : undefined}
                >
                  {run.text}
                </mark>
              );
            })}
          </p>
        ))}
      </article>
    </main>
  );
}
