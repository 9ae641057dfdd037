/**
 * Whether a page is about a story, decided from the page as a whole: what it names of each story, and how much
 * each name tells (an entity's specificity: lib/facts/specificity.ts). A story's flight, its figures with their
 * number, tell a page is about it; its scene or a statement in common words tells half of that, enough with a
 * breadth of the story's other names around it; countries, heads of state, agencies and the airline tell nothing on
 * their own, so a story on oil tenders naming Kazakhstan, a phone review crediting Reuters or another airline's crash
 * mentioning survivors is about none of the stories.
 */

/** What the rule knows of an entity: the lexicon carries it. */
export interface EntityEvidence {
  stories: readonly string[];
  /** 0, 1 or 2 (lib/facts/types.ts Specificity). */
  specificity: number;
  /** A figure (its phrases capture a number): it tells only where the page gives the number. */
  figure: boolean;
}

/** Enough to say a page is about a story: one name of the event's own, or two of its scene... */
export const ABOUT_SCORE = 2;
/** ...or one that tells half of that among this many of the story's names (an analysis naming its people). */
export const BROAD_NAMES = 4;

/** The story a lexicon built without stories puts every entity in. */
export const NO_STORY = '';

/**
 * Keeps count of the entities a page names, as mentions come and go, and says which stories it is about. An
 * entity counts once however often it is named; a figure counts only through mentions that carry its number.
 */
export class StoryEvidence {
  /** Per entity: how many of its mentions on the page tell something (those with a number, for a figure). */
  private readonly telling = new Map<string, number>();

  constructor(private readonly evidence: (entity: string) => EntityEvidence | undefined) {}

  /** A mention came (`+1`) or went (`-1`); `withNumber`: it carries a number. */
  count(entity: string, withNumber: boolean, delta: 1 | -1): void {
    const info = this.evidence(entity);
    if (!info || (info.figure && !withNumber)) return;
    const next = (this.telling.get(entity) ?? 0) + delta;
    if (next > 0) this.telling.set(entity, next);
    else this.telling.delete(entity);
  }

  /** The stories the page is about, from what it names now. */
  stories(): Set<string> {
    const named = new Map<string, { score: number; names: number }>();
    for (const entity of this.telling.keys()) {
      const info = this.evidence(entity)!;
      for (const story of storiesOf(info)) {
        const s = named.get(story) ?? { score: 0, names: 0 };
        named.set(story, { score: s.score + info.specificity, names: s.names + 1 });
      }
    }
    const about = ({ score, names }: { score: number; names: number }) => score >= ABOUT_SCORE || (score > 0 && names >= BROAD_NAMES);
    return new Set([...named].filter(([, s]) => about(s)).map(([story]) => story));
  }
}

/** Whether an entity belongs to one of `stories`. */
export function inStories(info: EntityEvidence | undefined, stories: ReadonlySet<string>): boolean {
  return info !== undefined && storiesOf(info).some((story) => stories.has(story));
}

function storiesOf(info: EntityEvidence): readonly string[] {
  return info.stories.length > 0 ? info.stories : [NO_STORY];
}
