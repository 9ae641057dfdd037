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
        <FixButton control={control} canRepair={view.canRepair} />
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

/**
 * While a fact base is served but the last rebuild failed (a full disk, say): the reason and its fix, above
 * whatever the page shows, so the reader learns why a change did not take.
 */
export function StatusNotice({ control }: { control: StatusControl }): JSX.Element | null {
  const { view } = control;
  if (view.state !== 'ready' || !view.status.error) return null;
  return (
    <div class="status-notice" role="alert">
      <p class="status-detail">{view.status.error}</p>
      <FixButton control={control} canRepair={view.status.fix === 'repair'} />
    </div>
  );
}

function FixButton({ control, canRepair }: { control: StatusControl; canRepair: boolean }): JSX.Element {
  if (!canRepair) {
    return (
      <button type="button" class="button" onClick={control.retry}>
        Try again
      </button>
    );
  }
  return (
    <>
      <button type="button" class="button" onClick={control.rebuild}>
        Repair the fact base
      </button>
      <p class="status-note">It is rebuilt from the articles; your trust choices, added sources and details are kept.</p>
    </>
  );
}
