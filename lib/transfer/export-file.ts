/**
 * The export file: the whole fact base and everything the reader added and chose (articles, hidden sources, trust,
 * names, outlets, addresses and dates, story moves), as one versioned JSON document. Reading one back checks it
 * is ours, of a version this release understands, and whole, before anything of it is taken.
 */
import type { FactBase } from '../facts/types';
import { MAX_ARTICLE_CHARS } from '../facts/validate';
import type { AddedSourceRow, DetailsRow, HiddenRow, StoryChoiceRow, TrustRow } from '../store/choices-db';
import { isAddedRow, isDetailsRow, isHiddenRow, isStoryChoiceRow, isTrustRow } from './rows';

export const EXPORT_FORMAT = 'sourcelight-fact-base';
/** Bump when a field changes meaning or goes; a new optional field keeps the version. */
export const EXPORT_VERSION = 1;

export interface ReaderChoices {
  added: AddedSourceRow[];
  hidden: HiddenRow[];
  trust: TrustRow[];
  details: DetailsRow[];
  stories: StoryChoiceRow[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The fact base as stored (sources with their text, stories, entities, claims, figures). */
  factBase: Omit<FactBase, 'builtAt'> & { builtAt: string | null };
  /** What the reader added and chose: what an import takes (the fact base is rebuilt from the articles). */
  reader: ReaderChoices;
}

/** The choices an import sends to the background, in bounded batches. */
export type ImportedChoices = Omit<ReaderChoices, 'added'>;

/** What an import took, and what it left because the same (or a newer) choice was already there. */
export interface ImportOutcome {
  taken: number;
  kept: number;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const FOREIGN = 'This file is not a Sourcelight export, so nothing was imported. Choose a file made with “Export”.';

/** The export in `text`; throws an `ImportError` saying why not when it is malformed, foreign or too new. */
export function parseExportFile(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not a Sourcelight export (it is not JSON), so nothing was imported.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) throw new ImportError(FOREIGN);
  const file = data as Record<string, unknown>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    throw new ImportError('This Sourcelight export has no valid version number, so nothing was imported.');
  }
  if (file.version > EXPORT_VERSION) {
    throw new ImportError(
      `This export was made by a newer Sourcelight (file version ${file.version}; this one reads up to ${EXPORT_VERSION}). Update Sourcelight, then import it again.`,
    );
  }
  const factBase = file.factBase as Record<string, unknown> | undefined;
  if (typeof factBase !== 'object' || factBase === null || !['sources', 'stories', 'entities', 'claims', 'figures'].every((k) => Array.isArray(factBase[k]))) {
    throw new ImportError(damaged('its fact base is missing or incomplete'));
  }
  const reader = file.reader as Record<string, unknown> | undefined;
  if (typeof reader !== 'object' || reader === null) throw new ImportError(damaged('the part with your sources and choices is missing'));
  const checks: [keyof ReaderChoices, (v: unknown) => boolean, string][] = [
    ['added', (v) => isAddedRow(v, MAX_ARTICLE_CHARS), 'added article'],
    ['hidden', isHiddenRow, 'hidden source'],
    ['trust', isTrustRow, 'trust choice'],
    ['details', isDetailsRow, 'source detail'],
    ['stories', isStoryChoiceRow, 'story move'],
  ];
  for (const [key, check, what] of checks) {
    const rows = reader[key];
    if (!Array.isArray(rows)) throw new ImportError(damaged(`its list of each ${what} is missing`));
    const bad = rows.findIndex((row) => !check(row));
    if (bad >= 0) throw new ImportError(damaged(`${what} ${bad + 1} of ${rows.length} is malformed`));
  }
  return data as ExportFile;
}

function damaged(what: string): string {
  return `This Sourcelight export is damaged (${what}), so nothing was imported.`;
}
