/**
 * The combobox's listbox: answers (a figure's value and verdict), entities, then sentences, each group
 * labelled; with an empty query, the story at a glance (entities by how many sources mention them, with a bar
 * that shows it at a glance). Options take no focus: the search field keeps it and names the active option (see
 * SearchPanel). A sentence shows the clause the query matched and its source, not the whole sentence.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { shortSourceName, sourceName } from '../../cards/source-name';
import type { SearchResults } from '../../search';
import { kindText, measureText, verdictText } from '../card-text';
import type { ResultOption } from './results';
import { NO_TRUSTED_SOURCE, resultCoverage } from './text';

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
  const figuresLabel = useId();
  const entitiesLabel = useId();
  const claimsLabel = useId();
  const glance = results !== null && results.query.trim() === '';
  const indices = (kind: ResultOption['kind']) => options.flatMap((o, i) => (o.kind === kind ? [i] : []));
  const figures = indices('figure');
  const entities = indices('entity');
  const claims = indices('claim');
  const query = results?.query.trim() ?? '';
  const trustsNone = results !== null && results.trustedCount === 0;

  return (
    <>
      {!hidden && results && options.length === 0 && (
        <div class="message">
          {trustsNone ? (
            <p>{NO_TRUSTED_SOURCE}</p>
          ) : glance ? (
            <p>No trusted source mentions anything yet. Trust a source under Sources to see the story.</p>
          ) : (
            <>
              <p class="message-title">No results for “{query}”.</p>
              <p>Try a name, a place, a number, or a few words of what a source said.</p>
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
        {figures.length > 0 && (
          <Group labelId={figuresLabel} label="Figures" indices={figures} {...props} />
        )}
        {entities.length > 0 &&
          (glance ? (
            <div role="group" aria-label="Entities">
              {entities.map((i) => (
                <Option key={options[i]!.key} index={i} {...props} />
              ))}
            </div>
          ) : (
            <Group labelId={entitiesLabel} label="Entities" indices={entities} {...props} />
          ))}
        {claims.length > 0 && <Group labelId={claimsLabel} label="What sources said" indices={claims} {...props} />}
      </div>
    </>
  );
}

function Group(props: ResultListProps & { labelId: string; label: string; indices: number[] }): JSX.Element {
  return (
    <div role="group" aria-labelledby={props.labelId}>
      <div id={props.labelId} class="group-label" role="presentation">
        {props.label}
      </div>
      {props.indices.map((i) => (
        <Option key={props.options[i]!.key} index={i} {...props} />
      ))}
    </div>
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

  if (option.kind === 'figure') {
    const { figure } = option;
    return (
      <div {...common}>
        <span class="option-main">
          <span class="option-name">{measureText(figure.measure)}</span>
          <span class={figure.verdict.kind === 'differ' ? 'option-answer option-flagged' : 'option-answer'}>
            {verdictText(figure.verdict)}
          </span>
        </span>
        <span class="option-source">{figure.name}</span>
      </div>
    );
  }
  if (option.kind === 'entity') {
    const { entity } = option;
    const share = trustedCount ? Math.min(1, entity.sourceCount / trustedCount) : 0;
    return (
      <div {...common}>
        <span class="option-main">
          <span class="option-name">{entity.name}</span>
          <span class="option-kind">
            {kindText(entity.kind)}
            {(props.results?.storyCount ?? 0) > 1 && entity.stories.length > 0 && ` · ${entity.stories.join(', ')}`}
          </span>
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
  const { clause } = claim;
  return (
    <div {...common}>
      <span class="option-claim">
        {clause.cutBefore && '…'}
        {claim.text.slice(clause.start, clause.end)}
        {clause.cutAfter && '…'}
      </span>
      <span class="option-source" title={sourceName(claim.source)}>
        {shortSourceName(claim.source)}
        <span class="sl-visually-hidden">, opens the source in a new tab</span>
        <span aria-hidden="true"> ↗</span>
      </span>
    </div>
  );
}
