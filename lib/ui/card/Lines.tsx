/**
 * The summary: one line per group of trusted sources that say the same thing, the source's own words cut to the
 * clause about the entity, then how sure and on whose word, and "+2 sources alike". The clause opens the reader at
 * its sentence; "original ↗" opens the article at it. Sources that mention the entity only in passing are named
 * on one closing line, each name a link to its sentence.
 */
import type { JSX } from 'preact';
import type { AlsoIn, Card, SourceRef, SummaryLine } from '../../cards/card';
import { shortSourceName, sourceName } from '../../cards/source-name';
import { alikeText, alsoInText, attributionText, dateText, nameList, stanceText } from '../card-text';
import { Marked, OriginalLink, ReaderLink, type ReaderLinks } from './links';

/** A clause that is itself a quotation keeps the source's own marks rather than get a second pair. */
const OPENS_QUOTE = /^["“‘']/;
const CLOSES_QUOTE = /["”’'][.!?]?$/;

/** `shown`: how many of the summary's lines fit (lib/cards/fit.ts); the others join "Also in". */
export function Lines(props: ReaderLinks & { card: Card; refs: ReadonlyMap<string, SourceRef>; shown: number }): JSX.Element {
  const { card, refs, shown } = props;
  const fragments = new Map(card.sources.flatMap((s) => s.claims.map((c) => [c.id, c.fragment] as const)));
  const lines = card.summary.lines.slice(0, shown);
  const overflow: AlsoIn[] = card.summary.lines
    .slice(shown)
    .flatMap((l) => [l.source, ...l.alike].map((source) => ({ source, claim: source === l.source ? l.claim : null, why: 'more' as const })));
  return (
    <>
      {lines.length > 0 && (
        <ul class="sl-lines" aria-label="What each source reported">
          {lines.map((line) => (
            <Line key={line.claim.id} {...props} line={line} source={refs.get(line.source)} fragment={fragments.get(line.claim.id)} />
          ))}
        </ul>
      )}
      <AlsoInLines {...props} also={[...card.summary.alsoIn, ...overflow]} />
    </>
  );
}

function Line(props: ReaderLinks & { line: SummaryLine; source: SourceRef | undefined; fragment: string | undefined; refs: ReadonlyMap<string, SourceRef> }): JSX.Element {
  const { line, source, refs } = props;
  const alike = line.alike.map((id) => refs.get(id)).filter((s): s is SourceRef => s !== undefined);
  return (
    <li class="sl-line" data-stance={line.stance}>
      <cite class="sl-line-source" title={source ? sourceName(source) : undefined}>
        {source ? shortSourceName(source) : line.source}
        {source?.published && <time dateTime={source.published}> {dateText(source.published)}</time>}
      </cite>{' '}
      <ReaderLink {...props} class="sl-clause" sourceId={line.source} claimIndex={line.claim.index}>
        {!line.cutBefore && OPENS_QUOTE.test(line.text) ? '' : '\u201C'}
        {line.cutBefore && '\u2026'}
        <Marked text={line.text} mentions={line.mentions} />
        {line.cutAfter && '\u2026'}
        {!line.cutAfter && CLOSES_QUOTE.test(line.text) ? '' : '\u201D'}
      </ReaderLink>{' '}
      <span class="sl-meta">
        <span class="sl-stance">{stanceText(line)}</span>
        {line.attribution && <span class="sl-attribution"> {attributionText(line.attribution)}</span>}
        {alike.length > 0 && (
          <span class="sl-alike">
            {' \u00B7 '}
            {alikeText(alike.length)}
            <span class="sl-visually-hidden">: {nameList(alike.map((s) => shortSourceName(s)), alike.length)}</span>
          </span>
        )}
        {source?.url && (
          <>
            {' \u00B7 '}
            <OriginalLink url={source.url} fragment={props.fragment} />
          </>
        )}
      </span>
    </li>
  );
}

/** "In passing: A, B" and "Only in a headline: C": every source the lines leave out, still one click away. */
function AlsoInLines(props: ReaderLinks & { also: readonly AlsoIn[]; refs: ReadonlyMap<string, SourceRef> }): JSX.Element | null {
  const { also, refs } = props;
  const kinds: AlsoIn['why'][] = ['more', 'passing', 'headline'];
  const rows = kinds
    .map((why) => ({ why, items: also.filter((a) => a.why === why) }))
    .filter((r) => r.items.length > 0);
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map(({ why, items }) => (
        <p key={why} class="sl-also">
          {alsoInText(why)}{' '}
          {items.map((item, i) => {
            const ref = refs.get(item.source);
            const name = ref ? shortSourceName(ref) : item.source;
            return (
              <span key={item.source}>
                {i > 0 && (i === items.length - 1 ? ' and ' : ', ')}
                <ReaderLink {...props} sourceId={item.source} claimIndex={item.claim?.index ?? null}>
                  {name}
                </ReaderLink>
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
}
