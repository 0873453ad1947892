import {
  type ClaimForm,
  LANGS,
  type Lang,
  SEVERITIES,
  type Severity,
  TOPIC_IDS,
  type TopicId,
  VERDICTS,
  type Verdict,
} from '../../pack/types';
import { invalid, readArray, readBoolean, readIndex, readRecord, readString } from '../read';
import { caveatsWithSourceForms, type Part, sourceParts } from './parts';
import { compileTerm, type Term } from './terms';
import type { ClaimData } from './types';

/**
 * What the claim finder reads, worked out once from a pack: its terms compiled, its claims cut
 * into sentences and reduced to their words. The background makes it and stores it for pages,
 * which then start finding claims without compiling a thousand terms each.
 */
export interface CompiledClaims {
  format: typeof CLAIMS_FORMAT;
  sourceLang: Lang;
  caveats: CompiledCaveat[];
  forms: CompiledForm[];
  /** The sentences of each caveat's claim, as copies of the source's words are looked for. */
  parts: Part[];
  /** The caveats (by index) whose claim has wordings in the source's language. */
  sourceForms: number[];
}

export const CLAIMS_FORMAT = 1;

/** What a match tells of its caveat. */
export interface CompiledCaveat {
  id: string;
  verdict: Verdict;
  severity: Severity;
  /** The caveat's first topic, where it has one. */
  topic?: TopicId;
}

/** One wording of a claim: its slots' terms, and the terms that make a sentence correct instead. */
export interface CompiledForm {
  caveat: number;
  lang: Lang;
  slots: Term[][];
  correct: Term[];
}

export function compileClaims(pack: ClaimData): CompiledClaims {
  const caveatIndex = new Map(pack.caveats.map((c, i) => [c.id, i]));
  const forms: CompiledForm[] = [];
  for (const pattern of pack.claims ?? []) {
    const caveat = caveatIndex.get(pattern.caveat);
    if (caveat === undefined) continue;
    for (const [lang, list] of Object.entries(pattern.forms) as [Lang, ClaimForm[]][]) {
      for (const form of list) {
        forms.push({
          caveat,
          lang,
          slots: form.slots.map((slot) => slot.terms.map(compileTerm)),
          correct: (form.correct ?? []).flatMap((slot) => slot.terms.map(compileTerm)),
        });
      }
    }
  }
  return {
    format: CLAIMS_FORMAT,
    sourceLang: pack.source.lang,
    caveats: pack.caveats.map(({ id, verdict, severity, topics }) => ({
      id,
      verdict,
      severity,
      ...(topics?.[0] && { topic: topics[0] }),
    })),
    forms,
    parts: sourceParts(pack.caveats),
    sourceForms: [...caveatsWithSourceForms(pack)],
  };
}

function readOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value as T)) invalid(`${name} is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A term: words, and `null` for a gap; at least one word, which the finder's index looks up. */
function readTerm(value: unknown, name: string): Term {
  const term = readArray(value, name).map((token, i) => {
    if (token === null) return null;
    const word = readRecord(token, `${name}[${i}]`);
    const text = readString(word.word, `${name}[${i}].word`);
    if (text === '') invalid(`${name}[${i}].word is empty`);
    return { word: text, prefix: readBoolean(word.prefix, `${name}[${i}].prefix`) };
  });
  if (!term.some((token) => token !== null)) invalid(`${name} has no word`);
  return term;
}

const readTerms = (value: unknown, name: string) => readArray(value, name).map((t, i) => readTerm(t, `${name}[${i}]`));

/** Compiled claims read back from storage; a damaged or older form is refused (see `read.ts`). */
export function readCompiledClaims(value: unknown): CompiledClaims {
  const data = readRecord(value, 'the claims');
  if (data.format !== CLAIMS_FORMAT) invalid(`claims format ${String(data.format)} instead of ${CLAIMS_FORMAT}`);
  const caveats = readArray(data.caveats, 'claims.caveats').map((value, i): CompiledCaveat => {
    const name = `claims.caveats[${i}]`;
    const caveat = readRecord(value, name);
    return {
      id: readString(caveat.id, `${name}.id`),
      verdict: readOneOf(caveat.verdict, VERDICTS, `${name}.verdict`),
      severity: readOneOf(caveat.severity, SEVERITIES, `${name}.severity`),
      ...(caveat.topic !== undefined && { topic: readOneOf(caveat.topic, TOPIC_IDS, `${name}.topic`) }),
    };
  });
  const readCaveat = (value: unknown, name: string) => readIndex(value, caveats.length, name);
  return {
    format: CLAIMS_FORMAT,
    sourceLang: readOneOf(data.sourceLang, LANGS, 'claims.sourceLang'),
    caveats,
    forms: readArray(data.forms, 'claims.forms').map((value, i) => {
      const name = `claims.forms[${i}]`;
      const form = readRecord(value, name);
      const slots = readArray(form.slots, `${name}.slots`).map((s, j) => readTerms(s, `${name}.slots[${j}]`));
      // The finder marks a form's filled slots in the bits of a 32-bit number.
      if (slots.length > 31) invalid(`${name} has more than 31 slots`);
      return {
        caveat: readCaveat(form.caveat, `${name}.caveat`),
        lang: readOneOf(form.lang, LANGS, `${name}.lang`),
        slots,
        correct: readTerms(form.correct, `${name}.correct`),
      };
    }),
    parts: readArray(data.parts, 'claims.parts').map((value, i) => {
      const name = `claims.parts[${i}]`;
      const part = readRecord(value, name);
      return {
        caveat: readCaveat(part.caveat, `${name}.caveat`),
        text: readString(part.text, `${name}.text`),
        anchors: readArray(part.anchors, `${name}.anchors`).map((a, j) => readString(a, `${name}.anchors[${j}]`)),
        needed: readIndex(part.needed, Number.MAX_SAFE_INTEGER, `${name}.needed`),
      };
    }),
    sourceForms: readArray(data.sourceForms, 'claims.sourceForms').map((c, i) =>
      readCaveat(c, `claims.sourceForms[${i}]`),
    ),
  };
}
