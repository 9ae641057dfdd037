/**
 * The sources: adding articles (AddArticles) at the top, then every source with a switch named after it, grouped
 * by story when there are several. A flip is saved at once (setTrust); the background then
 * announces the change, and everything showing claims and figures (this popup's results and card, cards open on
 * pages) fetches them again. The switch moves at once and moves back, with an alert, if saving failed.
 * "Details" opens the source's outlet, address, date and name for the reader to set (SourceDetailsForm), its story
 * and its removal (SourceActions). Hidden sources, and export and import, follow the list.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { HtmlReader } from '../../adding/files';
import type { HiddenSource, SourceSummary, StorySummary } from '../../messages';
import type { PopupApi } from '../app-api';
import { dateText } from '../card-text';
import { messageOf } from '../use-status';
import { AddArticles } from './AddArticles';
import { HiddenSources } from './HiddenSources';
import { SourceActions } from './SourceActions';
import { SourceDetailsForm } from './SourceDetailsForm';
import { Transfer } from './Transfer';
import { Switch } from './Switch';
import { claimCountText, trustSummary } from './text';
import { Section } from './Section';

export interface SourcesPanelProps {
  api: PopupApi;
  /** How the popup reads .html files (DOMParser and Readability; tests pass happy-dom's). */
  html: HtmlReader;
  sources: SourceSummary[] | null;
  /** Why the sources could not be listed, if they could not. */
  loadError: string | null;
  /** Called once a change was saved (with the source's new summary, when there is one). */
  onChanged(summary?: SourceSummary): void;
}

export function SourcesPanel(props: SourcesPanelProps): JSX.Element {
  const { api, onChanged } = props;
  return (
    <>
      <AddArticles api={api} html={props.html} onAdded={onChanged} />
      <SourceList {...props} />
      <Transfer api={api} onImported={() => onChanged()} />
    </>
  );
}

function SourceList({ api, sources, loadError, onChanged }: SourcesPanelProps): JSX.Element {
  const baseId = useId();
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [hidden, setHidden] = useState<HiddenSource[]>([]);

  useEffect(() => {
    let current = true;
    void api.ask('getStories').then((list) => current && setStories(list), () => undefined);
    void api.ask('getHiddenSources').then((list) => current && setHidden(list), () => undefined);
    return () => {
      current = false;
    };
  }, [api, sources]);

  if (loadError) {
    return (
      <p class="message message-error" role="alert">
        The sources could not be listed: {loadError}
      </p>
    );
  }
  if (!sources) return <p class="message">Loading the sources…</p>;
  if (sources.length === 0) {
    return (
      <>
        <p class="message">The fact base holds no sources.</p>
        <HiddenSources api={api} hidden={hidden} onChanged={() => onChanged()} />
      </>
    );
  }
  const groups = storyGroups(sources, stories);

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
    <Section class="sources" title="Sources you trust">
      <p class="section-note">
        {trustSummary(trusted, sources.length)}. A source you do not trust drops out of cards and search; cards say how
        many were hidden.
      </p>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.id} class="story-group">
          {groups.length > 1 && <h3 class="story-title">{group.name}</h3>}
      <ul class="source-list" aria-label={groups.length > 1 ? `Sources of ${group.name}` : undefined}>
        {group.sources.map((source) => {
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
                  <SourceActions
                    api={api}
                    source={source}
                    stories={stories}
                    onChanged={() => {
                      setEditing(null);
                      onChanged();
                    }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
        </div>
      ))}
      <HiddenSources api={api} hidden={hidden} onChanged={() => onChanged()} />
    </Section>
  );
}

/** Sources by story, in the stories' order; a source whose story is not listed (yet) goes last. */
function storyGroups(sources: SourceSummary[], stories: StorySummary[]): { id: string; name: string; sources: SourceSummary[] }[] {
  const groups = stories.map((s) => ({ id: s.id, name: s.name, sources: sources.filter((x) => x.story?.id === s.id) }));
  const rest = sources.filter((x) => !groups.some((g) => g.sources.includes(x)));
  return [...groups.filter((g) => g.sources.length > 0), ...(rest.length > 0 ? [{ id: '', name: 'Other sources', sources: rest }] : [])];
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : url;
}
