// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { realFactBase } from '../../support/store';
import { switchableDisk } from '../../support/full-disk';
import { fakeExtension, type FakeExtensionOptions } from './support/fake-extension';
import { renderPopup, unmountAndStop, wait } from './support/render-popup';

afterEach(unmountAndStop);

const fb = realFactBase();
/** A source the text gives no date, so a date the reader sets is plainly theirs. */
const source = fb.sources.find((s) => s.published === null) ?? fb.sources[0]!;

async function popup(options: FakeExtensionOptions = {}) {
  const fake = fakeExtension(options);
  const rendered = await renderPopup(fake);
  fireEvent.click(screen.getByRole('tab', { name: /^Sources/ }));
  return rendered;
}

async function openDetails(label: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: `Details of ${label}` }, wait));
  return screen.getByRole('form', { name: `Details of ${label}` });
}

function fill(form: HTMLElement, label: string, value: string): void {
  fireEvent.input(within(form).getByLabelText(new RegExp(`^${label}`)), { target: { value } });
}

describe('source details in the Sources tab', () => {
  test('the reader sets outlet, address and date; only what changed is sent, and every view follows', async () => {
    const { fake } = await popup();
    const form = await openDetails(source.label);
    expect((within(form).getByLabelText(/^Outlet/) as HTMLInputElement).value).toBe(source.publisher ?? '');
    fill(form, 'Outlet', 'The Evening Ledger');
    fill(form, 'Address', 'https://ledger.example/crash');
    fill(form, 'Date', '2024-12-26');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(fake.callsOf('setSourceDetails')).toEqual([
        { source: source.id, publisher: 'The Evening Ledger', url: 'https://ledger.example/crash', published: '2024-12-26' },
      ]),
    );
    // The switch is named after the outlet now, and its line gives the date and links the original.
    const toggle = await screen.findByRole('switch', { name: 'The Evening Ledger' }, wait);
    const line = document.getElementById(toggle.getAttribute('aria-describedby')!)!;
    expect(line.textContent).toContain('ledger.example');
    expect(line.textContent).not.toContain('Undated');
    expect(within(line).getByRole('link', { name: 'ledger.example' }).getAttribute('href')).toBe('https://ledger.example/crash');
    expect(screen.queryByRole('form')).toBeNull();

    // Stored by the background, so cards and search cite the new name too.
    const [card] = await fake.handlers.getCards({ entities: fb.entities.filter((e) => e.sources.includes(source.id)).map((e) => e.id).slice(0, 1) });
    expect(card!.sources.map((s) => s.source.label).concat(card!.notMentioning.map((s) => s.label))).toContain('The Evening Ledger');
  });

  test('kept for a popup opened later, marked as set by the reader, and cleared by emptying the field', async () => {
    const first = fakeExtension();
    await first.handlers.setSourceDetails({ source: source.id, publisher: 'The Evening Ledger' });
    first.stop();

    const { fake } = await popup({ indexedDB: first.indexedDB });
    const form = await openDetails('The Evening Ledger');
    expect(within(form).getByText(/^Outlet/).textContent).toContain('(set by you)');
    fill(form, 'Outlet', '');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('setSourceDetails')).toEqual([{ source: source.id, publisher: null }]));
    expect(await screen.findByRole('switch', { name: source.label }, wait)).toBeTruthy();
  });

  test('an address that is not a web address is refused with the reason, and the form stays open', async () => {
    await popup();
    const form = await openDetails(source.label);
    fill(form, 'Address', 'ftp://files.example/report.txt');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert', {}, wait);
    expect(alert.textContent).toContain('must be a web address starting with http:// or https://');
    expect(screen.getByRole('form', { name: `Details of ${source.label}` })).toBeTruthy();
  });

  test('a full disk is said in words, and what was stored stays', async () => {
    const disk = switchableDisk();
    const { fake } = await popup({ disk });
    const form = await openDetails(source.label);
    fill(form, 'Outlet', 'The Evening Ledger');
    disk.fill();
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert', {}, wait);
    expect(alert.textContent).toContain('were not saved: The disk is full');
    expect(alert.textContent).toContain('Free some disk space');
    disk.free();
    expect((await fake.handlers.getSources(undefined)).find((s) => s.id === source.id)?.details.publisher).toBeNull();
  });
});
