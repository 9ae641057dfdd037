import { describe, expect, it } from 'vitest';
import { readStance } from '../../lib/cards/stance';

const whole = (s: string) => readStance(s, { start: 0, end: s.length });

describe('how sure a source is, and on whose word', () => {
  it.each([
    ['The ferry sank in the strait on Tuesday night.', 'states', null, null],
    ['The harbour authority confirmed that the ferry sank in the strait.', 'reports', 'confirmed', 'The harbour authority'],
    ['According to the coast guard, the ferry sank in the strait.', 'reports', 'According to', 'the coast guard'],
    ['Divers believe the ferry struck a reef before it sank.', 'suspects', 'believe', 'Divers'],
    ['The ferry likely struck a reef, three crew members told the Gazette.', 'suspects', 'likely', 'three crew members'],
    ['The ferry may have been overloaded when it left port.', 'suspects', 'may have', null],
    ['The operator denied that the ferry was overloaded.', 'denies', 'denied', 'The operator'],
    ['The operator stopped short of admitting the ferry was overloaded.', 'denies', 'stopped short of', 'The operator'],
    ['The ferry reportedly carried twice its rated load.', 'reports', 'reportedly', null],
  ])('%s → %s', (sentence, stance, cue, attribution) => {
    expect(whole(sentence)).toMatchObject({ stance, cue, attribution });
  });

  it('a denial outweighs a report in the same clause', () => {
    expect(whole('The ministry said it did not confirm the number of missing passengers.').stance).toBe('denies');
  });

  it('a clause without cues takes the frame that governs it: a closing "X said"', () => {
    const s = 'Nine crew members were rescued from the water off Brenna Point, the coast guard said.';
    const clause = { start: 0, end: s.indexOf(', the coast') };
    expect(readStance(s, clause)).toMatchObject({ stance: 'reports', attribution: 'the coast guard' });
  });

  it('…or an opening "X suggest that", unless the sentence turns in between', () => {
    const s = 'Early findings suggest the pump failed first, but the owners insist the hull was sound.';
    const first = { start: s.indexOf('the pump'), end: s.indexOf(', but') };
    expect(readStance(s, first)).toMatchObject({ stance: 'suspects', attribution: 'Early findings' });
    const second = { start: s.indexOf('the owners'), end: s.length };
    expect(readStance(s, second)).toMatchObject({ stance: 'reports', cue: 'insist', attribution: 'the owners' });
  });

  it('a pronoun names nobody a reader could check: no attribution', () => {
    expect(whole('He said the engines had been serviced in March.').attribution).toBeNull();
  });

  it('a long speaker is cut at its first preposition', () => {
    expect(whole('Two engineers with knowledge of the port\'s inspection records said the crane had failed before.').attribution).toBe(
      'Two engineers',
    );
  });
});
