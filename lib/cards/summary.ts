/**
 * The card's summary: one line per trusted source, that source's most informative claim about the entity, cut to
 * the clause that concerns it, with how sure the source is and on whose word. Sources saying the same thing share
 * a line; a source that mentions the entity only in passing (a stop on a route, an item of a list) is named on
 * one closing line instead, each name one click from its sentence.
 */
import { aboutness } from './aboutness';
import { alike, type Saying } from './alike';
import { clauseAround, type Slice } from './clauses';
import { closingAttribution, readStance, type Stance } from './stance';

export interface ClaimInput {
  id: string;
  source: string;
  index: number;
  text: string;
  /** The entity's own mentions in `text`. */
  own: readonly Slice[];
  /** Other entities' mentions in `text`. */
  others: readonly (Slice & { entity: string })[];
  /** The number this sentence gives for the card's figure, if it gives one. */
  figure: number | null;
}

export interface SummaryLine {
  /** The source quoted, and the other sources that say the same ("+2 sources alike"). */
  source: string;
  alike: string[];
  claim: { id: string; index: number };
  /** The clause shown: the source's own words, a slice of the claim's sentence. */
  text: string;
  /** Words were left out before / after the clause: show an ellipsis there. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The entity's mentions in `text`. */
  mentions: Slice[];
  stance: Stance;
  /** The source's words that give the stance ("stopped short of", "likely"). */
  cue: string | null;
  /** On whose word, in the source's words ("the Kremlin"); left out when it is the entity itself. */
  attribution: string | null;
}

/** A source named on the closing line: it mentions the entity only in passing, only in its headline, or beyond the lines shown. */
export interface AlsoIn {
  source: string;
  /** Its best sentence about the entity; null when only its headline names it. */
  claim: { id: string; index: number } | null;
  why: 'passing' | 'headline' | 'more';
}

export interface Summary {
  lines: SummaryLine[];
  alsoIn: AlsoIn[];
}

/**
 * Lines shown before "All": at about 56 px a line (three text lines of 13 px) four fit in the card's 420 px with
 * its header, coverage and buttons. Further sources are named on the closing line.
 */
export const MAX_LINES = 4;
/** A best claim scoring below this mentions the entity only in passing (see aboutness.ts WEIGHTS). */
export const PASSING_SCORE = 0;

interface Candidate {
  line: SummaryLine;
  saying: Saying;
  score: number;
}

/** The summary from each trusted source's claims (in source order); `headlineOnly` names sources seen only in a headline. */
export function summarize(claimsBySource: ReadonlyMap<string, readonly ClaimInput[]>, headlineOnly: readonly string[] = []): Summary {
  const best: Candidate[] = [];
  for (const claims of claimsBySource.values()) {
    const candidate = bestOf(claims);
    if (candidate) best.push(candidate);
  }
  const groups = groupAlike(best);
  const informative = groups.some((g) => g.score >= PASSING_SCORE);
  const lines: Candidate[] = [];
  const alsoIn: AlsoIn[] = [];
  for (const group of groups) {
    const passing = informative && group.score < PASSING_SCORE && group.line.alike.length === 0;
    if (passing || lines.length >= MAX_LINES) {
      for (const member of [group, ...group.members]) {
        alsoIn.push({ source: member.line.source, claim: member.line.claim, why: passing ? 'passing' : 'more' });
      }
    } else lines.push(group);
  }
  for (const source of headlineOnly) alsoIn.push({ source, claim: null, why: 'headline' });
  return { lines: lines.map((c) => c.line), alsoIn };
}

/** A source's most informative claim, cut to its clause; the earlier sentence wins a tie (ledes say most). */
function bestOf(claims: readonly ClaimInput[]): Candidate | null {
  let top: { claim: ClaimInput; score: number; focus: Slice } | null = null;
  for (const claim of claims) {
    const whole = readStance(claim.text, { start: 0, end: claim.text.length });
    const about = aboutness({
      text: claim.text,
      own: claim.own,
      others: claim.others,
      figure: claim.figure !== null,
      attributed: whole.attribution !== null,
    });
    if (!top || about.score > top.score || (about.score === top.score && claim.index < top.claim.index)) {
      top = { claim, score: about.score, focus: about.focus };
    }
  }
  if (!top) return null;
  const { claim } = top;
  // "“…,” the Kremlin said in a statement.": the words said are what to show, not the saying of them.
  const closing = closingAttribution(claim.text);
  const focus = closing && top.focus.start >= closing.start && closing.start > 1 ? { start: 0, end: 0 } : top.focus;
  const clause = clauseAround(claim.text, focus);
  const stance = readStance(claim.text, clause);
  const own = claim.own.filter((m) => m.start < clause.end && m.end > clause.start);
  const at = stance.attributionAt;
  const selfSaid = at !== null && claim.own.some((m) => m.start < at.end && m.end > at.start);
  const text = claim.text.slice(clause.start, clause.end);
  const mentions = own.map((m) => ({ start: Math.max(0, m.start - clause.start), end: Math.min(text.length, m.end - clause.start) }));
  const line: SummaryLine = {
    source: claim.source,
    alike: [],
    claim: { id: claim.id, index: claim.index },
    text,
    cutBefore: clause.cutBefore,
    cutAfter: clause.cutAfter,
    mentions,
    stance: stance.stance,
    cue: stance.cue,
    attribution: selfSaid ? null : stance.attribution,
  };
  const others = claim.others.filter((m) => m.start < clause.end && m.end > clause.start).map((m) => m.entity);
  return { line, saying: { text, own: mentions, others: [...new Set(others)], stance: stance.stance, figure: claim.figure }, score: top.score };
}

type Group = Candidate & { members: Candidate[] };

/**
 * Groups sources that say the same, each group led by its most informative claim; groups ordered by how much
 * they say, a group of several counting a little more (agreement is worth seeing first).
 */
function groupAlike(candidates: readonly Candidate[]): Group[] {
  const ordered = [...candidates].sort((a, b) => b.score - a.score);
  const groups: Group[] = [];
  for (const c of ordered) {
    const home = groups.find((g) => alike(g.saying, c.saying));
    if (home) {
      home.members.push(c);
      home.line.alike.push(c.line.source);
    } else groups.push({ ...c, line: { ...c.line, alike: [] }, members: [] });
  }
  return groups.sort((a, b) => rank(b) - rank(a));
}

/** Half a point per source alike: two sources agreeing outrank one slightly more informative claim. */
function rank(g: Group): number {
  return g.score + 0.5 * g.members.length;
}
