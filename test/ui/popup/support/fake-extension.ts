/**
 * The popup's and the reader's boundary (PopupApi), answered by the background's real handlers over a real fact
 * base: the pipeline run on the bundled articles into an in-memory IndexedDB. Answers go through a JSON round
 * trip, as Chrome's messaging does. Tests can make one message answer otherwise (a build in progress, a failed
 * store) and see every message the page sent.
 */
import { Readability } from '@mozilla/readability';
import type Dexie from 'dexie';
import { readPageArticle } from '../../../../lib/adding/page-article';
import { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../../lib/background/handlers';
import { bundledArticles, bundledCatalog } from '../../../../lib/facts/bundled';
import type { ArticleInput } from '../../../../lib/facts/types';
import type { MessageType, Status } from '../../../../lib/messages';
import { isEnabledFor, withoutNotThis, withSite, type MarkingChoices, type Settings } from '../../../../lib/settings';
import type { Ask, PopupApi } from '../../../../lib/ui/app-api';
import { readerPath } from '../../../../lib/reader-url';
import type { Disk } from '../../../support/full-disk';
import { choicesOn, freshDb } from '../../../support/store';

export const EXTENSION_ORIGIN = 'chrome-extension://sourcelight-test';

type Answer = (data: unknown, real: (data: unknown) => Promise<unknown>) => unknown;

export interface FakeExtensionOptions {
  /** Articles beyond the five bundled ones (fixtures written for a test). */
  extraArticles?: ArticleInput[];
  /** The database to open, to see what a previous "session" stored. */
  indexedDB?: IDBFactory;
  hostname?: string | null;
  settings?: Partial<Settings>;
  /** A disk that can fill up under both databases (test/support/full-disk.ts). */
  disk?: Disk;
  marking?: Partial<MarkingChoices>;
  /** The page the popup was opened over, for "Add this page": its document and address. */
  page?: { document: () => Document; url: string };
}

/** Every fake made and not yet stopped: `stopFakeExtensions` closes their databases after each test. */
const running = new Set<{ stop(): void }>();

export function stopFakeExtensions(): void {
  for (const fake of [...running]) fake.stop();
}

export function fakeExtension(options: FakeExtensionOptions = {}) {
  const indexedDB = options.indexedDB ?? new IDBFactory();
  const trustListeners = new Set<() => void>();
  const settingsListeners = new Set<(s: Settings) => void>();
  const overrides = new Map<MessageType, Answer>();
  const calls: { type: MessageType; data: unknown }[] = [];
  const openedTabs: string[] = [];
  const savedFiles: { name: string; text: string; type: string }[] = [];
  let settings: Settings = { enabled: true, disabledSites: [], ...options.settings };
  let hostname = options.hostname === undefined ? 'news.example' : options.hostname;
  let marking: MarkingChoices = { markEvery: false, notThis: [], ...options.marking };
  const markingListeners = new Set<(m: MarkingChoices) => void>();
  const changeMarking = (next: MarkingChoices) => {
    marking = next;
    markingListeners.forEach((listener) => listener(marking));
  };

  const own = <D extends Dexie>(db: D): D => options.disk?.install(db) ?? db;
  const background = createHandlers({
    openDb: () => own(freshDb({ indexedDB })),
    openChoices: () => own(choicesOn(indexedDB)),
    bundle: () => ({ articles: [...bundledArticles(), ...(options.extraArticles ?? [])], catalog: bundledCatalog }),
    onTrustChanged: () => trustListeners.forEach((listener) => listener()),
  });

  const real = (type: MessageType) => (data: unknown) => (background.handlers[type] as (d: unknown) => Promise<unknown>)(data);

  const ask: Ask = async (type, ...data) => {
    calls.push({ type, data: data[0] });
    const override = overrides.get(type);
    const answer = await (override ? override(data[0], real(type)) : real(type)(data[0]));
    return JSON.parse(JSON.stringify(answer ?? null));
  };

  const changeSettings = (next: Settings) => {
    settings = next;
    settingsListeners.forEach((listener) => listener(settings));
  };

  const api: PopupApi = {
    ask,
    watchTrust(onChange) {
      trustListeners.add(onChange);
      return () => trustListeners.delete(onChange);
    },
    readerHref: (sourceId, claimIndex) => EXTENSION_ORIGIN + readerPath(sourceId, claimIndex),
    async activePage() {
      return { hostname };
    },
    async openTab(url) {
      openedTabs.push(url);
    },
    async readActivePage() {
      if (!options.page) throw new Error('Sourcelight can only read web pages (http or https)');
      return readPageArticle(options.page.document(), Readability, options.page.url);
    },
    async saveFile(name, text, type) {
      savedFiles.push({ name, text, type });
    },
    async readSettings() {
      return settings;
    },
    watchSettings(onChange) {
      settingsListeners.add(onChange);
      return () => settingsListeners.delete(onChange);
    },
    async setEnabledEverywhere(enabled) {
      changeSettings({ ...settings, enabled });
    },
    async setSiteEnabled(host, enabled) {
      changeSettings({ ...settings, disabledSites: withSite(settings.disabledSites, host, enabled) });
    },
    async readMarking() {
      return marking;
    },
    watchMarking(onChange) {
      markingListeners.add(onChange);
      return () => markingListeners.delete(onChange);
    },
    async setMarkEvery(on) {
      changeMarking({ ...marking, markEvery: on });
    },
    async removeNotThis(choice) {
      changeMarking({ ...marking, notThis: withoutNotThis(marking.notThis, choice) });
    },
  };

  const fake = {
    api,
    calls,
    openedTabs,
    savedFiles,
    indexedDB,
    /** The background's handlers, to change trust "from another popup" or read the truth directly. */
    handlers: background.handlers,
    /** The background's databases, to damage the fact base or read the reader's choices directly. */
    keeper: background.keeper,
    get settings() {
      return settings;
    },
    get marking() {
      return marking;
    },
    isEnabledOn: (host: string) => isEnabledFor(settings, host),
    /** Makes `type` answer with `answer(data, real)` instead of the plain handler. */
    override(type: MessageType, answer: Answer) {
      overrides.set(type, answer);
    },
    /** Lets `type` answer truthfully again. */
    restore(type: MessageType) {
      overrides.delete(type);
    },
    /** Answer getStatus with `state` for the next `times` asks, then truthfully. */
    statusFor(state: Status['state'], times: number, error: string | null = null) {
      let left = times;
      overrides.set('getStatus', async (data, real) => {
        const status = (await real(data)) as Status;
        if (left <= 0) return status;
        left -= 1;
        return { ...status, state, error };
      });
    },
    callsOf(type: MessageType) {
      return calls.filter((c) => c.type === type).map((c) => c.data);
    },
    stop() {
      running.delete(fake);
      background.keeper.db.close();
      background.keeper.choices.close();
    },
  };
  running.add(fake);
  return fake;
}

export type FakeExtension = ReturnType<typeof fakeExtension>;
