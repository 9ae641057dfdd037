import { describe, expect, it } from 'vitest';
import { parseColor, themeFromColors } from '../../lib/ui/theme';

describe('the card takes the page\'s colours, whatever the system says', () => {
  it.each([
    [['rgb(255, 255, 255)'], undefined, 'light'],
    [['rgb(18, 18, 18)'], undefined, 'dark'],
    [['#1e2227'], undefined, 'dark'],
    [['#fafafa'], undefined, 'light'],
    // The marked text's own box is transparent: the first opaque layer out decides.
    [['rgba(0, 0, 0, 0)', 'transparent', 'rgb(20, 24, 28)'], undefined, 'dark'],
    // A faint tint over a dark page does not make it light.
    [['rgba(255, 255, 255, 0.1)', 'rgb(10, 10, 10)'], undefined, 'dark'],
    // Every layer transparent: the canvas shows, and light text means a dark one.
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'rgb(230, 230, 230)', 'dark'],
    [['rgba(0, 0, 0, 0)'], 'rgb(20, 20, 20)', 'light'],
    // Colours it cannot read are skipped, not guessed from.
    [['oklch(0.2 0.01 250)', 'rgb(250, 250, 250)'], undefined, 'light'],
    [[], undefined, 'light'],
  ] as const)('%j with text %s → %s', (backgrounds, text, theme) => {
    expect(themeFromColors(backgrounds, text)).toBe(theme);
  });

  it('reads the colour forms computed styles give', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('color-mix(in srgb, red, blue)')).toBeNull();
  });
});
