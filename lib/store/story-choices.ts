/**
 * The reader's story moves: a source put in another story, or in a new one of its own. Kept in the choices
 * database, so every rebuild and reset groups the sources as the reader left them.
 */
import type { ChoicesDb, StoryChoiceRow } from './choices-db';
import { explainWriteError } from './storage-full';

/** The id of a new story started by the reader for `source` alone: never one the pipeline gives (stories.ts). */
export function newStoryId(source: string): string {
  return `story:${source}:own`;
}

/** Puts `source` in `story`, or (null) back where the pipeline groups it. Answers the row now stored, if any. */
export async function writeStoryChoice(choices: ChoicesDb, source: string, story: string | null): Promise<StoryChoiceRow | undefined> {
  try {
    if (story === null) {
      await choices.stories.delete(source);
      return undefined;
    }
    const row: StoryChoiceRow = { source, story, changedAt: new Date().toISOString() };
    await choices.stories.put(row);
    return row;
  } catch (error) {
    throw explainWriteError(error);
  }
}
