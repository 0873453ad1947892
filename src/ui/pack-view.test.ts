import { describe, expect, it } from 'vitest';
import { defaultPack } from '../pack/default';
import type { Bilingual, Quote } from '../pack/types';
import { englishOnlyWords } from './__fixtures__/english-only';
import { personName, quoteWording } from './pack-view';

const quote = (id: string): Quote => {
  const found = defaultPack.quotes.find((q) => q.id === id);
  if (!found) throw new Error(`no quote ${id}`);
  return found;
};

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'es' in value && typeof value.es === 'string';
}

/** Every Spanish text of the pack, with where it is. */
function spanishTexts(value: unknown, path = 'pack'): [string, string][] {
  if (isBilingual(value)) return [[path, value.es]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => spanishTexts(inner, `${path}.${key}`));
}

describe('how a quote is worded for each reader', () => {
  it('shows Sheinbaum’s own Spanish words to a Spanish reader, and marks the English as a translation', () => {
    expect(quoteWording(quote('Q1'), 'es')).toEqual({
      text: quote('Q1').original.text,
      lang: 'es',
      kind: 'original',
    });
    const english = quoteWording(quote('Q1'), 'en');
    expect(english).toMatchObject({ kind: 'translation', lang: 'en', from: { lang: 'es', reported: false } });
    expect(english.text).toMatch(/^We can share information, but we will never accept/);
  });

  it('never shows words known only as reported as the words said (T3)', () => {
    expect(quoteWording(quote('T3'), 'en')).toMatchObject({ kind: 'reported', lang: 'en' });
    const spanish = quoteWording(quote('T3'), 'es');
    expect(spanish).toMatchObject({ kind: 'translation', lang: 'es', from: { lang: 'en', reported: true } });
    expect(englishOnlyWords(spanish.text)).toEqual([]);
  });

  it('gives every quote words in each reader’s language, tagged with the language they are in', () => {
    for (const q of defaultPack.quotes) {
      for (const lang of ['en', 'es'] as const) {
        const wording = quoteWording(q, lang);
        expect(wording.lang, `${q.id} ${lang}`).toBe(lang);
        if (wording.kind === 'translation') expect(wording.from?.lang, q.id).toBe(q.original.lang);
        else expect(wording.text, q.id).toBe(q.original.text);
      }
    }
  });
});

describe('the Spanish interface', () => {
  it('holds no English-only text among the pack’s Spanish texts', () => {
    const english = spanishTexts(defaultPack).filter(([, text]) => englishOnlyWords(text).length > 0);
    expect(english).toEqual([]);
  });

  it('names every person and body in Spanish', () => {
    const named = defaultPack.people.map((person) => personName(defaultPack, person.id, 'es'));
    expect(named.filter((name) => englishOnlyWords(name).length > 0)).toEqual([]);
    expect(personName(defaultPack, 'white-house', 'es')).toBe('La Casa Blanca');
  });

  it('keeps references’ publishers to names, with remarks in both languages', () => {
    for (const reference of defaultPack.references) {
      expect(reference.publisher, reference.id).toMatch(/^[^(),]+$/);
      expect(reference.publisher, reference.id).not.toMatch(/summari[sz]ed|mirror|press release|statement|complaint/i);
    }
  });

  it('tells approximate dates and medium confidence apart from certain ones (T12)', () => {
    expect(quote('T12')).toMatchObject({ dateApproximate: true, confidence: 'medium' });
    const mediums = defaultPack.quotes.filter((q) => q.confidence === 'medium');
    expect(mediums.map((q) => q.id)).toEqual(['T12']);
  });
});

describe('the source', () => {
  it('is named by what is known of it, alike in both languages, with no invented headline', () => {
    const { title, description } = defaultPack.source;
    const opening = defaultPack.source.text.split(',').slice(0, 2).join(',');
    for (const lang of ['en', 'es'] as const) {
      expect(title[lang]).toContain(opening);
      expect(description?.[lang]).toMatch(/2025/);
    }
    expect(englishOnlyWords(description?.es ?? '')).toEqual([]);
  });
});
