/**
 * Whether an article may join the sources, checked before anything is stored: the pipeline's own checks (empty,
 * binary, too large) and the same article already there (exactly, or a damaged copy). Refusals are said with the
 * names the reader knows (the file, the page, the source as the popup lists it), never an internal id.
 */
import type { ArticleInput } from '../facts/types';
import { ArticleError, DuplicateGuard, assertReadable } from '../facts/validate';

/**
 * Throws an `ArticleError` when `text` (called `name`) cannot be added beside `existing`. `labelOf` names an
 * existing source as the popup does.
 */
export function admitArticle(
  name: string,
  text: string,
  existing: readonly ArticleInput[],
  labelOf: (id: string) => string,
): void {
  assertReadable(name, text);
  const guard = new DuplicateGuard();
  for (const article of existing) {
    // Articles the pipeline refuses are not sources: no copy of them to find.
    try {
      guard.admit(article.id, article.text);
    } catch {
      // already reported by the build that refused it
    }
  }
  const copy = guard.duplicateOf(text);
  if (copy) {
    const what = copy.exact ? 'is already among your sources' : 'is a copy of a source you have, with a few characters changed';
    throw new ArticleError('duplicate', `“${name}” ${what} (“${labelOf(copy.id)}”); it is kept once.`);
  }
}
