import { describe, expect, it } from 'vitest';
import { MatcherBuilder } from '../compile/matcher-builder';
import { normalize, toOriginal } from '../text/normalize';
import { Hits, loadMatcher } from './matcher';

/** Scans `text` for `phrases` ("word*" = prefix) and returns the matched original strings per phrase. */
function find(phrases: string[], text: string): [string, string][] {
  const builder = new MatcherBuilder();
  const ids = phrases.map((p) => builder.add(p.replace(/\*$/, ''), p.endsWith('*')));
  const hits = new Hits();
  loadMatcher(builder.build(), 'automaton').scan(text, hits);
  const out: [string, string][] = [];
  for (let i = 0; i < hits.length; i++) {
    for (const [k, id] of ids.entries()) {
      if (id === hits.pattern[i]) out.push([phrases[k]!, text.slice(hits.start[i], hits.end[i])]);
    }
  }
  return out;
}

const texts = (found: [string, string][]) => found.map(([, text]) => text);

describe('matcher word boundaries', () => {
  it('matches whole words only, in both languages', () => {
    expect(find(['tropa', 'tropas'], 'Las tropas llegaron; un tropa; atropado, tropas.')).toEqual([
      ['tropas', 'tropas'],
      ['tropa', 'tropa'],
      ['tropas', 'tropas'],
    ]);
    expect(find(['cartel', 'cárteles'], 'La Cartelera del cine; los cárteles; el cartel.')).toEqual([
      ['cárteles', 'cárteles'],
      ['cartel', 'cartel'],
    ]);
    expect(find(['Trump'], 'trumped up charges, a trumpet, and Trump.')).toEqual([['Trump', 'Trump']]);
  });

  it('treats accented letters and other scripts as word characters', () => {
    expect(find(['mexico'], 'mexicoñ Méxicoб México')).toEqual([['mexico', 'México']]);
    expect(find(['el'], 'él, el')).toEqual([
      ['el', 'él'],
      ['el', 'el'],
    ]);
  });

  it('matches phrases across any spacing, punctuation and line breaks', () => {
    expect(texts(find(['national defense area'], 'the National  Defense—Area and national\ndefense, area'))).toEqual([
      'National  Defense—Area',
      'national\ndefense, area',
    ]);
    expect(texts(find(['EE.UU.', 'U.S.'], 'EE. UU. y EEUU; U.S. and U. S.'))).toEqual(['EE. UU', 'U.S', 'U. S']);
  });

  it('matches at the very start and end of the text', () => {
    expect(texts(find(['fentanyl'], 'fentanyl'))).toEqual(['fentanyl']);
    expect(texts(find(['fentanyl'], '“fentanyl”'))).toEqual(['fentanyl']);
  });

  it('reports a prefix phrase as the whole word it starts', () => {
    expect(texts(find(['narcotrafic*'], 'el narcotráfico y los narcotraficantes; narcotrafic.'))).toEqual([
      'narcotráfico',
      'narcotraficantes',
      'narcotrafic',
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(texts(find(['US'], 'let us go: US troops, the us'))).toEqual(['US']);
    expect(texts(find(['us'], 'let us go: US troops'))).toEqual(['us', 'US']);
  });

  it('gives original offsets across soft hyphens, zero-width characters and expansions', () => {
    expect(texts(find(['Sheinbaum'], 'Presidenta Shein\u00adbaum…'))).toEqual(['Shein\u00adbaum']);
    expect(texts(find(['new mexico'], 'a New\u200b \u00a0Mexico…zone'))).toEqual(['New\u200b \u00a0Mexico']);
    expect(texts(find(['zone'], 'Mexico…zone'))).toEqual(['zone']);
  });

  it('reports overlapping and nested phrases', () => {
    expect(find(['New Mexico', 'Mexico', 'Mexico City Policy'], 'New Mexico and the Mexico City Policy')).toEqual([
      ['New Mexico', 'New Mexico'],
      ['Mexico', 'Mexico'],
      ['Mexico', 'Mexico'],
      ['Mexico City Policy', 'Mexico City Policy'],
    ]);
  });

  it('ignores phrases it cannot match', () => {
    const builder = new MatcherBuilder();
    expect(builder.add(' … ')).toBe(-1);
    expect(builder.add('Łódź')).toBe(-1);
  });

  it('keeps matching while its transition table grows, across expanding characters', () => {
    const builder = new MatcherBuilder();
    const words: string[] = [];
    for (let i = 0; i < 25; i++) for (let j = 0; j < 25; j++) words.push(String.fromCharCode(97 + i, 97 + j));
    for (const word of words) builder.add(`${word} zz`);
    // Each "…" reads as three separators and leads to a state not reached before.
    const text = words.map((word) => `${word}…zz`).join('…');
    const hits = new Hits();
    loadMatcher(builder.build(), 'automaton').scan(text, hits);
    const found = Array.from(hits.pattern.subarray(0, hits.length), (id, i) => [
      words[id],
      text.slice(hits.start[i], hits.end[i]),
    ]);
    expect(found).toEqual(words.map((word) => [word, `${word}…zz`]));
  });

  it('stops at the first flagged hit', () => {
    const builder = new MatcherBuilder();
    builder.add('alpha');
    const beta = builder.add('beta');
    const matcher = loadMatcher(builder.build(), 'automaton');
    const stopOn = new Uint8Array(matcher.size);
    stopOn[beta] = 1;
    expect(matcher.scan('alpha alpha', new Hits(), stopOn)).toBe(false);
    const hits = new Hits();
    expect(matcher.scan('alpha beta alpha beta', hits, stopOn)).toBe(true);
    expect(hits.length).toBe(2);
  });
});

/** A seeded generator, so the randomised comparison is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** The obvious way: fold the text, cut it into words, compare word by word. */
function naive(phrases: { words: string[]; prefix: boolean }[], text: string): string[] {
  const norm = normalize(text);
  const words = [...norm.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: string[] = [];
  phrases.forEach((phrase, id) => {
    for (let i = 0; i + phrase.words.length <= words.length; i++) {
      const ok = phrase.words.every((w, k) => {
        const token = words[i + k]!.word;
        return k === phrase.words.length - 1 && phrase.prefix ? token.startsWith(w) : token === w;
      });
      if (!ok) continue;
      const span = toOriginal(norm, words[i]!.start, words[i + phrase.words.length - 1]!.end);
      out.push(`${id}@${span.start}-${span.end}`);
    }
  });
  return out.sort();
}

describe('matcher against a naive reference', () => {
  it('finds exactly the same hits on random texts with many overlapping phrases', () => {
    const rand = random(7);
    const vocabulary = [
      'a',
      'ab',
      'abc',
      'b',
      'ba',
      'cartel',
      'cárteles',
      'méxico',
      'new',
      'us',
      'de',
      'la',
      'tropas',
      'x1',
    ];
    const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
    const separators = [' ', '  ', ', ', '. ', '\n\n', ' — ', '\u00a0', ' “', '” ', '…'];
    const phrases: { words: string[]; prefix: boolean }[] = [];
    const builder = new MatcherBuilder();
    const ids: number[] = [];
    for (let i = 0; i < 400; i++) {
      const words = Array.from({ length: 1 + Math.floor(rand() * 4) }, pick);
      const prefix = rand() < 0.15;
      const id = builder.add(words.join(' '), prefix);
      // The builder deduplicates; keep one reference phrase per id.
      if (ids.includes(id)) continue;
      ids.push(id);
      phrases[id] = { words: normalize(words.join(' ')).text.split(' '), prefix };
    }
    const matcher = loadMatcher(builder.build(), 'automaton');
    for (let t = 0; t < 40; t++) {
      let text = '';
      for (let w = 0; w < 300; w++) {
        let word = pick();
        if (rand() < 0.05) word = `${word.slice(0, 1)}\u00ad${word.slice(1)}`;
        if (rand() < 0.1) word = word.toUpperCase();
        text += word + separators[Math.floor(rand() * separators.length)]!;
      }
      const hits = new Hits();
      matcher.scan(text, hits);
      const got: string[] = [];
      for (let i = 0; i < hits.length; i++) got.push(`${hits.pattern[i]}@${hits.start[i]}-${hits.end[i]}`);
      // Both report a prefix hit as the whole word it starts.
      const want = naive(phrases, text);
      expect(got.sort()).toEqual(want.sort());
    }
  });
});
