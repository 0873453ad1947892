import { describe, expect, it } from 'vitest';
import { secondPack } from '../../pack/__fixtures__/second-pack';
import { combinePacks } from '../../pack/combine';
import { defaultPack } from '../../pack/default';
import { CompiledDetectorError } from '../read';
import { HELD_OUT_FILE, loadLabelled } from './__fixtures__/labelled';
import { CLAIMS_FORMAT, type CompiledClaims, compileClaims } from './compiled-claims';
import { createClaimFinder, loadClaimFinder } from './finder';

/** Compiled and stored as the background stores it, then read back as a page reads it. */
const stored = (claims: CompiledClaims): unknown => JSON.parse(JSON.stringify(claims));

describe('compiled claims', () => {
  it('read back from storage, find exactly what the pack finds, offsets and all', () => {
    const texts = [
      defaultPack.source.text,
      ...[...loadLabelled(), ...loadLabelled(HELD_OUT_FILE)].map((row) => row.text),
    ];
    for (const pack of [defaultPack, combinePacks([defaultPack, secondPack])]) {
      const direct = createClaimFinder(pack);
      const loaded = loadClaimFinder(stored(compileClaims(pack)));
      let found = 0;
      for (const text of texts) {
        const expected = direct.find(text);
        expect(loaded.find(text)).toEqual(expected);
        for (const match of expected) {
          const caveat = pack.caveats.find((c) => c.id === match.id)!;
          expect([match.verdict, match.severity, match.topic]).toEqual([
            caveat.verdict,
            caveat.severity,
            caveat.topics?.[0],
          ]);
        }
        expect(loaded.mayMatch(text)).toBe(direct.mayMatch(text));
        found += expected.length;
      }
      expect(found).toBeGreaterThan(texts.length / 2);
    }
  });

  const valid = () => stored(compileClaims(defaultPack)) as Record<string, unknown> & CompiledClaims;
  const damaged: [string, (claims: ReturnType<typeof valid>) => unknown][] = [
    ['not an object', () => 'claims'],
    ['of another format', (c) => ({ ...c, format: CLAIMS_FORMAT + 1 })],
    ['with an unknown verdict', (c) => ({ ...c, caveats: [{ ...c.caveats[0], verdict: 'mostly-true' }] })],
    ['with an unknown topic', (c) => ({ ...c, caveats: [{ ...c.caveats[0], topic: 'weather' }] })],
    ['with a form of a caveat that is not there', (c) => ({ ...c, forms: [{ ...c.forms[0], caveat: 999 }] })],
    ['with a term of gaps alone', (c) => ({ ...c, forms: [{ ...c.forms[0], slots: [[[null, null]]] }] })],
    ['with a word that is not a string', (c) => ({ ...c, forms: [{ ...c.forms[0], correct: [[{ word: 7 }]] }] })],
    [
      'with more slots than the finder can mark',
      (c) => ({ ...c, forms: [{ ...c.forms[0], slots: Array(32).fill(c.forms[0]!.slots[0]) }] }),
    ],
    ['with a part that needs no count', (c) => ({ ...c, parts: [{ ...c.parts[0], needed: -1 }] })],
    ['with a language it does not know', (c) => ({ ...c, sourceLang: 'fr' })],
  ];
  for (const [what, damage] of damaged) {
    it(`are refused ${what}, with an error that says so`, () => {
      expect(() => loadClaimFinder(damage(valid()))).toThrow(CompiledDetectorError);
    });
  }
});
