/**
 * Sources the reader added and bundled sources they hid: with the bundled articles, the build's inputs. Stored in
 * the choices database, so a reset rebuilds the fact base from exactly what the reader had.
 */
import type { ArticleInput } from '../facts/types';
import type { AddedSourceRow, ChoicesDb } from './choices-db';
import { explainWriteError } from './storage-full';

/** Stores an added article (replacing one with the same id). */
export async function writeAddedSource(choices: ChoicesDb, row: AddedSourceRow): Promise<void> {
  await choices.added.put(row).catch((error: unknown) => {
    throw explainWriteError(error);
  });
}

export async function deleteAddedSource(choices: ChoicesDb, id: string): Promise<void> {
  await choices.added.delete(id).catch((error: unknown) => {
    throw explainWriteError(error);
  });
}

/** Hides a bundled source from every build, or shows it again. */
export async function writeHidden(choices: ChoicesDb, source: string, hidden: boolean, label?: string): Promise<void> {
  try {
    if (hidden) await choices.hidden.put({ source, hiddenAt: new Date().toISOString(), ...(label ? { label } : {}) });
    else await choices.hidden.delete(source);
  } catch (error) {
    throw explainWriteError(error);
  }
}

export interface BuildChoices {
  added: AddedSourceRow[];
  hidden: string[];
  /** Source id → the story the reader put it in. */
  storyOf: Record<string, string>;
}

/** What the reader changed about the build's inputs, read in one transaction so they agree with each other. */
export function readBuildChoices(choices: ChoicesDb): Promise<BuildChoices> {
  return choices.transaction('r', choices.added, choices.hidden, choices.stories, async () => ({
    // In the order they were added, so a rebuild gives the same fact base version.
    added: await choices.added.orderBy('addedAt').toArray(),
    hidden: (await choices.hidden.toCollection().primaryKeys()) as string[],
    storyOf: Object.fromEntries((await choices.stories.toArray()).map((row) => [row.source, row.story])),
  }));
}

/**
 * The articles a build reads: the bundled ones the reader did not hide, then the ones they added. An added article
 * whose id or text repeats one before it is reported by the pipeline as a duplicate and kept once.
 */
export function buildInputs(
  bundled: readonly ArticleInput[],
  added: readonly AddedSourceRow[],
  hidden: Iterable<string>,
): ArticleInput[] {
  const left = new Set(hidden);
  return [
    ...bundled.filter((article) => !left.has(article.id)),
    ...added
      .filter((row) => !left.has(row.id))
      .map((row) => ({
        id: row.id,
        text: row.text,
        origin: row.url ?? row.origin ?? undefined,
        title: row.title,
        publisher: row.publisher,
        published: row.published,
      })),
  ];
}
