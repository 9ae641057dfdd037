/**
 * The popup: search the story, choose which sources are trusted, choose how pages are marked, and say where
 * Sourcelight runs. Three tabs (Search, Sources, Marks) share one fixed-size window, so the popup does not jump as results come and go; the
 * switches sit below both, one click away whatever tab shows.
 *
 * Trust is the one piece of state every part depends on: `trustVersion` changes when this popup saved a change
 * or the background announced one (another popup, say), and the search, the open card and the source list are
 * fetched again.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { SourceSummary } from '../../messages';
import type { PopupApi } from '../app-api';
import { StatusNotice, StatusPane } from '../StatusPane';
import { messageOf, useStatus } from '../use-status';
import { SearchPanel } from './SearchPanel';
import { MarksPanel } from './MarksPanel';
import { SourcesPanel } from './SourcesPanel';
import type { HtmlReader } from '../../adding/files';
import { popupHtmlReader } from './html-reader';
import { Switches } from './Switches';

type Tab = 'search' | 'sources' | 'marks';
const TABS: { id: Tab; label: string }[] = [
  { id: 'search', label: 'Search' },
  { id: 'sources', label: 'Sources' },
  { id: 'marks', label: 'Marks' },
];

const tabId = (baseId: string, tab: Tab): string => `${baseId}-tab-${tab}`;
const panelId = (baseId: string, tab: Tab): string => `${baseId}-panel-${tab}`;

export function App({ api, pollMs, html }: { api: PopupApi; pollMs?: number; html?: HtmlReader }): JSX.Element {
  const baseId = useId();
  const status = useStatus(api, pollMs);
  const ready = status.view.state === 'ready';
  const [tab, setTab] = useState<Tab>('search');
  const [trustVersion, setTrustVersion] = useState(0);
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [sourcesError, setSourcesError] = useState<string | null>(null);

  useEffect(() => api.watchTrust(() => setTrustVersion((v) => v + 1)), [api]);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    api.ask('getSources').then(
      (list) => {
        if (!current) return;
        setSources(list);
        setSourcesError(null);
      },
      (failure: unknown) => current && setSourcesError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, ready, trustVersion]);

  const trustedCount = sources ? sources.filter((s) => s.trusted).length : null;
  const notReady = <StatusPane control={status} />;

  function onTabKey(event: KeyboardEvent): void {
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setTab(next.id);
    document.getElementById(tabId(baseId, next.id))?.focus();
  }

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="popup-title">
          <span class="logo" aria-hidden="true" />
          Sourcelight
        </h1>
        <div role="tablist" aria-label="Sourcelight" class="tabs" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={tabId(baseId, t.id)}
              aria-selected={tab === t.id}
              aria-controls={panelId(baseId, t.id)}
              tabIndex={tab === t.id ? 0 : -1}
              class="tab"
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'sources' && sources && trustedCount !== sources.length && (
                <span class="tab-badge">
                  {' '}
                  {trustedCount}/{sources.length}
                  <span class="sl-visually-hidden"> trusted</span>
                </span>
              )}
            </button>
          ))}
        </div>
      </header>
      <main class="popup-main">
        <StatusNotice control={status} />
        <TabPanel baseId={baseId} tab="search" shown={tab === 'search'}>
          <SearchPanel api={api} ready={ready} trustVersion={trustVersion} trustedCount={trustedCount} notReady={notReady} />
        </TabPanel>
        <TabPanel baseId={baseId} tab="sources" shown={tab === 'sources'} scrolls>
          {ready ? (
            <SourcesPanel
              api={api}
              html={html ?? popupHtmlReader}
              sources={sources}
              loadError={sourcesError}
              onChanged={() => setTrustVersion((v) => v + 1)}
            />
          ) : (
            notReady
          )}
        </TabPanel>
        <TabPanel baseId={baseId} tab="marks" shown={tab === 'marks'} scrolls>
          <MarksPanel api={api} />
        </TabPanel>
      </main>
      <footer class="popup-footer">
        <Switches api={api} />
      </footer>
    </div>
  );
}

interface TabPanelProps {
  baseId: string;
  tab: Tab;
  shown: boolean;
  /** The panel scrolls as a whole (the search panel scrolls only its results, under a fixed field). */
  scrolls?: boolean;
  children: ComponentChildren;
}

function TabPanel({ baseId, tab, shown, scrolls = false, children }: TabPanelProps): JSX.Element {
  return (
    <div
      role="tabpanel"
      id={panelId(baseId, tab)}
      aria-labelledby={tabId(baseId, tab)}
      class={scrolls ? 'panel panel-scroll' : 'panel'}
      hidden={!shown}
    >
      {children}
    </div>
  );
}
