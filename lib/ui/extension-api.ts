/**
 * The one place the popup and the source reader touch extension APIs: messaging to the background, the trust
 * signal and the reader's switches in storage, the active tab, and extension URLs.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messages';
import {
  readMarking,
  readSettings,
  removeNotThis,
  setEnabledEverywhere,
  setMarkEvery,
  setSiteEnabled,
  watchMarking,
  watchSettings,
} from '../settings';
import { trustChangedAt } from '../trust-signal';
import type { PageArticle } from '../adding/page-article';
import type { Ask, PageApi, PopupApi } from './app-api';
import { readerPath } from '../reader-url';
import { webHostname } from './web-page';

/** The download has started long before this; the URL would otherwise outlive the popup's need for it. */
const REVOKE_AFTER_MS = 60_000;

const CANNOT_READ = 'Sourcelight can only read web pages (http or https): open the article there, or paste its text';

const ask: Ask = (type, ...data) => (sendMessage as (t: string, d?: unknown) => Promise<never>)(type, data[0]);

export function extensionPageApi(): PageApi {
  return {
    ask,
    watchTrust: (onChange) => trustChangedAt.watch(() => onChange()),
    // The fragment and query are ours; getURL only prefixes chrome-extension://<id>.
    readerHref: (sourceId, claimIndex) => browser.runtime.getURL('/') + readerPath(sourceId, claimIndex).slice(1),
  };
}

export function extensionPopupApi(): PopupApi {
  return {
    ...extensionPageApi(),
    async activePage() {
      // tab.url is readable thanks to activeTab, granted when the reader opens the popup from the toolbar (the
      // content script's matches do not expose tab URLs). Opened any other way, the URL is hidden: no site.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return { hostname: webHostname(tab?.url) };
    },
    async readActivePage() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || !webHostname(tab.url)) throw new Error(CANNOT_READ);
      try {
        const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/page-article.js'] });
        const article = result?.result as PageArticle | undefined;
        if (!article || !('article' in article || 'none' in article)) throw new Error('no answer');
        return article;
      } catch (error) {
        throw new Error(`${CANNOT_READ} (${error instanceof Error ? error.message : String(error)})`);
      }
    },
    async saveFile(name, text, type) {
      // A link with `download` saves without the "downloads" permission; the object URL lives only as long as needed.
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    },
    async openTab(url) {
      await browser.tabs.create({ url });
    },
    readSettings,
    watchSettings,
    setEnabledEverywhere,
    setSiteEnabled,
    readMarking,
    watchMarking,
    setMarkEvery,
    removeNotThis,
  };
}
