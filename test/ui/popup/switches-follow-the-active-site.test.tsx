// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../lib/ui/popup/App';
import { fakeExtension } from './support/fake-extension';
import { TEST_POLL_MS, unmountAndStop } from './support/render-popup';

afterEach(unmountAndStop);

function show(options: Parameters<typeof fakeExtension>[0]) {
  const fake = fakeExtension(options);
  render(<App api={fake.api} pollMs={TEST_POLL_MS} />);
  return fake;
}

const siteSwitch = () => screen.findByRole('switch', { name: /^Sourcelight On this site/ }) as Promise<HTMLInputElement>;
const everywhere = () => screen.getByRole('switch', { name: 'Sourcelight Everywhere' }) as HTMLInputElement;

describe('the switches for where Sourcelight runs', () => {
  test('the site switch names the active tab\'s site and turns it off and on again', async () => {
    const f = show({ hostname: 'www.news.example' });
    const toggle = await siteSwitch();
    // Named after the site as a reader thinks of it (no "www."), so a screen reader says which site it is.
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Sourcelight On this site news.example' })).toBe(toggle));
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(f.settings.disabledSites).toEqual(['news.example']);
    expect(f.isEnabledOn('news.example')).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(true));
    expect(f.settings.disabledSites).toEqual([]);
  });

  test('"everywhere" off is saved and leaves the site switch unavailable, with the reason', async () => {
    const f = show({ hostname: 'news.example' });
    const toggle = await siteSwitch();
    await waitFor(() => expect(everywhere().disabled).toBe(false));
    fireEvent.click(everywhere());
    await waitFor(() => expect(everywhere().checked).toBe(false));
    expect(f.settings.enabled).toBe(false);
    expect(toggle.disabled).toBe(true);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toBe('Off everywhere for now.');
  });

  test('a page that is not a web page has no site to switch, and says so', async () => {
    show({ hostname: null });
    const toggle = await siteSwitch();
    await waitFor(() => expect(toggle.getAttribute('aria-describedby')).toBeTruthy());
    expect(toggle.disabled).toBe(true);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Only web pages (http and https) can be switched.',
    );
  });

  test('a change made elsewhere (a card\'s own off switch) shows at once', async () => {
    const f = show({ hostname: 'news.example' });
    const toggle = await siteSwitch();
    await waitFor(() => expect(toggle.checked).toBe(true));
    await f.api.setSiteEnabled('news.example', false);
    await waitFor(() => expect(toggle.checked).toBe(false));
  });
});
