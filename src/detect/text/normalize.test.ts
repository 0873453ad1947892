import { describe, expect, it } from 'vitest';
import { compact } from './compact';
import { normalize, toOriginal } from './normalize';

/** The original words behind the first occurrence of `folded` in the normalised text. */
function originalOf(text: string, folded: string): string {
  const norm = normalize(text);
  const at = norm.text.indexOf(folded);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = toOriginal(norm, at, at + folded.length);
  return text.slice(span.start, span.end);
}

describe('normalize', () => {
  it('folds case and diacritics through Unicode normalisation', () => {
    expect(normalize('Cárteles, PEÑA, Ejército, São Paulo, İstanbul, Ångström').text).toBe(
      'carteles, pena, ejercito, sao paulo, istanbul, angstrom',
    );
  });

  it('folds text that is already decomposed (letter + combining mark)', () => {
    const text = 'Me\u0301xico';
    expect(normalize(text).text).toBe('mexico');
    expect(originalOf(text, 'mexico')).toBe(text);
  });

  it('maps typographic quotes, dashes and exotic spaces to plain ones', () => {
    expect(normalize('“Sheinbaum’s” «no» — U.S.\u00a0troops\u2009–\u202Fnow').text).toBe(
      '"sheinbaum\'s" "no" - u.s. troops - now',
    );
  });

  it('keeps offsets exact when every character folds to one', () => {
    const text = 'La presidenta Sheinbaum dijo: «nunca aceptaremos tropas»';
    const norm = normalize(text);
    expect(norm.map).toBeNull();
    expect(originalOf(text, 'tropas')).toBe('tropas');
    expect(originalOf(text, 'sheinbaum dijo')).toBe('Sheinbaum dijo');
  });

  it('maps back across soft hyphens and zero-width characters, which vanish', () => {
    const text = 'Presidenta Shein\u00adbaum met the car\u200btels\u200d in Méx\u00adico';
    expect(normalize(text).text).toBe('presidenta sheinbaum met the cartels in mexico');
    expect(originalOf(text, 'sheinbaum')).toBe('Shein\u00adbaum');
    expect(originalOf(text, 'cartels')).toBe('car\u200btels');
    expect(originalOf(text, 'in mexico')).toBe('in Méx\u00adico');
    expect(originalOf(text, 'presidenta')).toBe('Presidenta');
  });

  it('maps back across characters that expand to several', () => {
    const text = 'Wait… then 한국 and Trump… said';
    const norm = normalize(text);
    expect(norm.text.length).toBeGreaterThan(text.length);
    expect(originalOf(text, 'trump')).toBe('Trump');
    expect(originalOf(text, 'said')).toBe('said');
    // A span ending inside an expansion covers the whole original character.
    const dots = norm.text.indexOf('...');
    const span = toOriginal(norm, dots, dots + 1);
    expect(text.slice(span.start, span.end)).toBe('…');
  });

  it('maps an empty span to a point', () => {
    const norm = normalize('a\u00adb');
    expect(toOriginal(norm, 1, 1)).toEqual({ start: 2, end: 2 });
  });

  it('turns carriage returns and tabs into spaces, keeping line feeds', () => {
    expect(normalize('a\r\nb\tc').text).toBe('a \nb c');
  });
});

describe('compact', () => {
  it('keeps words only, with their original offsets', () => {
    const text = 'He said: “We will — never… accept the U.S. army”';
    const c = compact(text);
    expect(c.text).toBe('he said we will never accept the u s army');
    const at = c.text.indexOf('never accept');
    const span = c.toOriginal(at, at + 'never accept the u s army'.length);
    expect(text.slice(span.start, span.end)).toBe('never… accept the U.S. army');
  });

  it('compacts a slice with offsets into the whole text', () => {
    const text = 'xxxx Méx\u00adico yyyy';
    const c = compact(text, 5, 13);
    expect(c.text).toBe('mexico');
    const span = c.toOriginal(0, 6);
    expect(text.slice(span.start, span.end)).toBe('Méx\u00adico');
  });
});
