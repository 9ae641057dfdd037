import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isEnabledFor,
  readSettings,
  setEnabledEverywhere,
  setSiteEnabled,
  siteOf,
  watchSettings,
  withSite,
  type Settings,
} from '../../lib/settings';

const on: Settings = { enabled: true, disabledSites: [] };

describe('a site is what a reader calls it', () => {
  it.each([
    ['news.example', 'news.example'],
    ['www.news.example', 'news.example'],
    ['WWW.News.Example.', 'news.example'],
    ['live.news.example', 'live.news.example'],
    ['127.0.0.1', '127.0.0.1'],
    ['', ''],
  ])('%s → %s', (hostname, site) => expect(siteOf(hostname)).toBe(site));
});

describe('whether a page gets marks', () => {
  it('is on by default everywhere', () => {
    expect(isEnabledFor(on, 'news.example')).toBe(true);
  });

  it('is off on a site turned off, with or without www', () => {
    const settings = { enabled: true, disabledSites: ['news.example'] };
    expect(isEnabledFor(settings, 'news.example')).toBe(false);
    expect(isEnabledFor(settings, 'www.news.example')).toBe(false);
    expect(isEnabledFor(settings, 'other.example')).toBe(true);
    expect(isEnabledFor(settings, 'live.news.example')).toBe(true);
  });

  it('is off everywhere when turned off globally, whatever the site list says', () => {
    expect(isEnabledFor({ enabled: false, disabledSites: [] }, 'news.example')).toBe(false);
  });

  it('is off on pages without a host', () => {
    expect(isEnabledFor(on, '')).toBe(false);
  });
});

describe('turning a site on and off', () => {
  it('adds the site once and keeps the list sorted', () => {
    const once = withSite(['zeta.example'], 'www.alpha.example', false);
    expect(once).toEqual(['alpha.example', 'zeta.example']);
    expect(withSite(once, 'alpha.example', false)).toEqual(once);
  });

  it('removes the site again', () => {
    expect(withSite(['alpha.example', 'zeta.example'], 'ALPHA.example', true)).toEqual(['zeta.example']);
    expect(withSite(['zeta.example'], 'alpha.example', true)).toEqual(['zeta.example']);
  });
});

describe('the settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start on, with no site turned off', async () => {
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: [] });
  });

  it('remember a site turned off and tell watchers, then turn it on again', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await setSiteEnabled('www.news.example', false);
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['news.example'] });
    await expect.poll(() => seen.at(-1)).toEqual({ enabled: true, disabledSites: ['news.example'] });

    await setSiteEnabled('news.example', true);
    await expect.poll(() => seen.at(-1)).toEqual({ enabled: true, disabledSites: [] });

    await setEnabledEverywhere(false);
    await expect.poll(() => seen.at(-1)).toEqual({ enabled: false, disabledSites: [] });
    stop();
  });

  it('read anything else stored under their keys as the defaults', async () => {
    await fakeBrowser.storage.local.set({ enabled: 'no', disabledSites: 'news.example' });
    expect(await readSettings()).toEqual({ enabled: true, disabledSites: [] });
    await fakeBrowser.storage.local.set({ enabled: false, disabledSites: ['news.example', 7] });
    expect(await readSettings()).toEqual({ enabled: false, disabledSites: ['news.example'] });
  });
});
