/** Bundled sources the reader hid, each with "Show again": hiding never deletes what came with Sourcelight. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { HiddenSource } from '../../messages';
import type { PageApi } from '../app-api';
import { messageOf } from '../use-status';
import { Section } from './Section';

export function HiddenSources({ api, hidden, onChanged }: { api: PageApi; hidden: HiddenSource[]; onChanged(): void }): JSX.Element | null {
  const [error, setError] = useState<string | null>(null);
  if (hidden.length === 0) return null;
  return (
    <Section class="hidden-sources" title="Hidden sources">
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
    </Section>
  );
}
