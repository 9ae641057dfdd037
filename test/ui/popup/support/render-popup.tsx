/** Renders the popup over a fake extension and waits until the story at a glance is listed (the fact base is ready). */
import { cleanup, render, screen } from '@testing-library/preact';
import { App } from '../../../../lib/ui/popup/App';
import { fakeExtension, stopFakeExtensions, type FakeExtension, type FakeExtensionOptions } from './fake-extension';

/** The status poll in tests: short, so a build in progress resolves quickly, but still a real wait. */
export const TEST_POLL_MS = 20;
/** Waits cover a build of the real fact base in fake-indexeddb on a busy 2-core machine. */
export const READY_TIMEOUT_MS = 10_000;

export async function renderPopup(options: FakeExtensionOptions | FakeExtension = {}) {
  const fake = 'api' in options ? options : fakeExtension(options);
  const view = render(<App api={fake.api} pollMs={TEST_POLL_MS} />);
  await screen.findByRole('listbox', { name: 'Entities by how many sources mention them' }, { timeout: READY_TIMEOUT_MS });
  return { fake, view, field: screen.getByRole('combobox', { name: 'Search the story' }) as HTMLInputElement };
}

/** How long a test waits for what the popup shows once the fact base is built. */
export const wait = { timeout: READY_TIMEOUT_MS };

/** Every popup test's tear-down (`afterEach(unmountAndStop)`): unmount the popup and stop every fake extension. */
export function unmountAndStop(): void {
  cleanup();
  stopFakeExtensions();
}
