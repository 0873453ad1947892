import { describe, expect, it } from 'vitest';
import { compact } from './compact';

/** The original text a compact span stands for. */
const back = (original: string, start: number, end: number, from = 0, to = original.length) => {
  const span = compact(original, from, to).toOriginal(start, end);
  return original.slice(span.start, span.end);
};

describe('compact', () => {
  it('keeps letters and digits, and makes every run of anything else one space between words', () => {
    expect(compact('  «We will — never» accept, 100%!  ').text).toBe('we will never accept 100');
    expect(compact('').text).toBe('');
    expect(compact(' —… ').text).toBe('');
  });

  it('keeps letters beyond the basic plane whole, and drops symbols there as punctuation', () => {
    expect(compact('𝐀𝐁 x😀y ٣ 中文').text).toBe('𝐀𝐁 x y ٣ 中文');
    expect(compact('a\ud800b').text).toBe('a b');
  });

  it('maps compact spans back to the original words, quotation marks and spacing left out', () => {
    const original = 'He said: “We will  never accept it.”';
    const { text } = compact(original);
    const start = text.indexOf('will never');
    expect(back(original, start, start + 'will never'.length)).toBe('will  never');
    expect(back(original, text.indexOf('we'), text.length)).toBe('We will  never accept it');
  });

  it('maps spans of a slice back into the whole text, through characters folded away', () => {
    const original = 'Intro. Sheinbaum re\u00adjected 𝐀 deal. Outro.';
    const from = original.indexOf('Sheinbaum');
    const to = original.indexOf(' Outro');
    const { text } = compact(original, from, to);
    expect(text).toBe('sheinbaum rejected 𝐀 deal');
    expect(back(original, text.indexOf('rejected'), text.length, from, to)).toBe('re\u00adjected 𝐀 deal');
  });
});
