import { describe, expect, it } from 'vitest';
import { excerpts, pageNames, pageText } from '../../../tests/fixtures';
import { sourceArticle } from '../__fixtures__/corpus';
import { sentenceSegments } from './sentence-breaks';

/** The segmenter the rules are written after: what each text must be cut into. */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const starts = (segments: Iterable<{ index: number }>) => [...segments].map((s) => s.index);

describe('sentenceSegments', () => {
  it('cuts every saved page, excerpt and the source article where Intl.Segmenter does', () => {
    const texts = [sourceArticle(), ...excerpts().map((e) => e.text), ...pageNames().map(pageText)];
    let boundaries = 0;
    for (const text of texts) {
      const expected = starts(segmenter.segment(text));
      expect(starts(sentenceSegments(text))).toEqual(expected);
      boundaries += expected.length;
    }
    expect(boundaries).toBeGreaterThan(1_000);
  });

  it('cuts random text of every class of character where Intl.Segmenter does', () => {
    const alphabet = [
      ...'abZQ3..!? \n\r\u2029"\'()«»“”’,;:-–¿¡éÉ\u0301\u00ad\u200b\u200d\u00a0\t…。Ωωªǅא٣\u0085\ufeff‼·/*',
      '𝐀',
      '𝑎',
      '😀',
      '\ud800',
      '\udc00',
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      return Math.floor((seed / 0x80000000) * n);
    };
    let cut = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let i = random(12); i >= 0; i--) text += alphabet[random(alphabet.length)];
      const expected = starts(segmenter.segment(text));
      if (starts(sentenceSegments(text)).join() !== expected.join()) {
        expect({ text, starts: starts(sentenceSegments(text)) }).toEqual({ text, starts: expected });
      }
      if (expected.length > 1) cut++;
    }
    // Enough of the strings hold a boundary for the comparison to mean something.
    expect(cut).toBeGreaterThan(5_000);
  });

  it('keeps full stops inside numbers and initialisms, and sentences going on after a small letter', () => {
    const segments = (text: string) => [...sentenceSegments(text)].map((s) => s.segment);
    expect(segments('It rose 3.5 percent. The U.S.A. said no.')).toEqual([
      'It rose 3.5 percent. ',
      'The U.S.A. said no.',
    ]);
    expect(segments('Dijo «basta.» ¿qué sigue? ¡Nada!\nFin')).toEqual([
      'Dijo «basta.» ¿qué sigue? ',
      '¡Nada!\n',
      'Fin',
    ]);
    expect(segments('Wait... then, go. ')).toEqual(['Wait... then, go. ']);
  });
});
