/**
 * What the reader can do with one source besides trusting it, under its details: move it to another story (or a
 * story of its own, or back where Sourcelight put it), and remove it — an added source is deleted, a bundled one
 * hidden (listed under "Hidden sources" to show again).
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { SourceSummary, StorySummary } from '../../messages';
import { newStoryId } from '../../store/story-choices';
import type { PageApi } from '../app-api';
import { messageOf } from '../use-status';

export interface SourceActionsProps {
  api: PageApi;
  source: SourceSummary;
  stories: StorySummary[];
  onChanged(): void;
}

const AUTOMATIC = '';

export function SourceActions({ api, source, stories, onChanged }: SourceActionsProps): JSX.Element {
  const id = useId();
  const current = source.story?.moved ? source.story.id : AUTOMATIC;
  const [story, setStory] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = newStoryId(source.id);
  const others = stories.filter((s) => s.id !== own);

  async function run(work: () => Promise<unknown>, failed: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (failure) {
      setError(`${failed}: ${messageOf(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="source-actions">
      <form
        class="source-story"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => api.ask('setStory', { source: source.id, story: story === AUTOMATIC ? null : story }), 'The source was not moved');
        }}
      >
        <label for={`${id}-story`}>Story</label>
        <select id={`${id}-story`} value={story} onChange={(e) => setStory((e.currentTarget as HTMLSelectElement).value)}>
          <option value={AUTOMATIC}>Where Sourcelight puts it{!source.story?.moved && source.story ? ` (${source.story.name})` : ''}</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={own}>A new story of its own</option>
        </select>
        <button type="submit" class="button button-quiet" disabled={busy || story === current}>
          Move
        </button>
      </form>
      <button
        type="button"
        class="button button-quiet source-remove"
        disabled={busy}
        onClick={() => void run(() => api.ask('removeSource', { source: source.id }), `“${source.label}” was not removed`)}
      >
        {source.added ? 'Remove this source' : 'Hide this source'}
      </button>
      {!source.added && <p class="source-form-note">Sources that come with Sourcelight can be hidden and shown again.</p>}
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
