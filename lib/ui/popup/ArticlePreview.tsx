/**
 * What an article would add, shown before it is added: headline, outlet and date, its first lines, the entities
 * Sourcelight found in it and the story it joins. Nothing is stored until the reader chooses "Add".
 */
import type { JSX } from 'preact';
import type { SourcePreview } from '../../messages';
import { dateText } from '../card-text';

export interface ArticlePreviewProps {
  preview: SourcePreview;
  adding: boolean;
  onAdd(): void;
  onCancel(): void;
}

export function ArticlePreview({ preview, adding, onAdd, onCancel }: ArticlePreviewProps): JSX.Element {
  const meta = [preview.publisher ?? 'Outlet unknown', preview.published ? dateText(preview.published) : 'Undated'];
  return (
    <section class="preview" aria-label="Preview of the article">
      <h3 class="preview-title">{preview.title ?? preview.label}</h3>
      <p class="preview-meta">{meta.join(' · ')}</p>
      {preview.lines.map((line, i) => (
        <p key={i} class="preview-line">
          {line}
        </p>
      ))}
      <p class="preview-found">
        {preview.entities.length === 0
          ? 'No entity found.'
          : `Found ${preview.entities.length} entit${preview.entities.length === 1 ? 'y' : 'ies'}: ${preview.entities.map((e) => e.name).join(', ')}`}
      </p>
      {preview.story && (
        <p class="preview-story">
          {preview.story.others > 0
            ? `Joins the story “${preview.story.name}” (${preview.story.others} source${preview.story.others === 1 ? '' : 's'}).`
            : `Starts a new story: “${preview.story.name}”.`}
        </p>
      )}
      {preview.warnings.map((w) => (
        <p key={w} class="preview-warning">
          {w}
        </p>
      ))}
      <div class="source-form-actions">
        <button type="button" class="button" disabled={adding} onClick={onAdd}>
          {adding ? 'Adding…' : 'Add'}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
