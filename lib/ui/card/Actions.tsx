/**
 * The card's own controls (as Wikipedia's Page Previews keep an off switch in the preview): "All N claims",
 * "Not this" (a wrong mark) and "Turn off on this site". Turning a site off shows an undo inside the card for
 * a few seconds and says where to turn it back on; the timer is injected so tests never sleep.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { realTimers, type Timers } from '../../timers';
import { allClaimsText, turnedOffText } from '../card-text';

/** How long the undo stays, ms: Material's snackbar guidance is 4 to 10 s; the long end, as the note also says where to turn Sourcelight back on. */
export const UNDO_MS = 10_000;

export interface ActionProps {
  /** "Not this": the mark is not this entity. The card only calls back; the caller removes the mark. */
  onNotThis?: (() => void) | undefined;
  /** Turn Sourcelight off on this site; the card then offers an undo for `UNDO_MS`. */
  onTurnOffSite?: (() => void) | undefined;
  /** The reader undid turning the site off. */
  onUndoTurnOff?: (() => void) | undefined;
  /** The undo's time ran out (the caller may now close the card and take its marks away). */
  onTurnOffSettled?: (() => void) | undefined;
  /** The site's name for "Sourcelight is off on news.example". */
  site?: string | undefined;
  timers?: Timers | undefined;
}

export function Actions(props: ActionProps & { claimCount: number; expanded: boolean; controls: string; onToggleAll(): void }): JSX.Element | null {
  const { onNotThis, onTurnOffSite, onUndoTurnOff, claimCount } = props;
  const timers = props.timers ?? realTimers;
  const [off, setOff] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const offButton = useRef<HTMLButtonElement>(null);
  const settled = useRef(props.onTurnOffSettled);
  settled.current = props.onTurnOffSettled;

  useEffect(() => {
    if (!off) return;
    undoButton.current?.focus();
    const handle = timers.setTimeout(() => settled.current?.(), UNDO_MS);
    return () => timers.clearTimeout(handle);
  }, [off]);

  /** The one place the site's switch changes from the card: turned off, or back on by Undo. */
  function switchSite(turnOff: boolean): void {
    setOff(turnOff);
    if (turnOff) {
      onTurnOffSite?.();
      return;
    }
    onUndoTurnOff?.();
    // Back where the reader was, once the footer is drawn again.
    queueMicrotask(() => offButton.current?.focus());
  }

  if (off) {
    return (
      <footer class="sl-footer sl-turned-off" role="status">
        <p>{turnedOffText(props.site)}</p>
        {onUndoTurnOff && (
          <button ref={undoButton} type="button" class="sl-undo" onClick={() => switchSite(false)}>
            Undo
          </button>
        )}
      </footer>
    );
  }
  if (claimCount === 0 && !onNotThis && !onTurnOffSite) return null;
  return (
    <footer class="sl-footer">
      {claimCount > 0 && (
        <button type="button" class="sl-all" aria-expanded={props.expanded} aria-controls={props.controls} onClick={props.onToggleAll}>
          {props.expanded ? 'Summary' : allClaimsText(claimCount)}
        </button>
      )}
      {(onNotThis || onTurnOffSite) && (
        <span class="sl-footer-end">
          {onNotThis && (
            <button type="button" class="sl-not-this" title="This mark is not about this: remove it here" onClick={onNotThis}>
              Not this
            </button>
          )}
          {onTurnOffSite && (
            <button ref={offButton} type="button" class="sl-off" onClick={() => switchSite(true)}>
              Turn off on this site
            </button>
          )}
        </span>
      )}
    </footer>
  );
}
