import { describe, expect, it } from 'vitest';
import { catalogMatcher, marks } from './helpers';

const matcher = catalogMatcher();

describe('no false friends', () => {
  it.each([
    'Rasputin was a mystic at the court.',
    'The ski resort of Bakuriani is in Georgia.',
    'A Kazakhstani team won.',
    'The crash shocked Russia and Ukraine.',
    'A plane crashed and the passengers were rescued.',
    'Moscow and Azerbaijan traded notes.',
    'The Heydar Aliyev International Airport reopened.',
    'Heydar Aliyev ruled Azerbaijan for a decade.',
    'Flight 82430 was delayed.',
    'He survived, and survival was luck.',
    'Embraced by the crowd, the Kremlinologist smiled.',
  ])('%s has no mention', (text) => {
    expect(marks(matcher, text)).toEqual([]);
  });

  it('marks Kazakhstan once, not Kazakh inside it, and Kazakh on its own', () => {
    expect(marks(matcher, 'Kazakhstan said Kazakh officials and the Kazakhs agreed.')).toEqual([
      ['kazakhstan', 'Kazakhstan'],
      ['kazakhstan', 'Kazakh'],
      ['kazakhstan', 'Kazakhs'],
    ]);
  });

  it('marks the president even next to his father\u2019s name', () => {
    expect(marks(matcher, 'At Heydar Aliyev airport, Ilham Aliyev met Aliyev\u2019s aides.')).toEqual([
      ['aliyev', 'Ilham Aliyev'],
      ['aliyev', 'Aliyev'],
    ]);
  });

  it('finds Baku and Grozny on both sides of a route', () => {
    expect(marks(matcher, 'the Baku-Grozny route')).toEqual([
      ['baku', 'Baku'],
      ['grozny', 'Grozny'],
    ]);
  });

  it('never lets a match run across a paragraph break', () => {
    expect(marks(matcher, 'It was the Caspian\n\nSea of troubles')).toEqual([['caspian', 'Caspian']]);
  });
});
