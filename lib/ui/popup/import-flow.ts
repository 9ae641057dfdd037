/**
 * Importing an export file, as the popup does it: the file is read and checked whole first (export-file.ts), so a
 * malformed or foreign file changes nothing; then each added article goes through `addSource` (one message each,
 * within the message budget, checked for duplicates like any article), the choices follow in batches, and the
 * fact base is built once at the end.
 */
import type { Ask } from '../app-api';
import { parseExportFile, type ImportedChoices } from '../../transfer/export-file';

/** Rows per `importChoices` message: well inside the background's bounds (MAX_BATCH rows a list). */
export const IMPORT_BATCH = 100;

export interface ImportReport {
  /** Articles added, and ones already among the sources (same id or same text). */
  added: number;
  already: number;
  /** Articles refused, each with why. */
  refused: string[];
  /** Choices taken, and ones left because the same or a newer choice was there. */
  taken: number;
  kept: number;
}

export async function importExport(text: string, ask: Ask): Promise<ImportReport> {
  const file = parseExportFile(text);
  const report: ImportReport = { added: 0, already: 0, refused: [], taken: 0, kept: 0 };
  const have = new Set((await ask('getSources')).map((s) => s.id));
  for (const row of file.reader.added) {
    if (have.has(row.id)) {
      report.already += 1;
      continue;
    }
    try {
      await ask('addSource', {
        id: row.id,
        text: row.text,
        title: row.title,
        publisher: row.publisher,
        published: row.published,
        url: row.url,
        origin: row.origin,
        build: false,
      });
      report.added += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/already among your sources|copy of a source you have/.test(message)) report.already += 1;
      else report.refused.push(message);
    }
  }
  const { hidden, trust, details, stories } = file.reader;
  const lists: (keyof ImportedChoices)[] = ['trust', 'details', 'stories', 'hidden'];
  const all = { hidden, trust, details, stories };
  for (const key of lists) {
    for (let at = 0; at < all[key].length; at += IMPORT_BATCH) {
      const batch: ImportedChoices = { trust: [], details: [], stories: [], hidden: [] };
      (batch[key] as unknown[]) = all[key].slice(at, at + IMPORT_BATCH);
      const outcome = await ask('importChoices', batch);
      report.taken += outcome.taken;
      report.kept += outcome.kept;
    }
  }
  await ask('rebuild', {});
  return report;
}

/** The report in one sentence or two. */
export function importReportText(r: ImportReport): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [`Imported ${plural(r.added, 'article', 'articles')}`];
  if (r.already > 0) parts.push(`${r.already} already among your sources`);
  parts.push(`${plural(r.taken, 'choice', 'choices')} taken`);
  if (r.kept > 0) parts.push(`${r.kept} left as you had ${r.kept === 1 ? 'it' : 'them'}`);
  const refused = r.refused.length > 0 ? ` Not added: ${r.refused.join(' ')}` : '';
  return `${parts.join(', ')}.${refused}`;
}
