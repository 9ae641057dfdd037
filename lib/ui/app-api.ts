/**
 * What the extension's own pages (the popup, the source reader) need from the extension, as one interface they
 * receive as a prop. The pages' components never touch an extension API: `extension-api.ts` implements this over
 * messaging and storage, and component tests pass an implementation that answers from a real fact base.
 */
import type { PageArticle } from '../adding/page-article';
import type { MessageType, ProtocolMap } from '../messages';
import type { MarkingChoices, NotThis, Settings } from '../settings';

/** Sends one protocol message to the background and resolves with its answer (rejects with its error). */
export type Ask = <K extends MessageType>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
) => Promise<ReturnType<ProtocolMap[K]>>;

export interface PageApi {
  ask: Ask;
  /** Calls `onChange` after trust changed anywhere (this page or another). Returns the function that stops it. */
  watchTrust(onChange: () => void): () => void;
  /** The address of the source reader at one sentence: where every quote links. */
  readerHref(sourceId: string, claimIndex: number): string;
}

/** The page the popup was opened over: its hostname when it is an ordinary web page (http or https), else null. */
export interface ActivePage {
  hostname: string | null;
}

export interface PopupApi extends PageApi {
  activePage(): Promise<ActivePage>;
  /**
   * The article of the page the popup was opened over ("Add this page"): read in that page, only now, with the
   * reader's click (activeTab). Rejects with a sentence when the page cannot be read (a browser page, say).
   */
  readActivePage(): Promise<PageArticle>;
  /** Offers `text` to the reader as a file to save (an export). */
  saveFile(name: string, text: string, type: string): Promise<void>;
  /** Opens an extension page (the source reader) in a new tab next to the reader's page. */
  openTab(url: string): Promise<void>;
  readSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  setEnabledEverywhere(enabled: boolean): Promise<void>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<void>;
  /** "Mark every mention" and the marks removed with "Not this". */
  readMarking(): Promise<MarkingChoices>;
  watchMarking(onChange: (choices: MarkingChoices) => void): () => void;
  setMarkEvery(on: boolean): Promise<void>;
  /** Restores a mark removed with "Not this". */
  removeNotThis(choice: Pick<NotThis, 'site' | 'wording' | 'entity'>): Promise<void>;
}
