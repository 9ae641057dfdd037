/**
 * Export and import, at the foot of the Sources tab: the whole fact base with everything the reader added and
 * chose as one JSON file, the claims as Web Annotations (JSON-LD), and an export read back (merged, never
 * duplicated; a malformed or foreign file is refused whole, with why).
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { importExport, importReportText } from './import-flow';
import type { PopupApi } from '../app-api';
import { messageOf } from '../use-status';
import { Section } from './Section';

const today = () => new Date().toISOString().slice(0, 10);

export function Transfer({ api, onImported }: { api: PopupApi; onImported(): void }): JSX.Element {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(work: () => Promise<string>): Promise<void> {
    setBusy(true);
    setNote(null);
    try {
      setNote({ ok: true, text: await work() });
    } catch (failure) {
      setNote({ ok: false, text: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  }

  const exportFactBase = () =>
    run(async () => {
      const file = await api.ask('exportFactBase');
      await api.saveFile(`sourcelight-${today()}.json`, JSON.stringify(file, null, 1), 'application/json');
      return `Exported ${file.factBase.sources.length} sources and everything you chose.`;
    });
  const exportAnnotations = () =>
    run(async () => {
      const collection = await api.ask('exportAnnotations');
      await api.saveFile(`sourcelight-claims-${today()}.jsonld`, JSON.stringify(collection, null, 1), 'application/ld+json');
      return `Exported ${collection.total} claims as Web Annotations.`;
    });
  const importFile = (file: File) =>
    run(async () => {
      const report = await importExport(await file.text(), api.ask);
      onImported();
      return importReportText(report);
    });

  return (
    <Section class="transfer" title="Export and import">
      <div class="add-actions">
        <button type="button" class="button button-quiet" disabled={busy} onClick={() => void exportFactBase()}>
          Export
        </button>
        <button type="button" class="button button-quiet" disabled={busy} onClick={() => void exportAnnotations()}>
          Export claims as annotations
        </button>
        <input
          id={`${id}-import`}
          class="sl-visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
        <label class="button button-quiet add-files" for={`${id}-import`}>
          Import
        </label>
      </div>
      {note && (
        <p class={note.ok ? 'message' : 'message message-error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
    </Section>
  );
}
