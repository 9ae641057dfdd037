import { describe, expect, it } from 'vitest';
import { aboutness, type Reason } from '../../lib/cards/aboutness';

/** Aboutness of `sentence` for `name`, with `others` as the other entities it names. */
function about(sentence: string, name: string, others: string[] = [], extra: { figure?: boolean; attributed?: boolean } = {}) {
  const span = (n: string) => {
    const start = sentence.indexOf(n);
    if (start < 0) throw new Error(`${n} not in ${sentence}`);
    return { start, end: start + n.length };
  };
  return aboutness({
    text: sentence,
    own: [span(name)],
    others: others.map((o) => ({ ...span(o), entity: o })),
    figure: extra.figure ?? false,
    attributed: extra.attributed ?? false,
  });
}

const has = (reasons: readonly Reason[], r: Reason) => reasons.includes(r);

describe('what a sentence says about an entity', () => {
  it('the subject of a sentence is what it is about', () => {
    const a = about('Harbourmaster Lene Voss closed the port after the collision.', 'Lene Voss');
    expect(has(a.reasons, 'subject')).toBe(true);
  });

  it('an opening adverbial does not hide the subject ("During the call with X, Y apologised")', () => {
    const s = 'During a call with Mayor Orlan, Governor Teska apologised for the delay.';
    expect(has(about(s, 'Governor Teska', ['Mayor Orlan']).reasons, 'subject')).toBe(true);
    expect(has(about(s, 'Mayor Orlan', ['Governor Teska']).reasons, 'subject')).toBe(false);
  });

  it('what is done to it counts (object, agent), less than being the subject', () => {
    const object = about('The inspectors fined the Nordline ferry company on Friday.', 'Nordline ferry company');
    expect(has(object.reasons, 'object')).toBe(true);
    const agent = about('The pier was damaged by the Nordline ferry on Friday.', 'Nordline ferry');
    expect(has(agent.reasons, 'agent')).toBe(true);
  });

  it('a stop on a route is not what a sentence is about', () => {
    const s = 'The ferry was sailing from Talby to Ormsund when its engine failed.';
    const talby = about(s, 'Talby', ['Ormsund']);
    expect(has(talby.reasons, 'route')).toBe(true);
    expect(talby.score).toBeLessThan(0);
    expect(has(about(s, 'Ormsund', ['Talby']).reasons, 'route')).toBe(true);
  });

  it('"reports from X" is no route', () => {
    expect(has(about('The account matches reports from harbour officials.', 'harbour officials').reasons, 'route')).toBe(false);
  });

  it('one item of a list of places is named in passing', () => {
    const s = 'Storms hit Arnby, Belton and Carrow overnight.';
    expect(has(about(s, 'Belton', ['Arnby', 'Carrow']).reasons, 'list')).toBe(true);
  });

  it('a headline is the weakest of claims', () => {
    const headline = about('Ferry operator blamed for Talby pier collision', 'Ferry operator');
    const sentence = about('The ferry operator was blamed for the collision at the Talby pier.', 'ferry operator');
    expect(has(headline.reasons, 'headline')).toBe(true);
    expect(headline.score).toBeLessThan(sentence.score);
  });

  it('figures, attributions and verdicts rank a sentence higher', () => {
    const plain = about('The ferry operator met the families on Monday.', 'ferry operator');
    const verdict = about('The ferry operator denied responsibility for the collision.', 'ferry operator', [], { attributed: true });
    expect(verdict.score).toBeGreaterThan(plain.score);
    const figure = about('The collision left 12 people injured.', '12 people injured', [], { figure: true });
    expect(has(figure.reasons, 'figure')).toBe(true);
  });

  it('a sentence mostly about another entity scores below one about this one', () => {
    const other = about('Governor Teska, speaking in Talby after meeting Mayor Orlan and the Nordline board, promised an inquiry.', 'Talby', [
      'Governor Teska',
      'Mayor Orlan',
      'Nordline',
    ]);
    const own = about('Talby declared a day of mourning for the victims.', 'Talby');
    expect(own.score).toBeGreaterThan(other.score);
  });
});
