import { describe, expect, it } from 'vitest';
import { excerpts, pageNames, pageText } from '../../../tests/fixtures';
import { secondPack } from '../../pack/__fixtures__/second-pack';
import { combinePacks } from '../../pack/combine';
import { defaultPack } from '../../pack/default';
import type { Pack } from '../../pack/types';
import { sourceArticle } from '../__fixtures__/corpus';
import { type ClaimFinder, createClaimFinder } from '../claims';
import { HELD_OUT_FILE, loadLabelled } from '../claims/__fixtures__/labelled';
import type { CompiledGate } from '../compiled';
import { CompiledDetectorError, compileDetector, type Detector, loadDetector } from '../index';
import { collapseSpaces } from '../text/spaces';
import { compileGate } from './compile-gate';
import { type Gate, loadGate } from './gate';
import { SIDES_REACH } from './gate-reach';

interface Finders {
  detector: Detector;
  claims: ClaimFinder;
}

function gateAndDetector(pack: Pack): Finders & { gate: Gate; compiled: CompiledGate } {
  const detector = compileDetector(pack);
  const compiled = compileGate(detector, pack);
  // Stored and read back, as the background hands it to pages.
  return {
    gate: loadGate(JSON.parse(JSON.stringify(compiled))),
    detector: loadDetector(detector),
    claims: createClaimFinder(pack),
    compiled,
  };
}

const { gate, detector, claims, compiled } = gateAndDetector(defaultPack);
const finders = { detector, claims };

const quoteWordings = (pack: Pack) =>
  pack.quotes
    .flatMap((q) => [
      q.sourceText,
      q.original.text,
      q.translation?.en,
      q.translation?.es,
      ...q.variants.map((v) => v.text),
    ])
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '');

/** Whether the detector finds anything in a text at any sensitivity, or the claim finder a claim. */
const findsSomething = ({ detector: d, claims: c }: Finders, text: string) =>
  c.find(text).length > 0 ||
  (['strict', 'normal', 'broad'] as const).some((sensitivity) => {
    const result = d.scan(text, { sensitivity });
    return result.about || result.quotes.length > 0;
  });

/** Sentences that make each checked claim, or state its facts correctly, one by one. */
const claimSentences = () => [...loadLabelled(), ...loadLabelled(HELD_OUT_FILE)].map((row) => row.text);

/** Ways the same words reach a page: each must look the same to the gate as to the detector. */
const WRITINGS: Record<string, (text: string) => string> = {
  'as written': (t) => t,
  'in capitals': (t) => t.toUpperCase(),
  'decomposed (NFD)': (t) => t.normalize('NFD'),
  'soft hyphens inside long words': (t) => t.replace(/([a-záéíóúñ]{3})([a-záéíóúñ]{3,})/gi, '$1\u00ad$2'),
  'zero-width spaces inside long words': (t) => t.replace(/([a-z]{4})([a-z]{4,})/gi, '$1\u200b$2'),
  'blocks run together': (t) => t.replace(/\s*\n\s*/g, ''),
  'typographic punctuation': (t) => t.replace(/'/g, '\u2019').replace(/ - /g, ' \u2014 ').replace(/ /g, '\u00a0'),
};

describe('the gate', () => {
  it('lets through every text the detector finds something in, however it is written', () => {
    const texts = [
      sourceArticle(),
      ...excerpts().map((row) => row.text),
      ...quoteWordings(defaultPack),
      ...claimSentences(),
    ];
    let found = 0;
    for (const [writing, write] of Object.entries(WRITINGS)) {
      for (const original of texts) {
        const text = write(original);
        if (!findsSomething(finders, text)) continue;
        found++;
        expect(gate.admits(text), `${writing}: ${text.slice(0, 80)}`).toBe(true);
      }
    }
    // Most of these texts are about the dispute or make a checked claim, in every writing.
    expect(found).toBeGreaterThan(7 * 250);
    // Thousands of scans: seconds on a busy machine.
  }, 120_000);

  it('lets through, its runs of spaces made one, every text the detector finds something in', () => {
    // As pages hand their text over: the indentation of markup between the words.
    const indent = (text: string) =>
      text.replace(/ /g, (_, at: number) => (at % 3 === 0 ? '      \t  ' : at % 3 === 1 ? ' \u00a0' : ' '));
    let found = 0;
    for (const original of [sourceArticle(), ...excerpts().map((row) => row.text), ...claimSentences()]) {
      const text = indent(original);
      if (!findsSomething(finders, text)) continue;
      found++;
      const collapsed = collapseSpaces(text);
      expect(collapsed.length).toBeLessThan(text.length);
      expect(gate.admits(collapsed), collapsed.slice(0, 80)).toBe(true);
    }
    expect(found).toBeGreaterThan(250);
  }, 60_000);

  it('lets through a text that only makes a checked claim, with no other word of the dispute', () => {
    for (const text of [
      // C5, in the source's words and in others.
      'For almost twenty years, both countries have been plagued by cross-border violence.',
      'Casi veinte años de violencia transfronteriza han marcado a los dos países.',
      // C16 is found only as a copy of the source's words.
      'Because under here, for the first time, military personnel are now allowed to take migrants in their custody that irregularly cross the border.',
    ]) {
      const result = detector.scan(text, { sensitivity: 'broad' });
      expect(result.about || result.quotes.length > 0, text).toBe(false);
      expect(claims.find(text).length, text).toBeGreaterThan(0);
      expect(gate.admits(text), text).toBe(true);
    }
    // The claim's words scattered over a page that makes no claim are not enough without all its slots.
    expect(gate.admits('Both countries have seen almost twenty years of growth.')).toBe(false);
  });

  it('reads a claim’s terms as the finder does: whole words, in order, no further apart than the term allows', () => {
    const makes = 'She wants to share more of the information.';
    expect(claims.find(makes).map((m) => m.id)).toEqual(['C12']);
    expect(gate.admits(makes)).toBe(true);
    for (const text of [
      // "she" only inside another word.
      'Published: information sharing rules for schools.',
      // The words of "share .. information" in the other order, and too far apart.
      'Information, she said, is worth sharing.',
      'She wants to share the most recent and complete health information.',
    ]) {
      expect(findsSomething(finders, text), text).toBe(false);
      expect(gate.admits(text), text).toBe(false);
    }
  });

  it('lets through a part of a quote the finder would find', () => {
    const q1 = defaultPack.quotes.find((q) => q.id === 'Q1')!;
    const part = `As she put it, ${(q1.sourceText ?? q1.original.text).split(' ').slice(0, 9).join(' ')} and so on.`;
    expect(detector.scan(part).quotes.length).toBeGreaterThan(0);
    expect(gate.admits(part)).toBe(true);
  });

  it('turns away real pages that share the words of the dispute but not its subject', () => {
    // The detector finds nothing on any of them; the gate need not be as sure (breitbart's "Mexico City
    // Policy" beside Trump may pass). Over the whole corpus, `npm run check:corpus` holds it to nine in ten.
    const turnedAway = pageNames().filter((name) => !gate.admits(pageText(name)));
    // US sanctions on Sudan, US–Canada–Mexico trade, US gun laws.
    expect(turnedAway).toEqual(expect.arrayContaining(['nytimes-1', 'cnn', 'bbc-1']));
  });

  it('counts an issue term only with both sides named close to it', () => {
    const filler = (n: number) => ' and so it went'.repeat(Math.ceil(n / 15));
    expect(gate.admits('Trump said troops could be sent, and Mexico answered.')).toBe(true);
    expect(gate.admits('Trump said troops could be sent.')).toBe(false);
    expect(gate.admits('Troops were sent; Mexico answered.')).toBe(false);
    expect(gate.admits(`Mexico answered.${filler(SIDES_REACH + 100)} Trump said troops could be sent.`)).toBe(false);
    // As far from Mexico as the detector's widest window reaches, several terms still count.
    const far = `Mexico answered.${filler(360)} Troops, tariffs, fentanyl and cartels, Trump said.`;
    expect(findsSomething(finders, far)).toBe(true);
    expect(gate.admits(far)).toBe(true);
    // Spanish, with and without accents.
    expect(gate.admits('Trump habló de tropas; México respondió.')).toBe(true);
    expect(gate.admits('TRUMP HABLO DE TROPAS; MEXICO RESPONDIO.')).toBe(true);
  });

  it('takes acronyms in capitals only, as the detector does', () => {
    expect(gate.admits('The DEA said fentanyl seizures rose, Sheinbaum said.')).toBe(true);
    // "dea" in small letters is no US agency, and nothing else here names the US side.
    expect(gate.admits('A good idea: fentanyl seizures rose, Sheinbaum said.')).toBe(false);
  });

  it('follows the packs it is built from', () => {
    const text = secondPack.quotes[0]!.original.text;
    expect(gate.admits(text)).toBe(false);
    const both = gateAndDetector(combinePacks([defaultPack, secondPack]));
    expect(findsSomething(both, text)).toBe(true);
    expect(both.gate.admits(text)).toBe(true);
  });

  it('reads letters as the matcher folds them, and through what it drops', () => {
    for (const written of [
      'Trump said tro\u00adops could be sent, and Me\u0301xico answered.',
      'Trump said troops could be sent, and Mé\u200bxico answered.',
      'Trump said troops could be sent, and MÉXICO answered.',
    ]) {
      expect(gate.admits(written), written).toBe(true);
    }
    // A soft hyphen, an accent or a letter of another script is no reason to look closer in itself.
    expect(
      gate.admits('A lemon cake re\u00adcipe, cr\u00e8me br\u00fbl\u00e9e, \u0142\u00f3d\u017a and \u4e2d\u6587.'),
    ).toBe(false);
  });

  it('refuses a damaged gate with a clear error', () => {
    const damaged = (edit: (g: Record<string, unknown>) => void) => {
      const copy = structuredClone(compiled) as unknown as Record<string, unknown>;
      edit(copy);
      return () => loadGate(copy as unknown as CompiledGate);
    };
    expect(damaged((g) => (g.format = 99))).toThrow(/gate format 99/);
    expect(damaged((g) => (g.alone = { small: '(', capitals: [] }))).toThrow(/gate\.alone\.small is not an array/);
    expect(damaged((g) => (g.alone = { small: ['troops!'], capitals: [] }))).toThrow(
      /gate\.alone\.small\[0\] is not spelled in small/,
    );
    expect(damaged((g) => delete g.mx)).toThrow(CompiledDetectorError);
    expect(damaged((g) => ((g.quotes as CompiledGate['quotes']).pieces[0]!.keywords = [1e9]))).toThrow(
      /gate\.quotes\.pieces\[0\]\.keywords\[0\]/,
    );
    expect(damaged((g) => ((g.quotes as { keys: unknown[] }).keys[0] = 7))).toThrow(
      /gate\.quotes\.keys\[0\] is not a string/,
    );
    expect(damaged((g) => delete g.claims)).toThrow(/gate\.claims is not an object/);
    expect(damaged((g) => ((g.claims as CompiledGate['claims']).forms[0]![0]![0]![0] = 1e9))).toThrow(
      /gate\.claims\.forms\[0\]\[0\]\[0\]\[0\] is out of range/,
    );
    expect(damaged((g) => ((g.claims as CompiledGate['claims']).keys[0] = 'Fentanyl'))).toThrow(
      /gate\.claims\.keys\[0\] is not spelled in small/,
    );
  });
});
