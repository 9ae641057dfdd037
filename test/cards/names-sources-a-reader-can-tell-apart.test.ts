import { describe, expect, it } from 'vitest';
import { shortSourceName, shortened, sourceName, titleText } from '../../lib/cards/source-name';
import { ledeLabel } from '../../lib/facts/metadata';

describe('what a card calls a source', () => {
  it('the outlet where the text names one, else the headline, else the label', () => {
    expect(sourceName({ publisher: 'The Talby Courier', title: 'Ferry sinks', label: 'x' })).toBe('The Talby Courier');
    expect(sourceName({ publisher: null, title: 'Ferry sinks off Talby', label: 'x' })).toBe('Ferry sinks off Talby');
    expect(sourceName({ publisher: null, title: null, label: '…Voss closed the port…' })).toBe('…Voss closed the port…');
  });

  it('a headline visibly cut short ends in an ellipsis', () => {
    expect(titleText('Harbour master blames operator for collision in')).toBe('Harbour master blames operator for collision in\u2026');
    expect(titleText('Harbour master blames operator')).toBe('Harbour master blames operator');
  });

  it('a short name is cut after a whole word, never inside one, and not after "of" or "the"', () => {
    const name = shortened('Harbour master of the port blames ferry operator for collision', 30);
    expect(name).toBe('Harbour master of the port…');
    expect(shortSourceName({ publisher: null, title: "'Grim night': harbour master blames the operator", label: 'x' })).toBe(
      "'Grim night': harbour master…",
    );
  });

  it('a lede without headline or outlet gives a label from its opening clause, titles before a name left out', () => {
    expect(ledeLabel('Regional Harbour Master Lene Voss closed the port on Tuesday after the collision, officials said.')).toBe(
      '\u2026Voss closed the port on Tuesday\u2026',
    );
    expect(ledeLabel('TALBY: The ferry company has apologised to the families of the injured.')).toBe(
      'The ferry company has apologised\u2026',
    );
  });
});
