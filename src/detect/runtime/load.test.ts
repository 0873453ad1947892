import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { excerpt, sourceArticle } from '../__fixtures__/corpus';
import { fixturePack } from '../__fixtures__/pack';
import { pageText } from '../__fixtures__/pages';
import { decodeColumn, encodeColumn } from '../columns';
import { COMPILED_FORMAT, type CompiledDetector } from '../compiled';
import { CompiledDetectorError, compileDetector, createDetector, loadDetector } from '../index';

const SAMPLE_EXCERPTS = [
  'x001',
  'x004',
  'x010',
  'x013',
  'x019',
  'x023',
  'x030',
  'x041',
  'x045',
  'x051',
  'x057',
  'x065',
  'x070',
  'x076',
  'x079',
  'x088',
  'x099',
  'x108',
  'x111',
  'x121',
  'x130',
];
/** Pages that share the dispute's words but not its subject, and a long one. */
const SAMPLE_PAGES = ['nytimes-1', 'cnn', 'breitbart', 'wikipedia'];

const compiled = compileDetector(fixturePack);
/** A deep copy of the compiled detector, to damage one part of it. */
const copy = (): CompiledDetector => structuredClone(compiled);

/** Rewrites one value of a column. */
function setValue(column: string, index: number, value: number): string {
  const values = Array.from(decodeColumn(column)!);
  values[index] = value;
  return encodeColumn(values);
}

describe('compiled detector', () => {
  const created = createDetector(fixturePack);
  const stored = loadDetector(JSON.parse(JSON.stringify(compiled)) as CompiledDetector);
  const cloned = loadDetector(structuredClone(compiled));
  const texts = [
    sourceArticle(),
    ...SAMPLE_EXCERPTS.map((id) => excerpt(id).text),
    ...SAMPLE_PAGES.map((name) => pageText(name)),
  ];

  it('scans exactly as the detector compiled in place, after JSON and after structured cloning', () => {
    for (const text of texts) {
      for (const sensitivity of ['strict', 'normal', 'broad'] as const) {
        const expected = created.scan(text, { sensitivity });
        expect(stored.scan(text, { sensitivity })).toEqual(expected);
        expect(cloned.scan(text, { sensitivity })).toEqual(expected);
      }
      expect(stored.mayMatch(text)).toBe(created.mayMatch(text));
    }
    // The sample is no empty comparison: the article has mentions, quotes and a misattribution.
    const article = stored.scan(texts[0]!);
    expect(article.mentions.length).toBeGreaterThan(0);
    expect(article.quotes.some((q) => q.misattributed)).toBe(true);
  });

  it('compiles the same packs to the same value', () => {
    expect(compileDetector(fixturePack)).toEqual(compiled);
  });

  it('holds what detection needs and none of the prose a card shows', () => {
    const json = JSON.stringify(compileDetector(defaultPack));
    const prose = [
      ...defaultPack.caveats.flatMap((c) => [c.explanation, c.verdictLabel, c.unverified]),
      ...defaultPack.quotes.flatMap((q) => [q.context, q.venue, q.difference]),
      ...defaultPack.people.map((p) => p.role),
    ].flatMap((text) => (text ? [text.en, text.es] : []));
    expect(prose.length).toBeGreaterThan(50);
    for (const text of prose) if (text.length > 12) expect(json).not.toContain(text);
    for (const reference of defaultPack.references) expect(json).not.toContain(reference.url);
    expect(Object.keys(compiled.quotes.quotes[0]!).sort()).toEqual(['id', 'rightfulSpeakers', 'speaker']);
  });
});

describe('loadDetector refuses', () => {
  const refused = (value: unknown, message: RegExp) => {
    expect(() => loadDetector(value as CompiledDetector)).toThrow(CompiledDetectorError);
    expect(() => loadDetector(value as CompiledDetector)).toThrow(message);
  };

  it('another format', () => {
    refused({ ...copy(), format: COMPILED_FORMAT + 1 }, /format/);
    refused({ ...copy(), format: undefined }, /format/);
  });

  it('what is no compiled detector at all', () => {
    refused(null, /not an object/);
    refused('{}', /not an object/);
    const { quotes: _, ...noQuotes } = copy();
    refused(noQuotes, /quotes is not an object/);
  });

  it('a truncated or garbled table', () => {
    const truncated = copy();
    // Two whole values short, whatever width the column was written in.
    truncated.automaton.fail = encodeColumn(Array.from(decodeColumn(truncated.automaton.fail)!).slice(0, -2));
    refused(truncated, /automaton\.fail holds/);
    const garbled = copy();
    garbled.automaton.label = `${garbled.automaton.label.slice(0, 9)}!${garbled.automaton.label.slice(10)}`;
    refused(garbled, /automaton\.label is not a column/);
    const wrongWidth = copy();
    wrongWidth.lexicon.patternRoles = `3${wrongWidth.lexicon.patternRoles.slice(1)}`;
    refused(wrongWidth, /lexicon\.patternRoles is not a column/);
    const missingNames = copy();
    missingNames.attribution.names.pop();
    refused(missingNames, /attribution\.names/);
  });

  it('an index out of range', () => {
    const nodes = decodeColumn(compiled.automaton.label)!.length;
    const cases: [(c: CompiledDetector) => void, RegExp][] = [
      [(c) => (c.automaton.ends = setValue(c.automaton.ends, 3, nodes)), /automaton\.ends/],
      [(c) => (c.automaton.fail = setValue(c.automaton.fail, 100, 100)), /automaton\.fail/],
      [(c) => (c.automaton.children = setValue(c.automaton.children, 5, nodes)), /automaton\.children/],
      [(c) => (c.lexicon.patternRoles = setValue(c.lexicon.patternRoles, 0, 1000)), /lexicon\.patternRoles/],
      [(c) => (c.quotes.keywordPiece = setValue(c.quotes.keywordPiece, 0, 1_000_000)), /quotes\.keywordPiece/],
      [(c) => (c.quotes.pieceTo = setValue(c.quotes.pieceTo, 0, 1000)), /quotes\.pieceFrom\/pieceTo/],
      [(c) => (c.quotes.wordings[0]!.quote = -1), /quotes\.wordings\[0\]\.quote/],
      [
        (c) => (c.attribution.automaton.fail = setValue(c.attribution.automaton.fail, 1, 7)),
        /attribution\.automaton\.fail/,
      ],
    ];
    for (const [damage, message] of cases) {
      const damaged = copy();
      damage(damaged);
      refused(damaged, message);
    }
  });

  it('roles and names it does not know', () => {
    const role = copy();
    role.lexicon.roleSets[0] = [{ kind: 'anchor', topic: 'weather' } as never];
    refused(role, /topic is no topic/);
    const speaker = copy();
    speaker.attribution.names[0] = { pronoun: 'x' } as never;
    refused(speaker, /neither a person nor a pronoun/);
    const empty = copy();
    empty.quotes.wordings[0]!.words = 'never  accept';
    refused(empty, /empty word/);
  });

  it('or else runs safely on whatever damage its checks let through', () => {
    // Seeded, so every run damages the same characters.
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const text = sourceArticle();
    const columns = ['label', 'children', 'fail', 'ends', 'lengths', 'flags'] as const;
    let loaded = 0;
    for (let round = 0; round < 60; round++) {
      const damaged = copy();
      const name = columns[round % columns.length]!;
      const column = damaged.automaton[name];
      const at = 1 + random(column.length - 3);
      damaged.automaton[name] = column.slice(0, at) + alphabet[random(64)] + column.slice(at + 1);
      let detector: ReturnType<typeof loadDetector>;
      try {
        detector = loadDetector(damaged);
      } catch (error) {
        expect(error).toBeInstanceOf(CompiledDetectorError);
        continue;
      }
      loaded++;
      const result = detector.scan(text);
      for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(loaded).toBeGreaterThan(0);
  });
});
