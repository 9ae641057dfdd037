/**
 * `npm run measure:cards`: renders the real Card component for every entity of the bundled fact base in
 * Chromium, at the card's real width and with its real stylesheet, and prints how tall each opens (median and
 * maximum), how many summary lines it shows and how many claims wait behind "All". Then the hard cases (an entity
 * with a hundred claims, a headline-only source, a page number no source gives) the same way.
 *
 * Options: --json prints every measurement as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildFactBase } from '../lib/facts/build';
import { buildCard, type Card } from '../lib/cards/card';
import type { ArticleInput, Catalog } from '../lib/facts/types';
import type { PageFigure } from '../lib/ui/Card';
import { headlineOnlyOnBaku, hundredClaimsOnAktau } from './measure-cards/hard-cards';
import { chromiumPath } from './browsers.mjs';
import type { Measured } from './measure-cards/page';

const root = resolve(import.meta.dirname, '..');
/** The bounds: a typical card opens within 300 px, and none is taller than 420 px. */
const TYPICAL_MAX_PX = 300;
const HARD_MAX_PX = 420;

function articles(): ArticleInput[] {
  const dir = join(root, 'assets', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), origin: f, text: readFileSync(join(dir, f), 'utf8') }));
}

async function pageScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [preact()],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'scripts', 'measure-cards', 'page.tsx'), formats: ['iife'], name: 'measureCards' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) return result.output.map((o) => ('code' in o ? o.code : '')).join('\n');
  }
  throw new Error('Vite gave no bundle for the measuring page.');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const catalog = JSON.parse(readFileSync(join(root, 'assets', 'catalog.json'), 'utf8')) as Catalog;
  const bundled = buildFactBase(articles(), catalog).factBase;
  const cards = bundled.entities.map((e) => buildCard(e.id, bundled, {})).filter((c): c is Card => c !== null && c.mentionedBy.length > 0);
  const hardBase = buildFactBase([...articles(), hundredClaimsOnAktau(), headlineOnlyOnBaku()], catalog).factBase;
  const hard: { name: string; card: Card; pageFigure: PageFigure | null }[] = [
    { name: 'Aktau with a hundred more claims', card: buildCard('aktau', hardBase, {})!, pageFigure: null },
    { name: 'Baku, one source naming it only in a headline', card: buildCard('baku', hardBase, {})!, pageFigure: null },
    { name: 'on board, a number one source gives', card: buildCard('on_board', bundled, {})!, pageFigure: null },
    { name: 'survivors, on a page that says 29', card: buildCard('survivors', bundled, {})!, pageFigure: { measure: 'survivors', value: 29 } },
  ];

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: await pageScript() });
    const measured: Measured[] = await page.evaluate((input) => window.measureCards(input), cards.map((card) => ({ card, pageFigure: null })));
    const hardMeasured: Measured[] = await page.evaluate((input) => window.measureCards(input), hard.map(({ card, pageFigure }) => ({ card, pageFigure })));

    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ cards: measured, hard: hardMeasured.map((m, i) => ({ ...m, case: hard[i]!.name })) }, null, 2));
      return;
    }
    const heights = measured.map((m) => m.height);
    console.log(`Cards of the bundled fact base (${measured.length} entities that a source mentions), width 360 px:`);
    console.log('  entity                 height  lines  text lines  claims behind All  scrolls');
    for (const m of measured) {
      console.log(
        `  ${m.entity.padEnd(22)} ${String(Math.round(m.height)).padStart(6)}  ${String(m.lines).padStart(5)}  ${String(m.textLines).padStart(10)}  ${String(m.claims).padStart(17)}  ${m.scrolls ? 'yes' : 'no'}`,
      );
    }
    console.log(`  default height: median ${Math.round(median(heights))} px, max ${Math.round(Math.max(...heights))} px`);
    console.log(`  lines shown: median ${median(measured.map((m) => m.lines))}, max ${Math.max(...measured.map((m) => m.lines))}`);
    console.log(`  claims behind "All": median ${median(measured.map((m) => m.claims))}, max ${Math.max(...measured.map((m) => m.claims))}`);
    console.log(`  over ${TYPICAL_MAX_PX} px: ${measured.filter((m) => m.height > TYPICAL_MAX_PX).map((m) => m.entity).join(', ') || 'none'}`);
    console.log(`  over ${HARD_MAX_PX} px or scrolling as opened: ${measured.filter((m) => m.height > HARD_MAX_PX || m.scrolls).map((m) => m.entity).join(', ') || 'none'}`);
    console.log('Hard cases:');
    hardMeasured.forEach((m, i) =>
      console.log(`  ${hard[i]!.name}: ${Math.round(m.height)} px, ${m.lines} lines, ${m.claims} claims behind All, ${m.scrolls ? 'scrolls' : 'no scrolling'}; with All open ${Math.round(m.expandedHeight)} px`),
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
