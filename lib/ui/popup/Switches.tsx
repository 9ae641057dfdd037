/**
 * Where Sourcelight runs: on the site of the tab the popup was opened over, and everywhere. The same settings
 * the content script honours (lib/settings.ts); a flip reaches every open tab through storage.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { isEnabledFor, siteOf } from '../../settings';
import type { ActivePage, PopupApi } from '../app-api';
import { Switch } from './Switch';
import { useStored } from './use-stored';

export function Switches({ api }: { api: PopupApi }): JSX.Element {
  const baseId = useId();
  const [page, setPage] = useState<ActivePage | null>(null);
  const { value: settings, error, save } = useStored(
    api,
    () => api.readSettings(),
    (onChange) => api.watchSettings(onChange),
  );

  useEffect(() => {
    let alive = true;
    api.activePage().then(
      (p) => alive && setPage(p),
      () => alive && setPage({ hostname: null }),
    );
    return () => {
      alive = false;
    };
  }, [api]);

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
        <Switch
          id={`${baseId}-site`}
          checked={siteOn}
          disabled={!settings || !hostname || !settings.enabled}
          describedBy={siteNote ? `${baseId}-site-note` : undefined}
          onToggle={(on) => hostname && save(api.setSiteEnabled(hostname, on))}
        >
          <SourcelightPrefix />
          On this site
          {site && <span class="switch-site"> {site}</span>}
        </Switch>
        {siteNote && (
          <span id={`${baseId}-site-note`} class="switch-note">
            {siteNote}
          </span>
        )}
      </div>
      <div class="switch-row">
        <Switch
          id={`${baseId}-all`}
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onToggle={(on) => save(api.setEnabledEverywhere(on))}
        >
          <SourcelightPrefix />
          Everywhere
        </Switch>
      </div>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** Screen readers hear "Sourcelight On this site": the bare words would not say what is switched. */
function SourcelightPrefix(): JSX.Element {
  return <span class="sl-visually-hidden">Sourcelight </span>;
}
