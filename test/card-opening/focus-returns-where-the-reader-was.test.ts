// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { CardFocus, focusedOnPage, focusInto } from '../../lib/card-opening/card-focus';

let button: HTMLButtonElement;
let link: HTMLAnchorElement;

beforeEach(() => {
  document.body.innerHTML = '<p><button>Share</button> <a href="#later">later</a></p>';
  button = document.querySelector('button')!;
  link = document.querySelector('a')!;
});

describe('focus around a walked card', () => {
  test('a walk step remembers the focused element; a close gives focus back there', () => {
    const focus = new CardFocus();
    button.focus();
    focus.walked(document, false);
    link.focus();
    focus.giveBack();
    expect(document.activeElement).toBe(button);
  });

  test('a step taken from inside the card keeps the element from before the walk', () => {
    const focus = new CardFocus();
    button.focus();
    focus.walked(document, false);
    link.focus(); // stands in for the card's own control
    focus.walked(document, true);
    focus.giveBack();
    expect(document.activeElement).toBe(button);
  });

  test('focus on the body is nowhere to return to; an element gone from the page neither', () => {
    const focus = new CardFocus();
    focus.walked(document, false);
    link.focus();
    focus.giveBack();
    expect(document.activeElement).toBe(link);
    button.focus();
    focus.walked(document, false);
    button.remove();
    link.focus();
    focus.giveBack();
    expect(document.activeElement).toBe(link);
  });

  test('gives back once', () => {
    const focus = new CardFocus();
    button.focus();
    focus.walked(document, false);
    focus.giveBack();
    link.focus();
    focus.giveBack();
    expect(document.activeElement).toBe(link);
  });

  test('focus moves into the card on the first draw after a step, and not after a cancel', () => {
    const focus = new CardFocus();
    expect(focus.takeIntoCard()).toBe(false);
    focus.walked(document, false);
    expect(focus.takeIntoCard()).toBe(true);
    expect(focus.takeIntoCard()).toBe(false);
    focus.walked(document, false);
    focus.cancelIntoCard();
    expect(focus.takeIntoCard()).toBe(false);
  });
});

describe('focusing the card', () => {
  test('the dialog itself, made focusable by script only', () => {
    const card = document.createElement('div');
    card.innerHTML = '<div role="dialog"><h2>Baku</h2><button>Close</button></div>';
    document.body.append(card);
    focusInto(card);
    const dialog = card.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(dialog);
  });

  test('else its first control; nothing to focus leaves focus alone', () => {
    const card = document.createElement('div');
    card.innerHTML = '<p>Off on news.example</p><button>Undo</button>';
    document.body.append(card);
    focusInto(card);
    expect(document.activeElement).toBe(card.querySelector('button'));
    const empty = document.createElement('div');
    focusInto(empty);
    expect(document.activeElement).toBe(card.querySelector('button'));
  });
});

describe('where a walk starts', () => {
  test("the page's focused element; not the body, nor the card", () => {
    expect(focusedOnPage(document, false)).toBeNull();
    button.focus();
    expect(focusedOnPage(document, false)).toBe(button);
    expect(focusedOnPage(document, true)).toBeNull();
  });
});
