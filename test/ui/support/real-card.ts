/**
 * Cards built by the real pipeline from the five bundled articles and the catalog (read from disk as
 * test/facts does), so component tests render what readers will see, not hand-written data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactBase } from '../../../lib/facts/build';
import { buildCard, type Card } from '../../../lib/cards/card';
import type { Trust } from '../../../lib/facts/trust';
import type { ArticleInput, FactBase } from '../../../lib/facts/types';
import { readArticles, readCatalog } from '../../facts/articles';

let cached: FactBase | undefined;

export function realFactBase(): FactBase {
  cached ??= buildFactBase(readArticles(), readCatalog()).factBase;
  return cached;
}

/** The card the background would send for `entity` under `trust`. */
export function realCard(entity: string, trust: Trust = {}, factBase: FactBase = realFactBase()): Card {
  const card = buildCard(entity, factBase, trust);
  if (!card) throw new Error(`no card for ${entity}`);
  return card;
}

/** The five articles plus `extra` (fixtures written for the tests), through the same pipeline. */
export function factBaseWith(...extra: ArticleInput[]): FactBase {
  return buildFactBase([...readArticles(), ...extra], readCatalog()).factBase;
}

/** Trust with every source of the real fact base switched off. */
export function distrustAll(): Trust {
  return Object.fromEntries(realFactBase().sources.map((s) => [s.id, false]));
}

/**
 * The card's stylesheet as the build bundles it. Read from disk because Vitest loads CSS imports as empty
 * strings, `?raw` included (lib/ui/card-style.ts).
 */
export function cardCss(): string {
  return readFileSync(join(import.meta.dirname, '..', '..', '..', 'lib', 'ui', 'card.css'), 'utf8');
}
