/**
 * Scoring a story set's pages (the format of ../shared/stories/*: see its README) against the marks Sourcelight
 * made, shared by `eval:story:text` (the matcher in Node) and `eval:story` (the built extension in Chromium).
 *
 * The labels' concept ids are not our entity ids. Each entity is mapped to the concept its marks agree with most
 * (a mark agrees with a label it overlaps: fully with its concept, half with a concept in its `also`), counted over
 * every page; an entity whose marks fall mostly on neutral labels is neutral, one whose marks meet no label stays
 * unmapped and each of its marks counts as a false mark. Neutral labels neither reward nor punish: they are not
 * scored, and a mark on one is dropped unless it also meets a scored label.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePage, type LabelledSpan, type MarkedSpan } from './score-labels';
import type { DevsetPage, ScoredPage } from './devset';

export interface StoryLabel extends LabelledSpan {
  neutral?: boolean;
}

export interface StoryPage extends DevsetPage {
  mentions: StoryLabel[];
}

export interface StorySet {
  dir: string;
  pages: StoryPage[];
  /** Each page's whole file, which label offsets point into. */
  texts: Map<string, string>;
}

/** The story set in `dir`, or a message saying why there is none. */
export function readStorySet(dir: string): StorySet | string {
  if (!existsSync(join(dir, 'labels.json'))) return `no labels.json in ${dir}`;
  const pages = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as StoryPage[];
  return { dir, pages, texts: new Map(pages.map((p) => [p.file, readFileSync(join(dir, p.file), 'utf8')])) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
export const NEUTRAL = '(neutral)';

export interface StoryScore {
  scored: ScoredPage[];
  /** Entity id → the concept it was mapped to (or NEUTRAL). */
  conceptOf: Map<string, string>;
  /** Entities whose marks met no label. */
  unmapped: Set<string>;
}

/** Scores `marksOf` (page file → marks with entity ids) against the labels; `nameOf` names unmapped entities. */
export function scoreStory(set: StorySet, marksOf: ReadonlyMap<string, MarkedSpan[]>, nameOf: (entity: string) => string): StoryScore {
  const { pages, texts } = set;
  const votes = new Map<string, Map<string, number>>();
  for (const page of pages) {
    for (const m of marksOf.get(page.file) ?? []) {
      for (const l of page.mentions.filter((l) => overlaps(m, l))) {
        // A label's own concept outweighs the ones it lists in `also`: "Harbour Air flight" is the flight.
        const concepts: [string, number][] = l.neutral ? [[NEUTRAL, 1]] : [[l.concept, 1], ...(l.also ?? []).map((c): [string, number] => [c, 0.5])];
        // Only the mark's own entity votes: one found inside another's span is mapped by its own marks.
        const v = votes.get(m.entity) ?? new Map<string, number>();
        for (const [c, w] of concepts) v.set(c, (v.get(c) ?? 0) + w);
        votes.set(m.entity, v);
      }
    }
  }
  const conceptOf = new Map<string, string>();
  for (const [entity, v] of votes) conceptOf.set(entity, [...v].sort((a, b) => b[1] - a[1] || (a[0] === NEUTRAL ? 1 : -1))[0]![0]);

  const scored: ScoredPage[] = [];
  const unmapped = new Set<string>();
  for (const page of pages) {
    const text = texts.get(page.file)!;
    const scoredLabels = page.mentions.filter((l) => !l.neutral);
    const neutral = page.mentions.filter((l) => l.neutral);
    const marks = (marksOf.get(page.file) ?? [])
      .map((m) => {
        const concept = conceptOf.get(m.entity);
        if (concept === undefined) unmapped.add(m.entity);
        const also = (m.also ?? []).map((e) => conceptOf.get(e)).filter((c): c is string => c !== undefined && c !== NEUTRAL);
        return { ...m, entity: concept ?? `unmapped: ${nameOf(m.entity)}`, ...(also.length > 0 ? { also } : {}) };
      })
      .filter((m) => m.entity !== NEUTRAL)
      .filter((m) => !neutral.some((n) => overlaps(m, n)) || scoredLabels.some((l) => overlaps(m, l)));
    scored.push({ page: { ...page, mentions: scoredLabels }, text, score: scorePage(scoredLabels, marks) });
  }
  return { scored, conceptOf, unmapped };
}

/** Marks on unrelated pages: all of them, and those on unlabelled text. */
export function unrelatedMarks(scored: readonly ScoredPage[]): { all: number; unlabelled: number; pages: number } {
  const unrelated = scored.filter((s) => !s.page.related);
  return {
    pages: unrelated.length,
    all: unrelated.reduce((n, s) => n + s.score.marks.length, 0),
    unlabelled: unrelated.reduce((n, s) => n + s.score.falseMarks.length, 0),
  };
}
