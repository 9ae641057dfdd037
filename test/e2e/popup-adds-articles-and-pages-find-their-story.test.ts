/**
 * Adding articles, as a reader does: "Add this page" reads the article of the tab the popup was opened
 * over (previewed, then added), the file input labelled "Add articles" takes files, and a page of the added story
 * is marked (the prefilter and the stylesheet follow the fact base). Prints how long the preview and the add took.
 */
import type { Tab } from './support';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceSummary, Status } from '../../lib/messages';
import { marksOf, settledMarks } from './helpers/content';
import { ask, untilReady, useExtension, useStaticServer } from './support';

/** The first answers wait for the fact base to be built on a fresh profile. */
const READY_TIMEOUT_MS = 30_000;
/** A preview or an add runs the pipeline over every source: well under a second here, bounded for a loaded machine. */
const ADD_TIMEOUT_MS = 30_000;

describe('adding articles from the popup', () => {
  const extension = useExtension();
  const server = useStaticServer();
  let popup: Tab;

  beforeAll(async () => {
    popup = await extension.openExtensionPage('popup.html');
    await untilReady(popup, READY_TIMEOUT_MS);
    await popup.reload();
    await popup.getByRole('tab', { name: /^Sources/ }).click();
  });

  /** Makes `page` the active tab of the popup's window: the tab "Add this page" reads. */
  async function overPage(path: string): Promise<Tab> {
    const page = await extension.newTab();
    await page.goto(server.url(path));
    await page.bringToFront();
    return page;
  }

  it('previews the article of the page the popup was opened over, then adds it', async () => {
    const page = await overPage('eastmere-article.html');
    const started = performance.now();
    await popup.getByRole('button', { name: 'Add this page' }).click();
    const preview = popup.getByRole('region', { name: 'Preview of the article' });
    await preview.waitFor({ timeout: ADD_TIMEOUT_MS });
    const previewMs = performance.now() - started;
    expect(await preview.getByRole('heading').textContent()).toBe('Harbourline jet skids off runway at Eastmere');
    expect(await preview.locator('.preview-meta').textContent()).toMatch(/^The Coastal Courier · /);
    expect(await preview.locator('.preview-found').textContent()).toMatch(/Dana Whitlock/);
    expect(await preview.locator('.preview-story').textContent()).toMatch(/^Starts a new story/);

    const adding = performance.now();
    await preview.getByRole('button', { name: 'Add' }).click();
    await popup.getByText('Added “The Coastal Courier”.').waitFor({ timeout: ADD_TIMEOUT_MS });
    const addMs = performance.now() - adding;
    const sources = await ask<SourceSummary[]>(popup, 'getSources');
    expect(sources.find((s) => s.publisher === 'The Coastal Courier')).toMatchObject({
      added: true,
      url: 'https://courier.example/world/harbourline-eastmere',
      published: '2025-03-04',
    });
    const { lastBuild } = await ask<Status>(popup, 'getStatus');
    console.log(
      `Add this page in ${extension.browser}: preview ${previewMs.toFixed(0)} ms (reading the page and building), add ${addMs.toFixed(0)} ms ` +
        `(of which the pipeline ${lastBuild?.pipelineMs.toFixed(0)} ms, the store's swap ${lastBuild?.storeMs.toFixed(0)} ms)`,
    );
    await page.close();
  });

  it('marks a page of the added story, with the stylesheet holding a rule for its entities', async () => {
    const page = await extension.newTab();
    await page.goto(server.url('eastmere-followup.html'));
    await settledMarks(page);
    const marks = await marksOf(page);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Dana Whitlock', 'Eastmere International Airport']));
    // Entities of the added story, with ids as the contract has them.
    expect(marks.every((m) => /^story_[a-z0-9_]+$/.test(m.entity))).toBe(true);
    // The mark's look applies: the stylesheet the page check installed has a rule naming its highlight.
    const styled = await page.evaluate((entity) => {
      const sheets = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
      return sheets.some((text) => text.includes(`::highlight(sourcelight-entity-${entity})`));
    }, marks[0]!.entity);
    expect(styled).toBe(true);
    await page.close();
  });

  it('says so when the page holds no article, and adds nothing', async () => {
    const page = await overPage('front-page.html');
    const before = (await ask<SourceSummary[]>(popup, 'getSources')).length;
    await popup.getByRole('button', { name: 'Add this page' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent(), { timeout: ADD_TIMEOUT_MS }).toMatch(/found no article on this page/);
    expect((await ask<SourceSummary[]>(popup, 'getSources')).length).toBe(before);
    await page.close();
  });

  it('takes files through the input labelled "Add articles", and says which it refused', async () => {
    await popup.bringToFront();
    const text = [
      'Ferry runs aground off Lindholm',
      '',
      'A passenger ferry carrying 210 people ran aground off Lindholm on Friday evening, the Lindholm coastguard said.',
      '',
      'Captain Orla Brenning said the ferry would be towed to Lindholm harbour. Brenning said nobody was hurt.',
    ].join('\n');
    await popup.getByLabel('Add articles', { exact: true }).setInputFiles([
      { name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const outcomes = popup.getByRole('list', { name: 'Files added' }).getByRole('listitem');
    await expect.poll(() => outcomes.count(), { timeout: ADD_TIMEOUT_MS }).toBe(2);
    expect(await outcomes.allTextContents()).toEqual([
      '“ferry.txt” added as “Ferry runs aground off Lindholm”.',
      '“empty.txt” is empty: there is no text to read.',
    ]);
  });
});
