/**
 * Where Sourcelight runs: on the site of the tab the popup was opened over, and everywhere. The same settings
 * the content script honours (lib/settings.ts); a flip reaches every open tab through storage.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { isEnabledFor, siteOf, type Settings } from '../../settings';
import type { ActivePage, PopupApi } from '../app-api';
import { messageOf } from '../use-status';

export function Switches({ api }: { api: PopupApi }): JSX.Element {
  const baseId = useId();
  const [page, setPage] = useState<ActivePage | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.activePage().then(
      (p) => alive && setPage(p),
      () => alive && setPage({ hostname: null }),
    );
    api.readSettings().then(
      (s) => alive && setSettings(s),
      (failure: unknown) => alive && setError(messageOf(failure)),
    );
    const stop = api.watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, [api]);

  const save = (change: Promise<void>) => change.catch((failure: unknown) => setError(`Not saved: ${messageOf(failure)}`));
  const hostname = page?.hostname ?? null;
  const site = hostname ? siteOf(hostname) : null;
  const siteOn = settings && hostname ? isEnabledFor({ ...settings, enabled: true }, hostname) : false;
  const siteNote = !page
    ? ''
    : !hostname
      ? 'Only web pages (http and https) can be switched.'
      : settings && !settings.enabled
        ? 'Off everywhere for now.'
        : '';

  return (
    <section class="switches" aria-label="Where Sourcelight runs">
      <div class="switch-row">
        <input
          id={`${baseId}-site`}
          type="checkbox"
          role="switch"
          class="switch"
          checked={siteOn}
          disabled={!settings || !hostname || !settings.enabled}
          aria-describedby={siteNote ? `${baseId}-site-note` : undefined}
          onChange={(event) => hostname && save(api.setSiteEnabled(hostname, event.currentTarget.checked))}
        />
        <label for={`${baseId}-site`} class="switch-label">
          <span class="visually-hidden">Sourcelight </span>On this site
          {site && <span class="switch-site"> {site}</span>}
        </label>
        {siteNote && (
          <span id={`${baseId}-site-note`} class="switch-note">
            {siteNote}
          </span>
        )}
      </div>
      <div class="switch-row">
        <input
          id={`${baseId}-all`}
          type="checkbox"
          role="switch"
          class="switch"
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onChange={(event) => save(api.setEnabledEverywhere(event.currentTarget.checked))}
        />
        <label for={`${baseId}-all`} class="switch-label">
          <span class="visually-hidden">Sourcelight </span>Everywhere
        </label>
      </div>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
