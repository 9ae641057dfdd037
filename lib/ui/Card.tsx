/**
 * The card: what a mention opens, and what the popup shows for a search result. It renders a `Card` the
 * background built (trust already applied) and nothing else: no fetching, no extension API, so the content
 * script and the popup render the very same component.
 *
 * Fact text (names, descriptions, quotes, notes) only ever reaches the DOM as text nodes through JSX; nothing
 * here sets innerHTML. A mention is highlighted by cutting the quote into text runs (`highlightParts`).
 *
 * ARIA: on a page the card is a non-modal `dialog` labelled by the entity's name. `tooltip` would be wrong: a
 * tooltip may hold no interactive content, and the card has links and buttons a keyboard must reach. It is not
 * modal (`aria-modal` left out) because the page stays usable while it shows.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Card as CardData, CardClaim, CardFigure, SourceRef } from '../facts/cards';
import { coverageText, dateText, hiddenText, kindText, measureText, valueText } from './card-text';
import { highlightParts } from './highlight';

export interface CardProps {
  card: CardData;
  /** Where a quote links: the source reader at that sentence. Without it quotes are plain text. */
  quoteHref?: (sourceId: string, claimIndex: number) => string;
  /**
   * Called when a quote link is followed, instead of the browser navigating. A content script needs this: a web
   * page cannot open an extension page by a plain link, so it asks the background to open the reader.
   */
  onOpenQuote?: (sourceId: string, claimIndex: number) => void;
  /** The off switch in the card itself (as Wikipedia's Page Previews have): shown only when given. */
  onTurnOffSite?: () => void;
  /** A close button: shown only when given. */
  onClose?: () => void;
  /** 'floating' (default): a non-modal dialog over a page, with a scrolling body. 'inline': an article in a page (the popup). */
  variant?: 'floating' | 'inline';
}

export function Card(props: CardProps): JSX.Element {
  const { card, onClose, onTurnOffSite } = props;
  const floating = props.variant !== 'inline';
  const nameId = useId();
  const descriptionId = useId();
  const labels = sourceLabels(card);
  const hidden = hiddenText(card.hiddenUntrusted);

  const body = (
    <>
      {card.trustedCount === 0 ? (
        <p class="sl-empty">
          You trust no source, so there is nothing to show. Trust a source in Sourcelight's popup to see what it
          reported.
        </p>
      ) : card.mentionedBy.length === 0 ? (
        <p class="sl-empty">None of your trusted sources mentions {card.entity.name}.</p>
      ) : (
        <p class="sl-coverage">{coverageText(card.mentionedBy.length, card.trustedCount, card.hiddenUntrusted)}</p>
      )}
      {card.figures.map((figure) => (
        <Figure key={figure.measure} figure={figure} labels={labels} {...props} />
      ))}
      {card.sources.length > 0 && (
        <ul class="sl-sources" aria-label="What each source reported">
          {card.sources.map(({ source, claims }) => (
            <li key={source.id} class="sl-source">
              <SourceName source={source} />
              {claims.map((claim) => (
                <Quote key={claim.id} sourceId={source.id} claim={claim} {...props} />
              ))}
            </li>
          ))}
        </ul>
      )}
      {card.notMentioning.length > 0 && (
        <p class="sl-silent">
          Not mentioned by: {card.notMentioning.map((s) => s.label).join('; ')}
        </p>
      )}
      {hidden && <p class="sl-hidden">{hidden}</p>}
    </>
  );

  const content = (
    <>
      <header class="sl-header">
        <div class="sl-title">
          <h2 id={nameId} class="sl-name">
            {card.entity.name}
          </h2>
          <span class="sl-kind">{kindText(card.entity.kind)}</span>
        </div>
        {onClose && (
          <button type="button" class="sl-close" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <p id={descriptionId} class="sl-description">
          {card.entity.description}
        </p>
      </header>
      {floating ? (
        // A scrolling region must be focusable so a keyboard can scroll it (axe: scrollable-region-focusable).
        <div class="sl-body" tabIndex={0} role="region" aria-label="What the sources say">
          {body}
        </div>
      ) : (
        <div class="sl-body">{body}</div>
      )}
      {onTurnOffSite && (
        <footer class="sl-footer">
          <button type="button" class="sl-off" onClick={onTurnOffSite}>
            Turn off Sourcelight on this site
          </button>
        </footer>
      )}
    </>
  );

  return floating ? (
    <section class="sl-card" role="dialog" aria-labelledby={nameId} aria-describedby={descriptionId}>
      {content}
    </section>
  ) : (
    <article class="sl-card sl-inline" aria-labelledby={nameId}>
      {content}
    </article>
  );
}

/** Each source id the card may name, with what to call it. */
function sourceLabels(card: CardData): Map<string, SourceRef> {
  const labels = new Map<string, SourceRef>();
  for (const { source } of card.sources) labels.set(source.id, source);
  for (const source of card.notMentioning) labels.set(source.id, source);
  return labels;
}

function SourceName({ source }: { source: SourceRef }): JSX.Element {
  return (
    <p class="sl-source-name">
      <cite>{source.label}</cite>
      {source.published && (
        <>
          {' · '}
          <time dateTime={source.published}>{dateText(source.published)}</time>
        </>
      )}
    </p>
  );
}

/**
 * A figure with every trusted source's value. Where sources disagree, or the pipeline noted that the numbers do
 * not add up, a flag says so in words (the warning sign is decoration; colour is never the only signal).
 */
function Figure(props: CardProps & { figure: CardFigure; labels: Map<string, SourceRef> }): JSX.Element {
  const { figure, labels } = props;
  // "Sources disagree" only when trusted sources give different numbers; numbers that agree but do not add up
  // (killed + survivors ≠ on board) are a different warning and must not read as a dispute.
  const flag = figure.disagree ? 'Sources disagree' : figure.notes.length > 0 ? 'Does not add up' : '';
  const headingId = useId();
  return (
    <section class={flag ? 'sl-figure sl-flagged' : 'sl-figure'} aria-labelledby={headingId}>
      <h3 id={headingId} class="sl-figure-name">
        {measureText(figure.measure)}
        {flag && (
          <span class="sl-flag">
            <span aria-hidden="true">⚠ </span>
            {flag}
          </span>
        )}
      </h3>
      <ul class="sl-values">
        {figure.bySource.map((v, i) => (
          <li key={`${v.source}-${i}`}>
            <span class="sl-value">{valueText(v)}</span>{' '}
            <span class="sl-value-source">
              <SourceLink {...props} sourceId={v.source} claimIndex={claimIndex(v.claim)}>
                {labels.get(v.source)?.label ?? v.source}
              </SourceLink>
            </span>
          </li>
        ))}
      </ul>
      {figure.notes.map((note, i) => (
        <p key={i} class="sl-note">
          {note}
        </p>
      ))}
    </section>
  );
}

/** A claim id is `${source}#${index}` (lib/facts/types.ts Claim.id). */
function claimIndex(claimId: string): number | null {
  const index = Number(claimId.slice(claimId.lastIndexOf('#') + 1));
  return Number.isInteger(index) && index >= 0 ? index : null;
}

function Quote(props: CardProps & { sourceId: string; claim: CardClaim }): JSX.Element {
  const { claim } = props;
  const text = highlightParts(claim.text, claim.mentions).map((part, i) =>
    part.mention ? <mark key={i}>{part.text}</mark> : part.text,
  );
  return (
    <blockquote class="sl-quote">
      <SourceLink {...props} claimIndex={claim.index}>
        {text}
      </SourceLink>
    </blockquote>
  );
}

/** A link to the source reader at one sentence, or just its children when the card has no `quoteHref`. */
function SourceLink(
  props: CardProps & { sourceId: string; claimIndex: number | null; children: ComponentChildren },
): JSX.Element {
  const { sourceId, claimIndex: index, quoteHref, onOpenQuote, children } = props;
  if (!quoteHref || index === null) return <>{children}</>;
  const open = onOpenQuote
    ? (event: MouseEvent) => {
        event.preventDefault();
        onOpenQuote(sourceId, index);
      }
    : undefined;
  return (
    <a href={quoteHref(sourceId, index)} target="_blank" rel="noopener noreferrer" onClick={open}>
      {children}
    </a>
  );
}
