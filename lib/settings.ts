/**
 * The reader's switches: Sourcelight on or off everywhere, and the sites it is turned off on. Kept in
 * `storage.local`, so a switch flipped in one tab (the card's own "turn off on this site", or the popup) reaches
 * every open tab through the storage change event, and is remembered across restarts.
 *
 * The storage items are the only extension API here; what a setting means is decided by the pure functions
 * below, which take plain values and are tested without a browser.
 */
import { storage } from 'wxt/utils/storage';

/** Sourcelight on (true) or off (false) on every site. */
export const enabledEverywhere = storage.defineItem<boolean>('local:enabled', { fallback: true });

/** Sites (see `siteOf`) the reader turned Sourcelight off on, sorted, without duplicates. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

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

/** Reads both settings at once. */
export async function readSettings(): Promise<Settings> {
  const [enabled, sites] = await Promise.all([enabledEverywhere.getValue(), disabledSites.getValue()]);
  return { enabled, disabledSites: sites };
}

/** Turns Sourcelight on or off for `hostname`'s site; every tab of that site follows. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const sites = await disabledSites.getValue();
  await disabledSites.setValue(withSite(sites, hostname, enabled));
}

/** Calls `onChange` with the new settings whenever either switch changes. Returns the function that stops it. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const changed = () => void readSettings().then(onChange);
  const stops = [enabledEverywhere.watch(changed), disabledSites.watch(changed)];
  return () => stops.forEach((stop) => stop());
}
