/**
 * Export and import: the fact base with everything the reader added and chose as one file, the claims as Web
 * Annotations, and an export's choices merged back (lib/transfer/). An import's articles arrive one `addSource` at a
 * time (each within the message budget); its choices here, in batches, then one `rebuild`.
 */
import { withDetails } from '../store/details';
import type { ChoicesDb } from '../store/choices-db';
import type { SourcelightDb } from '../store/db';
import { readDetails } from '../store/details';
import { readAll, readMeta, sourceRef } from '../store/read';
import { claimAnnotations, type AnnotationCollection } from '../transfer/annotations';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ImportOutcome } from '../transfer/export-file';
import { isDetailsRow, isHiddenRow, isNewer, isStoryChoiceRow, isTrustRow } from '../transfer/rows';
import type { FactBaseKeeper } from './fact-base-keeper';
import { MAX_BATCH, PayloadError, expectNoPayload, expectObject } from './validate';
import { explainWriteError } from '../store/storage-full';

export interface TransferHandlerDeps {
  keeper: FactBaseKeeper;
  store: () => SourcelightDb;
  choices: () => ChoicesDb;
}

/** A list of rows from a message, each checked; at most MAX_BATCH, so the popup sends an import in batches. */
function expectRows<T>(type: string, payload: Record<string, unknown>, key: string, check: (v: unknown) => v is T): T[] {
  const rows = payload[key] ?? [];
  if (!Array.isArray(rows)) throw new PayloadError(`Malformed "${type}" message: "${key}" must be an array.`);
  if (rows.length > MAX_BATCH) throw new PayloadError(`Malformed "${type}" message: "${key}" may hold at most ${MAX_BATCH} rows.`);
  const bad = rows.findIndex((row) => !check(row));
  if (bad >= 0) throw new PayloadError(`Malformed "${type}" message: "${key}[${bad}]" is not a valid row.`);
  return rows as T[];
}

export function transferHandlers({ keeper, store, choices }: TransferHandlerDeps) {
  return {
    async exportFactBase(data: unknown): Promise<ExportFile> {
      expectNoPayload('exportFactBase', data);
      await keeper.ready();
      const db = store();
      const c = choices();
      const [{ factBase: meta }, all] = await Promise.all([readMeta(db), readAll(db)]);
      const reader = await c.transaction('r', [c.added, c.hidden, c.trust, c.details, c.stories], async () => ({
        added: await c.added.orderBy('addedAt').toArray(),
        hidden: await c.hidden.toArray(),
        trust: await c.trust.toArray(),
        details: await c.details.toArray(),
        stories: await c.stories.toArray(),
      }));
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        factBase: {
          version: meta?.version ?? '',
          builtAt: meta?.builtAt ?? null,
          sources: all.sources,
          stories: all.stories,
          entities: all.entities,
          claims: all.claims,
          figures: all.figures,
        },
        reader,
      };
    },

    async exportAnnotations(data: unknown): Promise<AnnotationCollection> {
      expectNoPayload('exportAnnotations', data);
      await keeper.ready();
      const [{ factBase: meta }, all, details] = await Promise.all([readMeta(store()), readAll(store()), readDetails(choices())]);
      const sources = all.sources.map((s) => ({ id: s.id, text: s.text, url: sourceRef(withDetails(s, details.get(s.id))).url }));
      return claimAnnotations(all.claims, sources, all.entities, meta?.version ?? '', meta?.builtAt ?? new Date().toISOString());
    },

    async importChoices(data: unknown): Promise<ImportOutcome> {
      const type = 'importChoices';
      const payload = expectObject(type, data, ['trust', 'details', 'stories', 'hidden']);
      const trust = expectRows(type, payload, 'trust', isTrustRow);
      const details = expectRows(type, payload, 'details', isDetailsRow);
      const stories = expectRows(type, payload, 'stories', isStoryChoiceRow);
      const hidden = expectRows(type, payload, 'hidden', isHiddenRow);
      const c = await keeper.openChoices();
      const bundled = new Set(keeper.bundledIds());
      try {
        return await c.transaction('rw', [c.trust, c.details, c.stories, c.hidden], async () => {
          let taken = 0;
          let kept = 0;
          const merge = async <T extends { source: string }>(table: typeof c.trust | typeof c.details | typeof c.stories, rows: T[], time: (row: T) => string | null) => {
            for (const row of rows) {
              const current = (await table.get(row.source)) as T | undefined;
              if (current && !isNewer(time(row), time(current))) kept += 1;
              else {
                await table.put(row as never);
                taken += 1;
              }
            }
          };
          await merge(c.trust, trust, (r) => r.changedAt);
          await merge(c.details, details, (r) => r.changedAt);
          await merge(c.stories, stories, (r) => r.changedAt);
          // Only bundled sources are ever hidden; a hidden row for one this release does not ship means nothing.
          for (const row of hidden) {
            if (!bundled.has(row.source) || (await c.hidden.get(row.source))) kept += 1;
            else {
              await c.hidden.put(row);
              taken += 1;
            }
          }
          return { taken, kept };
        });
      } catch (error) {
        throw explainWriteError(error);
      }
    },
  };
}
