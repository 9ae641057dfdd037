/**
 * The reader's switches: Sourcelight on or off everywhere, and the sites it is turned off on. Kept in
 * `storage.local`, so a switch flipped in one tab (the card's own "turn off on this site", or the popup) reaches
 * every open tab through the storage change event, and is remembered across restarts.
 *
 * `browser.storage.local` is the only extension API here; what a setting means is decided by the pure functions
 * below, which take plain values and are tested without a browser. The storage API is used as it is, not through
 * WXT's storage helper: the content script every page gets reads the switches, and that helper (with its
 * migrations, locks and deep comparison) was a third of the script's code, compiled on every page (issue 5).
 */
import { browser } from 'wxt/browser';

/** The keys in `storage.local` (as WXT's `local:enabled` and `local:disabledSites` stored them before). */
const ENABLED_KEY = 'enabled';
const SITES_KEY = 'disabledSites';

export interface Settings {
  enabled: boolean;
  disabledSites: readonly string[];
}

/**
 * The site a page belongs to, as the reader thinks of it: its hostname, lower-cased, without a trailing dot and
 * without a leading "www." (news.example and www.news.example are one site to a reader; m.news.example or
 * live.news.example may be run differently, so other subdomains stay apart). Empty for pages without a host.
 */
export function siteOf(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Whether Sourcelight should mark pages of `hostname`. */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const site = siteOf(hostname);
  return site !== '' && !settings.disabledSites.includes(site);
}

/** The list of turned-off sites after turning `hostname`'s site on or off; the same list when nothing changes. */
export function withSite(sites: readonly string[], hostname: string, enabled: boolean): string[] {
  const site = siteOf(hostname);
  const has = sites.includes(site);
  if (site === '' || has === !enabled) return [...sites];
  const next = enabled ? sites.filter((s) => s !== site) : [...sites, site];
  return [...new Set(next)].sort();
}

/**
 * The settings in stored values; anything else stored under the keys (left by a bug, or edited by hand) reads as
 * the default rather than breaking every page: on, with no site turned off.
 */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const sites = stored[SITES_KEY];
  return {
    enabled: stored[ENABLED_KEY] !== false,
    disabledSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
  };
}

/** Reads both settings at once. */
export async function readSettings(): Promise<Settings> {
  return settingsFrom(await browser.storage.local.get([ENABLED_KEY, SITES_KEY]));
}

/** Turns Sourcelight on or off on every site. */
export async function setEnabledEverywhere(enabled: boolean): Promise<void> {
  await browser.storage.local.set({ [ENABLED_KEY]: enabled });
}

/** Turns Sourcelight on or off for `hostname`'s site; every tab of that site follows. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await readSettings();
  await browser.storage.local.set({ [SITES_KEY]: withSite(disabledSites, hostname, enabled) });
}

/** Calls `onChange` with the new settings whenever either switch changes. Returns the function that stops it. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (ENABLED_KEY in changes || SITES_KEY in changes)) void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
