/**
 * Trust: every source with a switch named after it. A flip is saved at once (setTrust); the background then
 * announces the change, and everything showing claims and figures (this popup's results and card, cards open on
 * pages) fetches them again. The switch moves at once and moves back, with an alert, if saving failed.
 * "Details" opens the source's outlet, address, date and name for the reader to set (SourceDetailsForm).
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { SourceSummary } from '../../messages';
import type { PageApi } from '../app-api';
import { dateText } from '../card-text';
import { messageOf } from '../use-status';
import { SourceDetailsForm } from './SourceDetailsForm';
import { Switch } from './Switch';
import { claimCountText, trustSummary } from './text';

export interface SourcesPanelProps {
  api: PageApi;
  sources: SourceSummary[] | null;
  /** Why the sources could not be listed, if they could not. */
  loadError: string | null;
  /** Called once a change was saved. */
  onChanged(summary: SourceSummary): void;
}

export function SourcesPanel({ api, sources, loadError, onChanged }: SourcesPanelProps): JSX.Element {
  const baseId = useId();
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  if (loadError) {
    return (
      <p class="message message-error" role="alert">
        The sources could not be listed: {loadError}
      </p>
    );
  }
  if (!sources) return <p class="message">Loading the sources…</p>;
  if (sources.length === 0) return <p class="message">The fact base holds no sources.</p>;

  const trustedOf = (s: SourceSummary) => pending[s.id] ?? s.trusted;
  const trusted = sources.filter(trustedOf).length;

  function flip(source: SourceSummary, next: boolean): void {
    setPending((p) => ({ ...p, [source.id]: next }));
    setError(null);
    api.ask('setTrust', { source: source.id, trusted: next }).then(
      (summary) => {
        onChanged(summary);
        setPending(({ [source.id]: _, ...rest }) => rest);
      },
      (failure: unknown) => {
        setPending(({ [source.id]: _, ...rest }) => rest);
        setError(`Trust for “${source.label}” was not saved: ${messageOf(failure)}`);
      },
    );
  }

  return (
    <section class="sources" aria-labelledby={`${baseId}-title`}>
      <h2 class="section-title" id={`${baseId}-title`}>
        Sources you trust
      </h2>
      <p class="section-note">
        {trustSummary(trusted, sources.length)}. A source you do not trust drops out of cards and search; cards say how
        many were hidden.
      </p>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      <ul class="source-list">
        {sources.map((source) => {
          const id = `${baseId}-${source.id}`;
          const open = editing === source.id;
          return (
            <li key={source.id} class="source-row">
              <Switch
                id={id}
                checked={trustedOf(source)}
                describedBy={`${id}-details`}
                onToggle={(on) => flip(source, on)}
                labelClass="source-label"
              >
                {source.label}
              </Switch>
              <span id={`${id}-details`} class="source-details">
                {[source.published ? dateText(source.published) : 'Undated', claimCountText(source.claimCount)].join(' · ')}
                {source.publisher && source.title && source.label !== source.title ? ` · ${source.title}` : ''}
                {source.url && (
                  <>
                    {' · '}
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {hostOf(source.url)}
                    </a>
                  </>
                )}
              </span>
              <button
                type="button"
                class="button button-quiet source-edit"
                aria-expanded={open}
                aria-controls={open ? `${id}-form` : undefined}
                aria-label={`Details of ${source.label}`}
                onClick={() => setEditing(open ? null : source.id)}
              >
                Details
              </button>
              {open && (
                <div id={`${id}-form`} class="source-form-slot">
                  <SourceDetailsForm api={api} source={source} onSaved={onChanged} onClose={() => setEditing(null)} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : url;
}
