import { describe, expect, it } from 'vitest';
import { routeOf } from '../../lib/content/history';

describe('what counts as a new view of a single-page app', () => {
  it.each([
    ['https://news.example/world/aktau-crash', 'https://news.example/world/aktau-crash'],
    ['https://news.example/world/aktau-crash?page=2', 'https://news.example/world/aktau-crash?page=2'],
    // Jumping to a section of the same article is not a navigation.
    ['https://news.example/world/aktau-crash#comments', 'https://news.example/world/aktau-crash'],
    // Hash routers put the route in the fragment.
    ['https://news.example/#/world/aktau-crash', 'https://news.example/#/world/aktau-crash'],
    ['https://news.example/#!/live/123', 'https://news.example/#!/live/123'],
  ])('%s → %s', (href, route) => expect(routeOf(href)).toBe(route));
});
