/** "All 23 claims", expanded in place: every trusted source with every sentence it wrote about the entity. */
import type { JSX } from 'preact';
import type { Card } from '../../cards/card';
import { sourceName } from '../../cards/source-name';
import { dateText } from '../card-text';
import { Marked, OriginalLink, ReaderLink, type ReaderLinks } from './links';

export function AllClaims(props: ReaderLinks & { card: Card; id: string }): JSX.Element {
  const { card } = props;
  return (
    <ul id={props.id} class="sl-sources" aria-label="Every claim, by source">
      {card.sources.map(({ source, claims }) => (
        <li key={source.id} class="sl-source">
          <p class="sl-source-name">
            <cite>{sourceName(source)}</cite>
            {source.published && (
              <>
                {' · '}
                <time dateTime={source.published}>{dateText(source.published)}</time>
              </>
            )}
            {source.url && (
              <>
                {' · '}
                <OriginalLink url={source.url} label="article" />
              </>
            )}
          </p>
          {claims.length === 0 && <p class="sl-empty">Named only in its headline.</p>}
          {claims.map((claim) => (
            <div key={claim.id} class="sl-claim">
              <blockquote class="sl-claim-text">
                <ReaderLink {...props} sourceId={source.id} claimIndex={claim.index}>
                  <Marked text={claim.text} mentions={claim.mentions} />
                </ReaderLink>
              </blockquote>
              {source.url && <OriginalLink url={source.url} fragment={claim.fragment} />}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
