/**
 * Grouping sources into stories. A source joins the story it shares the most story-specific entities with, or
 * starts a new one; the reader's choice (an override) always wins. Pure: the caller says what each source names.
 */

export interface SourceKeys {
  source: string;
  /** What the source names, by a key the whole fact base agrees on, with how specific it is to one story. */
  keys: ReadonlyMap<string, number>;
}

export interface StoryGroup {
  id: string;
  sources: string[];
}

/** A shared specific name (weight 1) is enough; a well-known city or country (weight 0.5) alone is not. */
export const JOIN_SCORE = 1;

/** Weights: a flight or model names one event (2); an ordinary name 1; a name the library knows as famous 0.5. */
export const WEIGHT = { event: 2, name: 1, famous: 0.5 } as const;

export const storyIdOf = (firstSource: string): string => `story:${firstSource}`;

/**
 * Stories of `sources`, in the order of their first source. `overrides` maps a source id to the story id a reader
 * put it in (an existing story's id, or a new one).
 */
export function groupStories(
  sources: readonly SourceKeys[],
  overrides: Readonly<Record<string, string>> = {},
): StoryGroup[] {
  const stories: (StoryGroup & { keys: Map<string, number> })[] = [];
  const byId = (id: string) => stories.find((s) => s.id === id);
  const add = (story: StoryGroup & { keys: Map<string, number> }, s: SourceKeys): void => {
    story.sources.push(s.source);
    for (const [k, w] of s.keys) story.keys.set(k, Math.max(w, story.keys.get(k) ?? 0));
  };
  for (const s of sources) {
    const chosen = Object.hasOwn(overrides, s.source) ? overrides[s.source]! : null;
    if (chosen !== null) {
      const story = byId(chosen) ?? { id: chosen, sources: [], keys: new Map() };
      if (!stories.includes(story)) stories.push(story);
      add(story, s);
      continue;
    }
    let best: (typeof stories)[number] | null = null;
    let bestScore = 0;
    for (const story of stories) {
      let score = 0;
      for (const [k, w] of s.keys) if (story.keys.has(k)) score += Math.min(w, story.keys.get(k)!);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best && bestScore >= JOIN_SCORE) add(best, s);
    else {
      // A story the reader already opened under this source's id is the one it starts.
      const id = storyIdOf(s.source);
      const story = byId(id) ?? { id, sources: [], keys: new Map<string, number>() };
      if (!stories.includes(story)) stories.push(story);
      add(story, s);
    }
  }
  return stories.map(({ id, sources: ids }) => ({ id, sources: ids }));
}
