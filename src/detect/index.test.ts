import { describe, expect, it } from 'vitest';
import { combinePacks } from '../pack/combine';
import type { Pack } from '../pack/types';
import { excerpt, sourceArticle } from './__fixtures__/corpus';
import { fixturePack } from './__fixtures__/pack';
import { createDetector } from './index';

const detector = createDetector(fixturePack);

describe('createDetector', () => {
  it('returns sorted, non-overlapping mentions and quotes whose text is the original slice', () => {
    const text = sourceArticle();
    const result = detector.scan(text);
    expect(result.about).toBe(true);
    for (const list of [result.mentions, result.quotes]) {
      expect(list.length).toBeGreaterThan(0);
      list.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      });
    }
    const counted = result.mentions.reduce<Record<string, number>>((acc, m) => {
      acc[m.topic] = (acc[m.topic] ?? 0) + 1;
      return acc;
    }, {});
    expect(result.topics).toEqual(counted);
  });

  it('gives offsets into the original text across invisible and decomposed characters', () => {
    const text =
      'Pre\u00adsidenta Claudia Shein\u200bbaum rechazó enviar tropas de EE.\u00a0UU. a Me\u0301xico contra los ca\u0301rteles; «colaboración sin subordinación», dijo.';
    const result = detector.scan(text);
    expect(result.about).toBe(true);
    expect(result.mentions.map((m) => text.slice(m.start, m.end))).toEqual(result.mentions.map((m) => m.text));
    expect(result.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        'tropas de EE.\u00a0UU. a Me\u0301xico',
        'ca\u0301rteles',
        'colaboración sin subordinación',
      ]),
    );
  });

  it('returns nothing at all for a text that is not about the dispute', () => {
    expect(detector.scan(excerpt('x099').text)).toEqual({
      about: false,
      score: 0,
      topics: {},
      mentions: [],
      quotes: [],
    });
  });

  it('prefilters cheaply', () => {
    expect(detector.mayMatch('A recipe for lemon cake, with butter and sugar.')).toBe(false);
    expect(detector.mayMatch('Sheinbaum and Trump')).toBe(false);
    expect(detector.mayMatch('cake, and then fentanyl')).toBe(true);
    expect(detector.mayMatch('the presence of the United States army')).toBe(true);
  });

  it('skips a malformed lexicon entry of an imported pack instead of failing', () => {
    const broken: Pack = {
      ...fixturePack,
      context: { en: ['us:{Trump', ...fixturePack.context.en], es: fixturePack.context.es },
    };
    const result = createDetector(broken).scan(sourceArticle());
    expect(result.about).toBe(true);
  });

  it('takes several packs, combined', () => {
    const extra: Pack = {
      ...fixturePack,
      id: 'extra',
      quotes: [
        {
          ...fixturePack.quotes[0]!,
          id: 'X1',
          sourceText: undefined,
          original: { text: 'La soberanía se ama y se defiende, dijo ella.', lang: 'es' },
          translation: undefined,
          variants: [],
        },
      ],
    };
    const both = createDetector(combinePacks([fixturePack, extra]));
    const result = both.scan(
      `${sourceArticle()}\n\nSheinbaum insistió: «La soberanía se ama y se defiende, dijo ella».`,
    );
    expect(result.quotes.map((q) => q.quote)).toEqual(['Q1', 'Q2', 'Q3', 'extra:X1']);
  });
});
