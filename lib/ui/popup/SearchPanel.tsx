/**
 * The popup's search: a text field that is a WAI-ARIA combobox over a listbox of results. Focus never leaves the
 * field while the reader moves through results: the active option is named by `aria-activedescendant`, so
 * typing, arrows and Enter all work from one place. Enter on an entity opens its card here (the same Card the
 * page shows); Enter on a sentence opens the source reader at it.
 *
 * Results are fetched again when trust changes (`trustVersion`), so a distrusted source's sentences and counts
 * drop out at once, and the open card is fetched again too.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Card as CardData } from '../../cards/card';
import type { SearchResults } from '../../search';
import type { PopupApi } from '../app-api';
import { messageOf } from '../use-status';
import { CardPane } from './CardPane';
import { ResultList } from './ResultList';
import { keepActive, moveActive, resultOptions, type ResultOption } from './results';
import { resultsAnnouncement } from './text';

/** Short enough to feel like results "as you type", long enough that a fast typist sends one search per pause. */
export const SEARCH_DEBOUNCE_MS = 90;

export interface SearchPanelProps {
  api: PopupApi;
  /** False until the fact base is ready: the field takes typing, nothing is asked yet. */
  ready: boolean;
  /** Changes whenever trust changed: results and the open card are fetched again. */
  trustVersion: number;
  /** How many sources are trusted, for "in 4 of 5 sources"; null until known. */
  trustedCount: number | null;
  /** What to show instead of results while the fact base is not ready. */
  notReady?: JSX.Element | null;
}

type Opened = { entityId: string; card: CardData | null; error: string | null };

export function SearchPanel(props: SearchPanelProps): JSX.Element {
  const { api, ready, trustVersion } = props;
  const baseId = useId();
  const listId = `${baseId}-results`;
  const field = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const options = resultOptions(results);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => field.current?.focus(), []);

  // Debounce typing; an empty field (the story at a glance) is asked at once.
  useEffect(() => {
    if (query.trim() === '') {
      setAsked(query);
      return;
    }
    const timer = setTimeout(() => setAsked(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    api.ask('search', { query: asked }).then(
      (answer) => {
        if (!current) return;
        const next = resultOptions(answer);
        const previous = optionsRef.current[activeRef.current];
        // The same query again means trust changed: keep the reader's place. A new query starts from none.
        setActive(answer.query === results?.query ? keepActive(previous, next) : -1);
        setResults(answer);
        setError(null);
        setAnnouncement(resultsAnnouncement(answer.query, next.length));
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, ready, asked, trustVersion]);

  const openedId = opened?.entityId;
  useEffect(() => {
    if (!openedId || !ready) return;
    let current = true;
    api.ask('getCards', { entities: [openedId] }).then(
      ([card]) => {
        if (!current) return;
        const missing = card ? null : 'This entity is no longer in the fact base.';
        setOpened({ entityId: openedId, card: card ?? null, error: missing });
      },
      (failure: unknown) => current && setOpened({ entityId: openedId, card: null, error: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [api, ready, openedId, trustVersion]);

  useEffect(() => {
    if (opened?.card) setAnnouncement(`${opened.card.entity.name}: card open. Tab to read it; Back returns to the results.`);
  }, [opened?.card?.entity.id]);

  useEffect(() => {
    if (active < 0 || opened) return;
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, opened]);

  function optionId(index: number): string {
    return `${baseId}-option-${index}`;
  }

  function choose(option: ResultOption | undefined): void {
    if (!option) return;
    if (option.kind === 'entity') {
      setOpened({ entityId: option.entity.id, card: null, error: null });
    } else if (option.kind === 'figure') {
      setOpened({ entityId: option.figure.entity, card: null, error: null });
    } else {
      void api.openTab(api.readerHref(option.claim.source.id, option.claim.index));
    }
  }

  function back(): void {
    setOpened(null);
    field.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (opened) setOpened(null);
      setActive(moveActive(active, options.length, event.key));
    } else if (event.key === 'Enter') {
      if (opened) return;
      event.preventDefault();
      choose(options[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape' && (opened || active >= 0)) {
      // Chrome closes the popup on Escape; only a keystroke with something to undo is kept from doing that.
      event.preventDefault();
      if (opened) back();
      else setActive(-1);
    }
  }

  const showList = !opened && options.length > 0;
  return (
    <div class="search">
      <div class="search-field">
        <input
          ref={field}
          type="search"
          role="combobox"
          aria-label="Search the story"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          placeholder="Search people, places, what was said…"
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setOpened(null);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div class="search-body">
        {!ready ? (
          props.notReady
        ) : opened ? (
          <CardPane opened={opened} api={api} onBack={back} />
        ) : error ? (
          <p class="message message-error" role="alert">
            Search failed: {error}
          </p>
        ) : null}
        <ResultList
          id={listId}
          hidden={!ready || opened !== null || error !== null}
          results={results}
          options={options}
          active={active}
          optionId={optionId}
          trustedCount={props.trustedCount}
          onChoose={(index) => choose(options[index])}
        />
      </div>
      <p class="sl-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
