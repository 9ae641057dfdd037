// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UNDO_MS } from '../../lib/ui/card/Actions';
import type { Timers } from '../../lib/timers';
import { Card } from '../../lib/ui/Card';
import { realCard } from './support/real-card';

afterEach(cleanup);

/** Timers the test runs by hand: nothing sleeps. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout(callback, ms) {
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    pending,
    fire() {
      for (const [id, t] of [...pending]) {
        pending.delete(id);
        t.callback();
      }
    },
  };
}

describe('turning Sourcelight off on a site from a card', () => {
  test('turns it off at once, then offers an undo and says where to turn it back on', () => {
    const clock = manualTimers();
    const onTurnOffSite = vi.fn();
    const onUndoTurnOff = vi.fn();
    render(<Card card={realCard('aktau')} site="news.example" onTurnOffSite={onTurnOffSite} onUndoTurnOff={onUndoTurnOff} timers={clock.timers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(onTurnOffSite).toHaveBeenCalledOnce();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Sourcelight is off on news.example');
    expect(status.textContent).toMatch(/toolbar.*“On this site”/);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect([...clock.pending.values()].map((t) => t.ms)).toEqual([UNDO_MS]);

    fireEvent.click(undo);
    expect(onUndoTurnOff).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Turn off on this site' })).toBeTruthy();
    // The undo's timer went with it.
    expect(clock.pending.size).toBe(0);
  });

  test('when the undo\'s time runs out the caller is told, and nothing is undone', () => {
    const clock = manualTimers();
    const onUndoTurnOff = vi.fn();
    const onTurnOffSettled = vi.fn();
    render(
      <Card card={realCard('aktau')} onTurnOffSite={() => {}} onUndoTurnOff={onUndoTurnOff} onTurnOffSettled={onTurnOffSettled} timers={clock.timers} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    act(() => clock.fire());
    expect(onTurnOffSettled).toHaveBeenCalledOnce();
    expect(onUndoTurnOff).not.toHaveBeenCalled();
  });

  test('"Not this" only calls back: the caller removes the mark', () => {
    const onNotThis = vi.fn();
    render(<Card card={realCard('aktau')} onNotThis={onNotThis} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not this' }));
    expect(onNotThis).toHaveBeenCalledOnce();
    expect(screen.getByRole('dialog', { name: 'Aktau' })).toBeTruthy();
  });
});
