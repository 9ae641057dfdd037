/**
 * The combobox's listbox: entities, then sentences, each group labelled; with an empty query, the story at a
 * glance (entities by how many sources mention them, with a bar that shows it at a glance). Options take no
 * focus: the search field keeps it and names the active option (see SearchPanel).
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { SearchResults } from '../../search';
import { kindText } from '../card-text';
import type { ResultOption } from './results';
import { resultCoverage } from './text';

export interface ResultListProps {
  id: string;
  hidden: boolean;
  results: SearchResults | null;
  options: readonly ResultOption[];
  active: number;
  optionId(index: number): string;
  trustedCount: number | null;
  onChoose(index: number): void;
}

export function ResultList(props: ResultListProps): JSX.Element {
  const { results, options, hidden } = props;
  const entitiesLabel = useId();
  const claimsLabel = useId();
  const glance = results !== null && results.query.trim() === '';
  const entities = options.flatMap((o, i) => (o.kind === 'entity' ? [i] : []));
  const claims = options.flatMap((o, i) => (o.kind === 'claim' ? [i] : []));
  const query = results?.query.trim() ?? '';

  return (
    <>
      {!hidden && results && options.length === 0 && (
        <div class="message">
          {glance ? (
            <p>No trusted source mentions anything yet. Trust a source under Sources to see the story.</p>
          ) : (
            <>
              <p class="message-title">No results for “{query}”.</p>
              <p>Try a name, a place, or a few words of what a source said.</p>
            </>
          )}
        </div>
      )}
      {!hidden && glance && options.length > 0 && (
        <h2 class="section-title" id={`${props.id}-glance`}>
          The story at a glance
        </h2>
      )}
      <div
        id={props.id}
        role="listbox"
        class="results"
        aria-label={glance ? 'Entities by how many sources mention them' : 'Results'}
        hidden={hidden || options.length === 0}
      >
        {entities.length > 0 && (
          <div role="group" aria-labelledby={glance ? undefined : entitiesLabel} aria-label={glance ? 'Entities' : undefined}>
            {!glance && (
              <div id={entitiesLabel} class="group-label" role="presentation">
                Entities
              </div>
            )}
            {entities.map((i) => (
              <Option key={options[i]!.key} index={i} {...props} />
            ))}
          </div>
        )}
        {claims.length > 0 && (
          <div role="group" aria-labelledby={claimsLabel}>
            <div id={claimsLabel} class="group-label" role="presentation">
              What sources said
            </div>
            {claims.map((i) => (
              <Option key={options[i]!.key} index={i} {...props} />
            ))}
          </div>
        )}
      </div>
    </>
  );
}

function Option(props: ResultListProps & { index: number }): JSX.Element {
  const { index, active, trustedCount } = props;
  const option = props.options[index]!;
  const common = {
    id: props.optionId(index),
    role: 'option',
    'aria-selected': index === active,
    class: index === active ? 'option option-active' : 'option',
    // Keep focus in the search field: a click chooses without moving it.
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
    onClick: () => props.onChoose(index),
  } as const;

  if (option.kind === 'entity') {
    const { entity } = option;
    const share = trustedCount ? Math.min(1, entity.sourceCount / trustedCount) : 0;
    return (
      <div {...common}>
        <span class="option-main">
          <span class="option-name">{entity.name}</span>
          <span class="option-kind">{kindText(entity.kind)}</span>
        </span>
        <span class="option-coverage">
          <span class="coverage-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(share * 100)}%` }} />
          </span>
          {resultCoverage(entity.sourceCount, trustedCount)}
        </span>
      </div>
    );
  }
  const { claim } = option;
  return (
    <div {...common}>
      <span class="option-quote">{claim.text}</span>
      <span class="option-source">
        {claim.source.label}
        <span class="visually-hidden">, opens the source in a new tab</span>
        <span aria-hidden="true"> ↗</span>
      </span>
    </div>
  );
}
