/** Bundled sources the reader hid, each with "Show again": hiding never deletes what came with Sourcelight. */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { HiddenSource } from '../../messages';
import type { PageApi } from '../app-api';
import { messageOf } from '../use-status';

export function HiddenSources({ api, hidden, onChanged }: { api: PageApi; hidden: HiddenSource[]; onChanged(): void }): JSX.Element | null {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  if (hidden.length === 0) return null;
  return (
    <section class="hidden-sources" aria-labelledby={`${id}-title`}>
      <h2 class="section-title" id={`${id}-title`}>
        Hidden sources
      </h2>
      <ul class="source-list">
        {hidden.map((h) => (
          <li key={h.id} class="hidden-row">
            <span class="source-label">{h.label}</span>
            <button
              type="button"
              class="button button-quiet"
              aria-label={`Show ${h.label} again`}
              onClick={() =>
                void api.ask('showSource', { source: h.id }).then(onChanged, (failure: unknown) => setError(`“${h.label}” was not shown again: ${messageOf(failure)}`))
              }
            >
              Show again
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
