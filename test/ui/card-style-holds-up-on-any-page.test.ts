import { describe, expect, test } from 'vitest';
import { cardCss } from './support/real-card';

const css = cardCss();
const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('the card stylesheet', () => {
  test('sizes in px, never rem: rem follows the page\'s html font-size', () => {
    expect(withoutComments).not.toMatch(/\d(\.\d+)?rem\b/);
    expect(withoutComments).toMatch(/font-size: 13px/);
  });

  test('a system font stack, not the page\'s fonts', () => {
    expect(withoutComments).toMatch(/font-family: system-ui,[^;]*sans-serif;/);
  });

  test('about 360 px wide, and never wider than the viewport', () => {
    expect(withoutComments).toMatch(/width: 360px;/);
    expect(withoutComments).toMatch(/max-width: calc\(100vw - 16px\)/);
  });

  test('light and dark, chosen by the page (`.sl-dark`), not the system; every colour from a variable the dark block redefines', () => {
    expect(withoutComments).not.toMatch(/prefers-color-scheme/);
    const dark = withoutComments.match(/\.sl-card\.sl-dark \{([\s\S]*?)\n\}/)?.[1] ?? '';
    const light = withoutComments.match(/\.sl-card \{([\s\S]*?)\n\}/)?.[1] ?? '';
    const variables = (block: string) => [...block.matchAll(/(--sl-[a-z-]+):/g)].map((m) => m[1]).sort();
    expect(variables(light).length).toBeGreaterThan(8);
    expect(variables(dark)).toEqual(variables(light));
  });

  test('never taller than 420 px, lower where placement says; the body scrolls beyond it', () => {
    expect(withoutComments).toMatch(/max-height: min\(var\(--sl-max-height, 420px\), 420px\)/);
    expect(withoutComments).toMatch(/\.sl-body \{[^}]*overflow: auto;/);
  });

  test('resets the host, and styles only its own classes', () => {
    expect(withoutComments).toMatch(/:host \{\s*all: initial;/);
    const selectors = withoutComments
      .replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter((s) => s && !s.startsWith('--'));
    for (const selector of selectors.flatMap((s) => s.split(',').map((p) => p.trim()))) {
      expect(selector, selector).toMatch(/^(:host|\.sl-)/);
    }
  });
});
