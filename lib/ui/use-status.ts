/**
 * Whether the fact base can be used yet, for the extension's pages: asks the background for its status, asks
 * again while it says "building", and offers a rebuild when it says the store failed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../messages';
import type { PageApi } from './app-api';

/**
 * How often to ask again while the fact base builds. A build of the five bundled articles takes well under a
 * second (test/e2e/service-worker-serves-the-fact-base.test.ts), so a few polls cover it without busy waiting.
 */
export const STATUS_POLL_MS = 400;

/**
 * A page opened at the very moment the extension starts may ask before the service worker listens; the first
 * refusals are retried on the poll interval, and only this many in a row become an error on screen: 5 × 400 ms is
 * two seconds, longer than a service worker takes to start.
 */
export const UNREACHABLE_RETRIES = 5;

export type StatusView =
  | { state: 'checking' }
  | { state: 'building'; status: Status }
  | { state: 'ready'; status: Status }
  /** `canRepair`: the repair (rebuild from the articles, choices kept) can fix it; otherwise trying again can. */
  | { state: 'error'; message: string; canRepair: boolean };

export interface StatusControl {
  view: StatusView;
  /** Repairs the fact base: deletes it and rebuilds it from the articles (every choice is kept), then checks again. */
  rebuild(): void;
  /** Tries again (after an error a repair would not fix): builds again if the background said so, else asks. */
  retry(): void;
}

export function useStatus(api: PageApi, pollMs = STATUS_POLL_MS): StatusControl {
  const [view, setView] = useState<StatusView>({ state: 'checking' });
  const control = useRef<Omit<StatusControl, 'view'>>({ rebuild() {}, retry() {} });

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refusals = 0;
    // Whether the background answered and said trying again helps (a full disk freed, a held database let go).
    let answeredRetry = false;

    const show = (status: Status) => {
      if (!alive) return;
      refusals = 0;
      answeredRetry = status.fix === 'retry';
      if (status.state === 'building') {
        setView({ state: 'building', status });
        timer = setTimeout(check, pollMs);
      } else if (status.state === 'ready') {
        setView({ state: 'ready', status });
      } else {
        setView({ state: 'error', message: status.error ?? 'The fact base could not be opened.', canRepair: status.fix !== 'retry' });
      }
    };

    function check(): void {
      clearTimeout(timer);
      api.ask('getStatus').then(show, (error: unknown) => {
        if (!alive) return;
        refusals += 1;
        if (refusals < UNREACHABLE_RETRIES) timer = setTimeout(check, pollMs);
        else setView({ state: 'error', message: `Sourcelight's background did not answer: ${messageOf(error)}`, canRepair: false });
      });
    }

    control.current = {
      rebuild() {
        clearTimeout(timer);
        setView({ state: 'checking' });
        api.ask('rebuild', { reset: true }).then(show, (error: unknown) => {
          if (alive) setView({ state: 'error', message: messageOf(error), canRepair: true });
        });
      },
      retry() {
        refusals = 0;
        setView({ state: 'checking' });
        if (!answeredRetry) return check();
        // Asking for the status again would only repeat the failure: build again, which answers the new status.
        api.ask('rebuild', {}).then(show, (error: unknown) => {
          if (alive) setView({ state: 'error', message: messageOf(error), canRepair: false });
        });
      },
    };
    check();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [api, pollMs]);

  return { view, rebuild: () => control.current.rebuild(), retry: () => control.current.retry() };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
