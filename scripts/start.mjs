#!/usr/bin/env node
// `npm start`: build the extension and open Chromium with it on the demo news page (assets/demo/news.html),
// served from 127.0.0.1. With a display, the browser stays open until you close it. Without one (no $DISPLAY,
// as on CI and remote machines), it runs headless and writes two screenshots — the page with its marks, and a
// card open on a mention — and prints their paths. `--headless` forces the screenshots with a display too.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildForChromium } from './browser/build.mjs';
import { launchExtension, ROOT } from './browser/launch.mjs';
import { MARKS_SCRIPT, waitForMarks } from './browser/marks.mjs';
import { startStaticServer } from './browser/static-server.mjs';

const DEMO_DIR = join(ROOT, 'assets', 'demo');
const SHOTS_DIR = join(ROOT, '.output', 'screenshots');
/** The demo's live-updates list grows 1.5 s after load; wait past that so the screenshot shows it marked. */
const LIVE_UPDATE_MS = 2500;
/** Hover intent (lib/card-opening/hover-intent.ts SHOW_DELAY is 500 ms) plus room for the card to render and settle. */
const CARD_WAIT_MS = 1200;

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log('Building the extension (wxt build)…');
buildForChromium({ reuse: false });

const server = await startStaticServer(DEMO_DIR);
const browser = await launchExtension(undefined, { headless, viewport: headless ? { width: 1280, height: 800 } : null });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const demoUrl = server.url('news.html');
await page.goto(demoUrl);

const shutdown = async () => {
  await browser.close();
  await server.close();
};

if (!headless) {
  console.log(`Chromium is open on ${demoUrl} with Sourcelight loaded.`);
  console.log('Hover a marked phrase (or press Alt+Shift+↓) to open its card. Close the browser window to finish.');
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
  process.exit(0);
}

try {
  await page.waitForTimeout(LIVE_UPDATE_MS);
  const marks = await waitForMarks(page);
  mkdirSync(SHOTS_DIR, { recursive: true });
  const marked = join(SHOTS_DIR, 'demo-marks.png');
  await page.screenshot({ path: marked, fullPage: true });

  // A figure card shows the most: every source's number, and a flag where they disagree. Marks are painted
  // highlights, not elements: the mention is found in CSS.highlights, as any outside check finds it.
  const where = () =>
    page.evaluate(`${MARKS_SCRIPT}
      (() => {
        const mark = window.__sourcelightMarks().find((m) => m.entity === 'death_toll');
        if (!mark) return null;
        const box = window.__sourcelightMarks.rects(mark.range)[0];
        const live = document.createRange();
        live.setStart(mark.range.startContainer, mark.range.startOffset);
        live.setEnd(mark.range.endContainer, mark.range.endOffset);
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2, text: live.toString() } : null;
      })()`);
  const found = await where();
  // A third of the way down the viewport: room below for the card, and the article around it in view.
  if (found) await page.evaluate((top) => window.scrollBy(0, top - window.innerHeight / 3), found.y);
  const mention = (await where()) ?? { x: 0, y: 0, text: '(no death toll mention)' };
  await page.mouse.move(mention.x, mention.y);
  await page.waitForTimeout(CARD_WAIT_MS);
  const card = join(SHOTS_DIR, 'demo-card.png');
  await page.screenshot({ path: card });
  // The card sits in a closed shadow root: from the page, its host being there with a box is what shows.
  const cardShown = await page.locator('sourcelight-card-host').isVisible();

  console.log(`\nNo display: ran Chromium headless on ${demoUrl}`);
  console.log(`${marks} marks on the demo page; a card ${cardShown ? 'opened' : 'did NOT open'} on "${mention.text}".`);
  console.log(`  page with its marks: ${marked}`);
  console.log(`  page with a card open: ${card}`);
  if (!cardShown || marks === 0) process.exitCode = 1;
} finally {
  await shutdown();
}
