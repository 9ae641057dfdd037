import { describe, expect, it } from 'vitest';
import { encodeTerm, textDirective, urlAtText, webAddress } from '../../lib/cards/text-fragment';

describe('a link to a sentence on the original page', () => {
  it('a short sentence is quoted whole, without its full stop', () => {
    expect(textDirective('The ferry left Talby at dawn.')).toBe('text=The%20ferry%20left%20Talby%20at%20dawn');
  });

  it('a long one by its first and last words', () => {
    const s = 'The harbour master of Kestrel Bay closed the port to all traffic on Tuesday, citing waves of more than six metres.';
    expect(textDirective(s)).toBe(`text=${encodeTerm('The harbour master of')},${encodeTerm('more than six metres')}`);
  });

  it('encodes the directive\'s own syntax: dash, comma, ampersand', () => {
    expect(encodeTerm('J2-8243, Smith & Co')).toBe('J2%2D8243%2C%20Smith%20%26%20Co');
  });

  it('adds the words before it where its start recurs earlier in the source', () => {
    const text = 'The ferry left Talby at dawn. Nobody was hurt. The ferry left Talby at dawn.';
    const sentence = 'The ferry left Talby at dawn.';
    const at = text.lastIndexOf(sentence);
    expect(textDirective(sentence, { text, start: at, end: at + sentence.length })).toBe(
      `text=${encodeTerm('Nobody was hurt')}-,${encodeTerm('The ferry left Talby at dawn')}`,
    );
    // The first of the two needs no context: the browser finds it first anyway.
    expect(textDirective(sentence, { text, start: 0, end: sentence.length })).not.toContain('-,');
  });

  it('uses the words after it when the sentence opens its paragraph', () => {
    const text = 'Rescue boats arrived.\n\nRescue boats arrived. Then the divers came.';
    const at = text.lastIndexOf('Rescue boats arrived.');
    expect(textDirective('Rescue boats arrived.', { text, start: at, end: at + 21 })).toBe(
      `text=${encodeTerm('Rescue boats arrived')},-${encodeTerm('Then the divers')}`,
    );
  });

  it('opens the page at the directive, after the page\'s own fragment if it has one', () => {
    expect(urlAtText('https://news.example/a', 'text=x')).toBe('https://news.example/a#:~:text=x');
    expect(urlAtText('https://news.example/a#top', 'text=x')).toBe('https://news.example/a#top:~:text=x');
  });

  it('only http(s) addresses count: not a bundled file name, not javascript:', () => {
    expect(webAddress('https://news.example/a')).toBe('https://news.example/a');
    expect(webAddress('000_article.txt')).toBeNull();
    expect(webAddress('javascript:alert(1)')).toBeNull();
    expect(webAddress(null)).toBeNull();
  });
});
