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
import type { Ask, PageApi, PopupApi } from './app-api';
import { readerPath } from '../reader-url';
import { webHostname } from './web-page';

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
