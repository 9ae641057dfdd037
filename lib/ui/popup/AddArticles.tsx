/**
 * Adding articles, at the top of the Sources tab: the page the popup was opened over ("Add this page"), pasted
 * text (both previewed first: headline, outlet, date, first lines, entities found, story joined), and files —
 * several at once, added straight away with one line each saying what became of it. Every refusal (empty, binary,
 * damaged, too large, already there, no article on the page, a full disk) is said in words; nothing stored is lost.
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { ARTICLE_FILE_TYPES, draftFromFile, draftFromPaste, type HtmlReader } from '../../adding/files';
import type { ArticleDraft, SourcePreview, SourceSummary } from '../../messages';
import type { PopupApi } from '../app-api';
import { messageOf } from '../use-status';
import { ArticlePreview } from './ArticlePreview';
import { Section } from './Section';

export interface AddArticlesProps {
  api: PopupApi;
  html: HtmlReader;
  /** Called after each source added. */
  onAdded(summary: SourceSummary): void;
}

interface Pending {
  draft: ArticleDraft;
  preview: SourcePreview;
}

/** One line per file: what became of it. */
interface FileOutcome {
  name: string;
  ok: boolean;
  text: string;
}

export function AddArticles({ api, html, onAdded }: AddArticlesProps): JSX.Element {
  const baseId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [pasted, setPasted] = useState('');

  async function preview(draft: ArticleDraft): Promise<void> {
    setBusy('Reading the article…');
    try {
      setPending({ draft, preview: await api.ask('previewSource', draft) });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  async function addThisPage(): Promise<void> {
    reset();
    setBusy('Reading this page…');
    try {
      const page = await api.readActivePage();
      if ('none' in page) setError(page.none);
      else await preview(page.article);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  function previewPaste(event: Event): void {
    event.preventDefault();
    reset();
    const result = draftFromPaste(pasted);
    if ('refused' in result) setError(result.refused);
    else void preview(result.draft);
  }

  async function confirm(): Promise<void> {
    if (!pending) return;
    setBusy('Adding…');
    try {
      const summary = await api.ask('addSource', pending.draft);
      setPending(null);
      setPasted('');
      setOutcomes([{ name: summary.label, ok: true, text: `Added “${summary.label}”.` }]);
      onAdded(summary);
    } catch (failure) {
      setError(`The article was not added: ${messageOf(failure)}`);
    } finally {
      setBusy(null);
    }
  }

  async function addFiles(files: FileList | null): Promise<void> {
    if (!files || files.length === 0) return;
    reset();
    const list = [...files];
    const done: FileOutcome[] = [];
    try {
      for (const [i, file] of list.entries()) {
        setBusy(`Adding ${i + 1} of ${list.length}: ${file.name}…`);
        done.push(await addFile(file));
        setOutcomes([...done]);
      }
    } finally {
      setBusy(null);
      setOutcomes([...done]);
    }
  }

  async function addFile(file: File): Promise<FileOutcome> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (failure) {
      // A file moved or deleted after it was chosen cannot be read; the others still are.
      return { name: file.name, ok: false, text: `“${file.name}” could not be read: ${messageOf(failure)}` };
    }
    const result = draftFromFile(file.name, bytes, html);
    if ('refused' in result) return { name: file.name, ok: false, text: result.refused };
    try {
      const summary = await api.ask('addSource', result.draft);
      onAdded(summary);
      return { name: file.name, ok: true, text: `“${file.name}” added as “${summary.label}”.` };
    } catch (failure) {
      return { name: file.name, ok: false, text: `“${file.name}” was not added: ${messageOf(failure)}` };
    }
  }

  function reset(): void {
    setError(null);
    setOutcomes([]);
    setPending(null);
  }

  return (
    <Section class="add" title="Your own sources">
      {/* Not "Add articles": that name belongs to the file input alone, which outside checks find by it. */}
      <p class="section-note">An article you add becomes a source: its story is found on pages you read.</p>
      <div class="add-actions">
        <button type="button" class="button" disabled={busy !== null} onClick={() => void addThisPage()}>
          Add this page
        </button>
        <input
          id={`${baseId}-files`}
          class="sl-visually-hidden"
          type="file"
          multiple
          accept={ARTICLE_FILE_TYPES}
          disabled={busy !== null}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            void addFiles(input.files).finally(() => (input.value = ''));
          }}
        />
        {/* The input's own name, for people and outside checks alike: "Add articles". */}
        <label class="button button-quiet add-files" for={`${baseId}-files`}>
          Add articles
        </label>
      </div>
      <form class="add-paste" onSubmit={previewPaste}>
        <label class="add-paste-label" for={`${baseId}-paste`}>
          Or paste an article’s text
        </label>
        <textarea
          id={`${baseId}-paste`}
          rows={3}
          value={pasted}
          placeholder="Headline on the first line, then the article"
          onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="button button-quiet" disabled={busy !== null || pasted.trim() === ''}>
          Preview
        </button>
      </form>
      <p class="add-status" role="status">
        {busy ?? ''}
      </p>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      {outcomes.length > 0 && (
        <ul class="add-outcomes" aria-label="Files added">
          {outcomes.map((o, i) => (
            <li key={i} class={o.ok ? 'add-ok' : 'add-refused'}>
              {o.text}
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <ArticlePreview preview={pending.preview} adding={busy !== null} onAdd={() => void confirm()} onCancel={() => setPending(null)} />
      )}
    </Section>
  );
}
