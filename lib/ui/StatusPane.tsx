/**
 * What an extension page shows while the fact base is not usable: a quiet "building" note that screen readers
 * hear once, or an error in words with the one action that can fix it.
 */
import type { JSX } from 'preact';
import type { StatusControl } from './use-status';

export function StatusPane({ control }: { control: StatusControl }): JSX.Element | null {
  const { view } = control;
  if (view.state === 'ready') return null;
  if (view.state === 'error') {
    return (
      <div class="status-pane status-error" role="alert">
        <p class="status-title">Sourcelight cannot show what its sources say right now.</p>
        <p class="status-detail">{view.message}</p>
        {view.canRebuild ? (
          <button type="button" class="button" onClick={control.rebuild}>
            Rebuild the fact base
          </button>
        ) : (
          <button type="button" class="button" onClick={control.retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="status-pane" role="status">
      <span class="spinner" aria-hidden="true" />
      <p class="status-title">{view.state === 'building' ? 'Building the fact base…' : 'Opening the fact base…'}</p>
      {view.state === 'building' && (
        <p class="status-detail">Sourcelight is reading its sources. This takes a moment, once.</p>
      )}
    </div>
  );
}
