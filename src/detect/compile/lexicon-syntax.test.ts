import { describe, expect, it } from 'vitest';
import { contextLexicon, topicLexicons } from '../../pack/default/lexicon';
import { isAcronym, parseEntry } from './lexicon-syntax';
import { MatcherBuilder } from './matcher-builder';

describe('lexicon syntax', () => {
  it('expands alternatives, empty ones included', () => {
    expect(parseEntry('tropa{,s}').phrases).toEqual(['tropa', 'tropas']);
    expect(parseEntry('{send,sending} troops {to,into} Mexico').phrases).toEqual([
      'send troops to Mexico',
      'send troops into Mexico',
      'sending troops to Mexico',
      'sending troops into Mexico',
    ]);
    expect(parseEntry('{Claudia,} Sheinbaum').phrases).toEqual(['Claudia Sheinbaum', 'Sheinbaum']);
  });

  it('reads tags and the prefix star', () => {
    expect(parseEntry('mx+:Sheinbaum')).toEqual({ tag: 'mx+', phrases: ['Sheinbaum'], prefix: false });
    expect(parseEntry('us:Trump').tag).toBe('us');
    expect(parseEntry('not:New Mexico').tag).toBe('not');
    expect(parseEntry('past:Calderón').tag).toBe('past');
    expect(parseEntry('weak:cooperación').tag).toBe('weak');
    expect(parseEntry('Smith & Wesson v. Mexico').tag).toBeNull();
    expect(parseEntry('narcotrafic*')).toEqual({ tag: null, phrases: ['narcotrafic'], prefix: true });
  });

  it('rejects an unclosed group and runaway expansions', () => {
    expect(() => parseEntry('tropa{s')).toThrow(/Unclosed/);
    expect(() => parseEntry('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow(/too many/);
  });

  it('recognises acronyms by their capitals', () => {
    expect(isAcronym('US')).toBe(true);
    expect(isAcronym('EE.UU.')).toBe(true);
    expect(isAcronym('Trump')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('keeps every entry of the default lexicon matchable', () => {
    const builder = new MatcherBuilder();
    const entries = [
      ...Object.values(topicLexicons).flatMap((byLang) =>
        Object.values(byLang).flatMap((l) => [...l.anchors, ...l.terms]),
      ),
      ...Object.values(contextLexicon).flat(),
    ];
    const unmatchable = entries.filter((entry) => {
      const parsed = parseEntry(entry);
      return parsed.phrases.some((phrase) => builder.add(phrase, parsed.prefix) < 0);
    });
    expect(unmatchable).toEqual([]);
  });
});
