/**
 * Scores marked spans against hand-labelled spans: recall and precision per concept, pure, so the Node and the
 * browser evaluations share one definition of "found". Lenient like a reader: a mark finds a label when the spans
 * overlap and the concepts agree, either side's `also` list included ("the Kremlin said" labelled
 * kremlin_statement, also kremlin, is found by a mark on "Kremlin"). Exact-span agreement is reported apart.
 */

export interface LabelledSpan {
  concept: string;
  start: number;
  end: number;
  text?: string;
  also?: string[];
}

export interface MarkedSpan {
  entity: string;
  start: number;
  end: number;
  also?: string[];
  fuzzy?: boolean;
}

export interface PageScore {
  labels: LabelledSpan[];
  /** Marks whose entity is scored (see `ScoreOptions.concepts`). */
  marks: MarkedSpan[];
  /** Labels no mark found. */
  misses: LabelledSpan[];
  /** Marks that agree with no label. */
  falseMarks: MarkedSpan[];
  /** Found labels whose mark has exactly the label's span. */
  exact: number;
}

export interface ScoreOptions {
  /** The concept ids the labels use; marks of other entities are not scored (the labels say nothing of them). */
  concepts?: ReadonlySet<string>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Whether a mark and a label name the same concept, counting `also` on either side. */
export function agrees(mark: MarkedSpan, label: LabelledSpan): boolean {
  return (
    mark.entity === label.concept ||
    (label.also ?? []).includes(mark.entity) ||
    (mark.also ?? []).includes(label.concept)
  );
}

export function scorePage(labels: LabelledSpan[], allMarks: MarkedSpan[], options: ScoreOptions = {}): PageScore {
  const marks = options.concepts ? allMarks.filter((m) => options.concepts?.has(m.entity)) : allMarks;
  const misses: LabelledSpan[] = [];
  let exact = 0;
  for (const label of labels) {
    const hits = marks.filter((m) => overlaps(m, label) && agrees(m, label));
    if (hits.length === 0) misses.push(label);
    else if (hits.some((m) => m.start === label.start && m.end === label.end)) exact++;
  }
  const falseMarks = marks.filter((m) => !labels.some((l) => overlaps(m, l) && agrees(m, l)));
  return { labels, marks, misses, falseMarks, exact };
}

export interface ConceptScore {
  concept: string;
  labels: number;
  found: number;
  marks: number;
  correct: number;
  /** found / labels, or null without labels. */
  recall: number | null;
  /** correct / marks, or null without marks. */
  precision: number | null;
}

export interface Summary {
  overall: ConceptScore;
  concepts: ConceptScore[];
  /** Found labels marked with exactly their span, over all found labels. */
  exactSpans: number | null;
}

/** Adds page scores up, per concept (a label counts for its concept, a mark for its entity). */
export function summarize(pages: PageScore[]): Summary {
  const rows = new Map<string, ConceptScore>();
  const row = (concept: string): ConceptScore => {
    let r = rows.get(concept);
    if (!r) rows.set(concept, (r = { concept, labels: 0, found: 0, marks: 0, correct: 0, recall: null, precision: null }));
    return r;
  };
  let exact = 0;
  let found = 0;
  for (const page of pages) {
    const missed = new Set(page.misses);
    const wrong = new Set(page.falseMarks);
    for (const l of page.labels) {
      const r = row(l.concept);
      r.labels++;
      if (!missed.has(l)) r.found++;
    }
    for (const m of page.marks) {
      const r = row(m.entity);
      r.marks++;
      if (!wrong.has(m)) r.correct++;
    }
    exact += page.exact;
    found += page.labels.length - page.misses.length;
  }
  const concepts = [...rows.values()].sort((a, b) => a.concept.localeCompare(b.concept));
  const overall: ConceptScore = { concept: 'overall', labels: 0, found: 0, marks: 0, correct: 0, recall: null, precision: null };
  for (const r of concepts) {
    overall.labels += r.labels;
    overall.found += r.found;
    overall.marks += r.marks;
    overall.correct += r.correct;
  }
  for (const r of [...concepts, overall]) {
    r.recall = r.labels ? r.found / r.labels : null;
    r.precision = r.marks ? r.correct / r.marks : null;
  }
  return { overall, concepts, exactSpans: found ? exact / found : null };
}
