import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../lib/facts/clean';
import { readMetadata, publisherFromCopyright } from '../../lib/facts/metadata';
import { article } from './articles';

const meta = (id: string) => {
  const raw = article(id).text;
  return readMetadata(raw, cleanArticle(raw));
};

describe('reading metadata from the article text', () => {
  it('000: the truncated headline as given, the publisher from its copyright line, no date', () => {
    expect(meta('000')).toEqual({
      title: 'Putin Avoids Taking Blame for Azerbaijan Airlines Fatal Crash in',
      publisher: 'Latin Times',
      published: null,
      label: 'Latin Times',
    });
  });

  it('001: no headline, no publisher, no date; labelled by the heart of its opening clause, never cut mid-word', () => {
    expect(meta('001')).toEqual({
      title: null,
      publisher: null,
      published: null,
      label: '\u2026Putin expressed a rare public apology\u2026',
    });
  });

  it('002: the headline and the date of its timestamp; the MOSCOW dateline is not a publisher', () => {
    expect(meta('002')).toEqual({
      title: "'Tragic incident': Putin apologises to Aliyev over Azerbaijan plane crash",
      publisher: null,
      published: '2024-12-28',
      label: "'Tragic incident': Putin apologises to Aliyev over Azerbaijan plane crash",
    });
  });

  it('003: the headline; "Moscow/Baku:" is a dateline, not a publisher', () => {
    expect(meta('003')).toMatchObject({
      title: 'Russia Apologizes to Azerbaijan After Airliner Downed in Conflict Zone',
      publisher: null,
      published: null,
    });
  });

  it('004: no headline, no publisher, no date (the body\'s "December 25" has no year)', () => {
    expect(meta('004')).toEqual({
      title: null,
      publisher: null,
      published: null,
      label: '\u2026Putin has issued an apology\u2026',
    });
  });

  it('reads the outlet out of the usual copyright forms', () => {
    expect(publisherFromCopyright('\u00A9 2024 Latin Times. All rights reserved.')).toBe('Latin Times');
    expect(publisherFromCopyright('Copyright \u00A9 2019-2024 The Example Herald, all rights reserved')).toBe('The Example Herald');
    expect(publisherFromCopyright('(c) Example News Ltd')).toBe('Example News Ltd');
    expect(publisherFromCopyright('\u00A9 2024')).toBeNull();
  });
});
