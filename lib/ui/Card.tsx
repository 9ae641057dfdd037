/**
 * The card: what a mention opens, and what the popup shows for a search result. It renders a `Card` the
 * background built (trust already applied) with no fetching and no extension API, so page and popup share it.
 * It opens to a summary that fits without scrolling; "All N claims" expands in place. Fact text reaches the DOM
 * only as JSX text nodes, never innerHTML. ARIA: a non-modal `dialog` labelled by the entity's name (a `tooltip`
 * may hold no links or buttons; the page stays usable while it shows).
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Card as CardData, SourceRef } from '../cards/card';
import { shortSourceName } from '../cards/source-name';
import { COVERAGE_NAME_CHARS, coverageText, hiddenText, kindText, pageFigureText, storyText, type PageFigure } from './card-text';
import { linesThatFit } from '../cards/fit';
import { Actions, type ActionProps } from './card/Actions';
import { AllClaims } from './card/AllClaims';
import { Figures, PageFigureLine } from './card/Figures';
import { Lines } from './card/Lines';
import type { ReaderLinks } from './card/links';
import type { Theme } from './theme';

export type { PageFigure } from './card-text';
export type { Timers } from '../timers';

export interface CardProps extends ReaderLinks, ActionProps {
  card: CardData;
  /** The page's palette (lib/ui/theme.ts themeFromColors); light by default. */
  theme?: Theme | undefined;
  /** The number the marked text on the page carries ("29 survivors"): the card opens with it beside the sources'. */
  pageFigure?: PageFigure | null | undefined;
  /** A close button: shown only when given. */
  onClose?: (() => void) | undefined;
  /** 'floating' (default): a non-modal dialog over a page. 'inline': an article in a page (the popup). */
  variant?: 'floating' | 'inline' | undefined;
}

export function Card(props: CardProps): JSX.Element {
  const { card, onClose } = props;
  const floating = props.variant !== 'inline';
  const nameId = useId();
  const descriptionId = useId();
  const allId = useId();
  const [expanded, setExpanded] = useState(false);
  const refs = sourceRefs(card);
  const coverage = coverageText(card.mentionedBy.length, card.trustedCount, card.hiddenUntrusted, card.notMentioning.map((s) => shortSourceName(s, COVERAGE_NAME_CHARS)));
  const story = storyText(card.stories ?? [], card.storyCount ?? 0);
  const page = props.pageFigure ? pageFigureText(props.pageFigure, card.figures.find((f) => f.measure === props.pageFigure!.measure), card.trustedCount) : '';
  // A floating card opens within its height: lines that would not fit join the closing "Also in" line.
  const shown = floating
    ? linesThatFit(card, (id) => (refs.get(id) ? shortSourceName(refs.get(id)!).length : id.length), coverage.length + page.length + story.length)
    : card.summary.lines.length;

  const body = (
    <>
      {props.pageFigure && <PageFigureLine card={card} page={props.pageFigure} />}
      {card.trustedCount === 0 ? (
        <p class="sl-empty">
          You trust no source, so there is nothing to show. Trust a source in Sourcelight's popup to see what it
          reported.
        </p>
      ) : card.mentionedBy.length === 0 ? (
        <p class="sl-empty">None of your trusted sources mentions {card.entity.name}.</p>
      ) : (
        <p class="sl-coverage">{coverage}</p>
      )}
      {card.mentionedBy.length === 0 && card.hiddenUntrusted > 0 && <p class="sl-hidden">{hiddenText(card.hiddenUntrusted)}</p>}
      {story && <p class="sl-story">{story}</p>}
      <Figures card={card} />
      {expanded ? <AllClaims {...props} id={allId} /> : <Lines {...props} refs={refs} shown={shown} />}
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
      {floating && expanded ? (
        // A scrolling region must be focusable so a keyboard can scroll it (axe: scrollable-region-focusable).
        <div class="sl-body sl-expanded" tabIndex={0} role="region" aria-label="Every claim">
          {body}
        </div>
      ) : (
        <div class={expanded ? 'sl-body sl-expanded' : 'sl-body'}>{body}</div>
      )}
      <Actions
        {...props}
        claimCount={card.claimCount}
        expanded={expanded}
        controls={allId}
        onToggleAll={() => setExpanded((open) => !open)}
      />
    </>
  );

  const theme = props.theme === 'dark' ? ' sl-dark' : '';
  return floating ? (
    <section class={`sl-card${theme}`} role="dialog" aria-labelledby={nameId} aria-describedby={descriptionId}>
      {content}
    </section>
  ) : (
    <article class={`sl-card sl-inline${theme}`} aria-labelledby={nameId}>
      {content}
    </article>
  );
}

/** Each source the card may name, by id. */
function sourceRefs(card: CardData): Map<string, SourceRef> {
  const refs = new Map<string, SourceRef>();
  for (const { source } of card.sources) refs.set(source.id, source);
  for (const source of card.notMentioning) refs.set(source.id, source);
  return refs;
}
