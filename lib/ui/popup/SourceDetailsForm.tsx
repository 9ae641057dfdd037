/**
 * What the reader knows about a source that its text does not say: outlet, address, date and name. Opens filled
 * with what is shown now; saving sends only the fields the reader changed (setSourceDetails), and an emptied field
 * goes back to what the article says. Kept across rebuilds and upgrades by the background.
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { DetailField, SourceSummary } from '../../messages';
import type { PageApi } from '../app-api';
import { messageOf } from '../use-status';

const FIELDS: { field: DetailField; label: string; type: string; hint?: string }[] = [
  { field: 'publisher', label: 'Outlet', type: 'text' },
  { field: 'url', label: 'Address', type: 'url', hint: 'https://…' },
  { field: 'published', label: 'Date', type: 'date' },
  { field: 'title', label: 'Name', type: 'text' },
];

export interface SourceDetailsFormProps {
  api: PageApi;
  source: SourceSummary;
  onSaved(summary: SourceSummary): void;
  onClose(): void;
}

export function SourceDetailsForm({ api, source, onSaved, onClose }: SourceDetailsFormProps): JSX.Element {
  const baseId = useId();
  const shown = (field: DetailField) => source[field] ?? '';
  const [values, setValues] = useState<Record<DetailField, string>>({
    publisher: shown('publisher'),
    url: shown('url'),
    published: shown('published'),
    title: shown('title'),
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function save(event: Event): void {
    event.preventDefault();
    const change: Partial<Record<DetailField, string | null>> = {};
    for (const { field } of FIELDS) {
      const value = values[field].trim();
      if (value !== shown(field)) change[field] = value === '' ? null : value;
    }
    if (Object.keys(change).length === 0) return onClose();
    setSaving(true);
    setError(null);
    api.ask('setSourceDetails', { source: source.id, ...change }).then(
      (summary) => {
        setSaving(false);
        onSaved(summary);
        onClose();
      },
      (failure: unknown) => {
        setSaving(false);
        setError(`The details of “${source.label}” were not saved: ${messageOf(failure)}`);
      },
    );
  }

  return (
    <form class="source-form" aria-label={`Details of ${source.label}`} onSubmit={save}>
      {FIELDS.map(({ field, label, type, hint }) => (
        <label key={field} class="source-field" for={`${baseId}-${field}`}>
          <span>
            {label}
            {source.details[field] !== null && <span class="source-set"> (set by you)</span>}
          </span>
          <input
            id={`${baseId}-${field}`}
            type={type}
            value={values[field]}
            placeholder={hint}
            onInput={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setValues((v) => ({ ...v, [field]: value }));
            }}
          />
        </label>
      ))}
      <p class="source-form-note">Leave a field empty to use what the article says.</p>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      <div class="source-form-actions">
        <button type="submit" class="button" disabled={saving}>
          Save
        </button>
        <button type="button" class="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
