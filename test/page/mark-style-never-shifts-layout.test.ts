// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectContexts } from '../../lib/page/contexts';
import { installMarkStyle, MARK_CSS } from '../../lib/page/mark-style';

/** Declarations per selector, comments removed. */
function rules(css: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{([\s\S]*?\})\s*\}/g, '$1');
  for (const [, selector, block] of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const properties = block!.split(';').map((d) => d.split(':')[0]!.trim()).filter(Boolean);
    out.push([selector!.trim().replace(/\s+/g, ' '), properties]);
  }
  return out;
}

describe('mark style', () => {
  test('declares nothing that takes space: no margin, padding, border, size, font or position', () => {
    const all = rules(MARK_CSS).flatMap(([, properties]) => properties);
    expect(all.length).toBeGreaterThan(10);
    for (const property of all) {
      expect(property).not.toMatch(/^(margin|padding|border(?!-radius)|width|height|font|line-height|letter-spacing|word-spacing|position|top|left|float|vertical-align)/);
    }
    expect(MARK_CSS).toMatch(/display:\s*inline\s*!important/);
  });

  test('shows a focus ring for the keyboard-focused mark and a stronger look when active', () => {
    const selectors = rules(MARK_CSS).map(([selector]) => selector).join('\n');
    expect(selectors).toContain('sourcelight-mark:focus-visible');
    expect(selectors).toContain('sourcelight-mark[data-sourcelight-active]');
    expect(MARK_CSS).toMatch(/color-mix\(in srgb, currentColor/);
  });

  test('is installed once, as our own UI the scanner does not read, and can be removed', () => {
    const remove = installMarkStyle(document);
    installMarkStyle(document);
    expect(document.querySelectorAll('style[data-sourcelight-ui]')).toHaveLength(1);
    expect(collectContexts(document.documentElement).map((c) => c.text).join('')).not.toContain('sourcelight-mark');
    remove();
    expect(document.querySelectorAll('style[data-sourcelight-ui]')).toHaveLength(0);
  });
});
