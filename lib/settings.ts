/**
 * The reader's switches: on or off everywhere, sites turned off, and the marking choices ("mark every mention",
 * marks said to be "not this"). In `storage.local`, so a switch flipped in one tab reaches every tab through the
 * change event and survives restarts. Meaning is decided by the pure functions below, tested without a browser.
 * The storage API is used directly, not through WXT's storage helper, which was a third of the code of the
 * content script every page compiles.
 */
import { browserApi } from './browser-api';
import { normalizeText } from './match/normalize';

/** The keys in `storage.local` (as WXT's `local:enabled` and `local:disabledSites` stored them before). */
const ENABLED_KEY = 'enabled';
const SITES_KEY = 'disabledSites';
/** `markEvery: true | false`; outside checks set it too, so its name and shape are fixed. */
const MARK_EVERY_KEY = 'markEvery';
const NOT_THIS_KEY = 'notThis';

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
  return settingsFrom(await browserApi().storage.local.get([ENABLED_KEY, SITES_KEY]));
}

/** Turns Sourcelight on or off on every site. */
export async function setEnabledEverywhere(enabled: boolean): Promise<void> {
  await browserApi().storage.local.set({ [ENABLED_KEY]: enabled });
}

/** Turns Sourcelight on or off for `hostname`'s site; every tab of that site follows. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await readSettings();
  await browserApi().storage.local.set({ [SITES_KEY]: withSite(disabledSites, hostname, enabled) });
}

/** Calls `onChange` with the new settings whenever either switch changes. Returns the function that stops it. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (ENABLED_KEY in changes || SITES_KEY in changes)) void readSettings().then(onChange);
  };
  browserApi().storage.onChanged.addListener(listener);
  return () => browserApi().storage.onChanged.removeListener(listener);
}

/**
 * A mark the reader removed with "Not this": on this site, these words are not this entity. The entity's name is
 * kept for the popup's list, which shows it without asking the fact base.
 */
export interface NotThis {
  /** `siteOf` the page's hostname. */
  site: string;
  /** The marked words, normalized (`wordingOf`). */
  wording: string;
  entity: string;
  entityName: string;
  /** ISO time it was removed: the popup lists the latest first. */
  at: string;
}

/** The most "not this" choices kept; past it the oldest go (storage.local holds 10 MB, a reader means dozens). */
export const NOT_THIS_MAX = 1000;

/** Marked words as "not this" compares them: the matcher's normalization (case, accents, quotes, dashes, spaces). */
export function wordingOf(text: string): string {
  return normalizeText(text);
}

/** Whether to mark every mention (`true`) or the first of each entity per section (the default). */
export function markEveryFrom(stored: Record<string, unknown>): boolean {
  return stored[MARK_EVERY_KEY] === true;
}

/** The "not this" choices in stored values; malformed entries (a bug, a hand edit) are dropped, not fatal. */
export function notThisFrom(stored: Record<string, unknown>): NotThis[] {
  const list = stored[NOT_THIS_KEY];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (c): c is NotThis =>
      typeof c === 'object' &&
      c !== null &&
      ['site', 'wording', 'entity', 'entityName', 'at'].every((k) => typeof (c as Record<string, unknown>)[k] === 'string'),
  );
}

const sameChoice = (a: Pick<NotThis, 'site' | 'wording' | 'entity'>, b: Pick<NotThis, 'site' | 'wording' | 'entity'>): boolean =>
  a.site === b.site && a.wording === b.wording && a.entity === b.entity;

/** The list with `choice` added (once; a repeat moves to the front), newest first, at most `NOT_THIS_MAX`. */
export function withNotThis(list: readonly NotThis[], choice: NotThis): NotThis[] {
  const normalized = { ...choice, site: siteOf(choice.site), wording: wordingOf(choice.wording) };
  if (normalized.site === '' || normalized.wording === '') return [...list];
  return [normalized, ...list.filter((c) => !sameChoice(c, normalized))].slice(0, NOT_THIS_MAX);
}

/** The list without `choice` (restored). */
export function withoutNotThis(list: readonly NotThis[], choice: Pick<NotThis, 'site' | 'wording' | 'entity'>): NotThis[] {
  return list.filter((c) => !sameChoice(c, choice));
}

/** Whether the reader said `words` on `hostname`'s site are not `entity`. */
export function isNotThis(list: readonly NotThis[], hostname: string, words: string, entity: string): boolean {
  const probe = { site: siteOf(hostname), wording: wordingOf(words), entity };
  return list.some((c) => sameChoice(c, probe));
}

export async function readMarkEvery(): Promise<boolean> {
  return markEveryFrom(await browserApi().storage.local.get(MARK_EVERY_KEY));
}

export async function setMarkEvery(on: boolean): Promise<void> {
  await browserApi().storage.local.set({ [MARK_EVERY_KEY]: on });
}

export async function readNotThis(): Promise<NotThis[]> {
  return notThisFrom(await browserApi().storage.local.get(NOT_THIS_KEY));
}

/** Remembers that `words` marked on `hostname`'s site are not `entity`. */
export async function addNotThis(hostname: string, words: string, entity: string, entityName: string, now = new Date()): Promise<void> {
  const list = await readNotThis();
  const next = withNotThis(list, { site: hostname, wording: words, entity, entityName, at: now.toISOString() });
  await browserApi().storage.local.set({ [NOT_THIS_KEY]: next });
}

/** Forgets a "not this" choice: the words are marked again. */
export async function removeNotThis(choice: Pick<NotThis, 'site' | 'wording' | 'entity'>): Promise<void> {
  await browserApi().storage.local.set({ [NOT_THIS_KEY]: withoutNotThis(await readNotThis(), choice) });
}

/** The reader's marking choices together. */
export interface MarkingChoices {
  markEvery: boolean;
  notThis: NotThis[];
}

export async function readMarking(): Promise<MarkingChoices> {
  const stored = await browserApi().storage.local.get([MARK_EVERY_KEY, NOT_THIS_KEY]);
  return { markEvery: markEveryFrom(stored), notThis: notThisFrom(stored) };
}

/** Calls `onChange` with both marking choices whenever either changes. Returns the function that stops it. */
export function watchMarking(onChange: (choices: MarkingChoices) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (MARK_EVERY_KEY in changes || NOT_THIS_KEY in changes)) void readMarking().then(onChange);
  };
  browserApi().storage.onChanged.addListener(listener);
  return () => browserApi().storage.onChanged.removeListener(listener);
}
