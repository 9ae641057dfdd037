import { describe, expect, test } from 'vitest';
import { createUndoHold } from '../../lib/card-opening/undo-hold';

/** A hold whose deferred tasks wait in `queue` until the test runs them. */
function held() {
  const queue: (() => void)[] = [];
  const hold = createUndoHold((task) => queue.push(task));
  const run = () => queue.splice(0).forEach((task) => task());
  return { hold, queue, run };
}

describe('the undo hold', () => {
  test('holds from turning off until the card closes, and tells the waiter once, after the close', () => {
    const { hold, queue, run } = held();
    let settled = 0;
    hold.turnedOff();
    hold.onSettled = () => settled++;
    expect(hold.holding).toBe(true);
    hold.cardClosed();
    expect(hold.holding).toBe(false);
    expect(settled).toBe(0);
    expect(hold.onSettled).toBeNull();
    run();
    expect(settled).toBe(1);
    hold.cardClosed();
    run();
    expect(settled).toBe(1);
    expect(queue).toHaveLength(0);
  });

  test('Undo ends the hold without telling the waiter; closing then defers nothing', () => {
    const { hold, queue } = held();
    let settled = 0;
    hold.turnedOff();
    hold.onSettled = () => settled++;
    hold.undone();
    expect(hold.holding).toBe(false);
    hold.cardClosed();
    expect(queue).toHaveLength(0);
    expect(settled).toBe(0);
  });

  test('a card closing that held nothing leaves a waiter in place', () => {
    const { hold, queue } = held();
    const waiter = () => {};
    hold.onSettled = waiter;
    hold.cardClosed();
    expect(queue).toHaveLength(0);
    expect(hold.onSettled).toBe(waiter);
  });

  test('by default the waiter hears on a microtask', async () => {
    const hold = createUndoHold();
    let settled = 0;
    hold.turnedOff();
    hold.onSettled = () => settled++;
    hold.cardClosed();
    expect(settled).toBe(0);
    await Promise.resolve();
    expect(settled).toBe(1);
  });
});
