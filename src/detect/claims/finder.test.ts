import { describe, expect, it } from 'vitest';
import { combinePacks } from '../../pack/combine';
import { defaultPack } from '../../pack/default';
import type { Pack } from '../../pack/types';
import { loadLabelled } from './__fixtures__/labelled';
import { createClaimFinder } from './finder';

const finder = createClaimFinder(defaultPack);
const ids = (text: string) => finder.find(text).map((m) => m.id);
const labelled = loadLabelled();
const caveatIds = defaultPack.caveats.map((c) => c.id);

/** The sentence of the source that carries a caveat's claim. */
function sourceSentence(claim: string): string {
  const text = defaultPack.source.text;
  const at = text.indexOf(claim.slice(0, 40));
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const stop = text.indexOf('. ', at + claim.length - 1);
  return text.slice(start, stop < 0 ? text.length : stop + 1);
}

const first = (claim: string, kind: string, lang?: string) =>
  labelled.find((r) => r.claim === claim && r.kind === kind && (lang === undefined || r.lang === lang));

describe('claim finder, claim by claim', () => {
  for (const id of caveatIds) {
    const caveat = defaultPack.caveats.find((c) => c.id === id)!;
    describe(id, () => {
      it('finds the source sentence that makes it', () => {
        expect(ids(sourceSentence(caveat.claim))).toContain(id);
      });

      // C16 is a garble whose gist is right: in other words it is the correct fact, so only copies count.
      const paraphrase = first(id, 'paraphrase') ?? first(id, 'near');
      it(`finds it in other words: ${paraphrase?.text.slice(0, 60)}…`, () => {
        expect(ids(paraphrase!.text)).toContain(id);
      });

      const spanish = first(id, 'translation');
      if (spanish) {
        it(`finds it in Spanish: ${spanish.text.slice(0, 60)}…`, () => {
          expect(ids(spanish.text)).toContain(id);
        });
      }

      const correct = first(id, 'correct') ?? first(id, 'near-miss');
      it(`leaves the correct statement alone: ${correct?.text.slice(0, 60)}…`, () => {
        const found = ids(correct!.text).filter((f) => !(correct!.also ?? []).includes(f));
        expect(found).toEqual([]);
      });
    });
  }
});

describe('claim finder', () => {
  it('finds all nineteen claims of the source article, each as a copy of its words', () => {
    const found = finder.find(defaultPack.source.text);
    expect([...new Set(found.map((m) => m.id))].sort()).toEqual([...caveatIds].sort());
    expect(found.every((m) => m.how === 'exact')).toBe(true);
  });

  it('gives offsets into the text as given, with the caveat’s verdict and severity', () => {
    const text =
      'Intro.\n\nOn April 16, she had a catalytic phone call with former U.S. President Donald Trump. After.';
    const [match] = finder.find(text);
    expect(match).toMatchObject({ id: 'C2', verdict: 'wrong', severity: 'high', how: 'exact', lang: 'en' });
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
    expect(match!.text).toBe('On April 16, she had a catalytic phone call with former U.S. President Donald Trump.');
  });

  it('finds a copy through typography and light edits, and says how it was found', () => {
    const text = 'On April 16 she had a catalytic phone-call with former US President Donald Trump.';
    expect(finder.find(text)).toMatchObject([{ id: 'C2', how: 'near' }]);
    expect(finder.find('Sheinbaum habló con el expresidente Donald Trump por teléfono el 16 de abril.')).toMatchObject([
      { id: 'C2', how: 'translation', lang: 'es' },
    ]);
  });

  it('drops a copy edited into the correct fact', () => {
    expect(ids('On April 16, she had a catalytic phone call with U.S. President Donald Trump.')).toEqual([]);
    expect(ids('Since April, the U.S. Army has established one such zone in New Mexico.')).toEqual([]);
  });

  it('keeps the claim when a key slot is missing from the sentence', () => {
    expect(
      ids('Sheinbaum then pointed to a tragic milestone: many Mexicans have been killed by drug cartels.'),
    ).toEqual([]);
    expect(ids('She had a phone call with the former president.')).toEqual([]);
  });

  it('keeps "U.S." and "EE. UU." inside one sentence', () => {
    const text =
      'Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.';
    expect(finder.find(text)).toMatchObject([{ id: 'C15', start: 0, end: text.length }]);
  });

  it('finds a claim in a long line without breaks, where the text is cut into windows', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(120);
    const claim =
      'Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.';
    const text = `${filler}. ${claim} ${filler}.`;
    const found = finder.find(text);
    expect(found.map((m) => m.id)).toEqual(['C15']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(claim);
  });

  it('finds copies only, for a pack without claim patterns', () => {
    const pack: Pack = { ...defaultPack, claims: undefined as never };
    delete (pack as Partial<Pack>).claims;
    const copies = createClaimFinder(pack);
    expect(new Set(copies.find(defaultPack.source.text).map((m) => m.id)).size).toBe(caveatIds.length);
    expect(copies.find('Sheinbaum habló con el expresidente Donald Trump por teléfono el 16 de abril.')).toEqual([]);
  });

  it('finds nothing in text without the claims', () => {
    expect(finder.find('')).toEqual([]);
    expect(finder.find('Mexico and the United States met on Friday to discuss trade.\n\nNothing else.')).toEqual([]);
  });
});

describe('claim finder on combined packs', () => {
  it('finds every pack’s claims, under the combined caveat ids', () => {
    const other: Pack = { ...structuredClone(defaultPack), id: 'other' };
    const combined = combinePacks([defaultPack, other]);
    const spanish = 'Sheinbaum habló con el expresidente Donald Trump por teléfono el 16 de abril.';
    expect(
      createClaimFinder(combined)
        .find(spanish)
        .map((m) => m.id),
    ).toEqual(['C2', 'other:C2']);
  });
});

describe('claim finder’s quick check', () => {
  it('says a text may hold a claim wherever the finder finds one, and not in text that only shares a few of its words', () => {
    const texts = [defaultPack.source.text, ...labelled.map((row) => row.text)];
    for (const text of texts) if (finder.find(text).length > 0) expect(finder.mayMatch(text), text).toBe(true);
    expect(finder.mayMatch('Both teams played for almost twenty minutes.')).toBe(false);
    expect(finder.mayMatch('Beat the butter and sugar, then fold in the flour.')).toBe(false);
  });
});

describe('claim finder, reading again', () => {
  it('finds the same claims, at the same places, in sentences it has read before elsewhere', () => {
    const rows = labelled.slice(0, 120).map((row) => row.text);
    const text = rows.join('\n\n');
    const fresh = createClaimFinder(defaultPack).find(text);
    expect(fresh.length).toBeGreaterThan(50);
    const reused = createClaimFinder(defaultPack);
    // The same sentences first read in another order, other blocks around them.
    reused.find([...rows].reverse().join(' Elsewhere.\n\n'));
    const again = reused.find(text);
    expect(again).toEqual(fresh);
    for (const claim of again) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
