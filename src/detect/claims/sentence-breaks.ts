/**
 * Sentence boundaries by the rules of Unicode's text segmentation (UAX #29, "Sentence Boundaries"),
 * which `Intl.Segmenter` follows. Written out here because the first segmenter a browser tab makes
 * loads the break-iterator data in one native call (26–54 ms measured in Chromium), a long task on
 * the page that no slicing can split; these rules cost a table look-up or two a character.
 */

/** The rules' classes of characters. */
enum Kind {
  Other,
  /** SB4: a paragraph separator ends a sentence wherever it stands. */
  ParaSep,
  /** White space that is not a paragraph separator. */
  Sp,
  /** A full stop, which may also end an abbreviation or stand in a number. */
  ATerm,
  /** The other sentence terminators: "!", "?", "。" and their kin. */
  STerm,
  /** Quotation marks and brackets that may close a sentence. */
  Close,
  /** Punctuation after which a sentence goes on: commas, colons, semicolons, dashes. */
  SContinue,
  Upper,
  Lower,
  /** Letters of neither case, such as those of scripts without case. */
  OLetter,
  Numeric,
  /** Marks, format characters and the second half of a surrogate pair: part of the character before (SB5). */
  Extend,
}

/** A character's class is the first that matches: a full stop is a Sentence_Terminal too, some marks are Lowercase. */
const KINDS: [Kind, RegExp][] = [
  [Kind.ParaSep, /[\n\r\u0085\u2028\u2029]/],
  [Kind.Sp, /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/],
  [Kind.ATerm, /[.\u2024\ufe52\uff0e]/],
  [Kind.STerm, /\p{Sentence_Terminal}/u],
  [Kind.Close, /["'\u00ab\u00bb\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u],
  [
    Kind.SContinue,
    /[,\-:;\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/,
  ],
  [Kind.Extend, /[\p{M}\p{Cf}]/u],
  [Kind.Lower, /\p{Lowercase}/u],
  [Kind.Upper, /[\p{Uppercase}\p{Lt}]/u],
  [Kind.OLetter, /\p{Alphabetic}/u],
  [Kind.Numeric, /\p{Nd}/u],
];

const classify = (character: string): Kind => KINDS.find(([, pattern]) => pattern.test(character))?.[0] ?? Kind.Other;

/** Each code unit's class, worked out as it is first met; 0xff: not yet. */
const UNSEEN = 0xff;
const unitKinds = new Uint8Array(0x10000).fill(UNSEEN);
const astralKinds = new Map<number, Kind>();

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The class of the character at `i`; a pair of surrogates is one character, its second half an Extend. */
function kindAt(text: string, i: number): Kind {
  const code = text.charCodeAt(i);
  if (isHigh(code) && isLow(text.charCodeAt(i + 1))) {
    const point = text.codePointAt(i)!;
    let kind = astralKinds.get(point);
    if (kind === undefined) {
      kind = classify(String.fromCodePoint(point));
      astralKinds.set(point, kind);
    }
    return kind;
  }
  if (isLow(code) && isHigh(text.charCodeAt(i - 1))) return Kind.Extend;
  let kind = unitKinds[code]!;
  if (kind === UNSEEN) {
    kind = classify(text[i]!);
    unitKinds[code] = kind;
  }
  return kind;
}

const isTerm = (kind: Kind) => kind === Kind.ATerm || kind === Kind.STerm;

/** The index of the first character at or after `i` that is neither of class `kind` nor an Extend. */
function skip(text: string, i: number, kind = Kind.Extend): number {
  for (; i < text.length; i++) {
    const here = kindAt(text, i);
    if (here !== kind && here !== Kind.Extend) break;
  }
  return i;
}

/** The class of the character before `i`, Extends passed over; Other at the start. */
function kindBefore(text: string, i: number): Kind {
  let j = i - 1;
  while (j >= 0 && kindAt(text, j) === Kind.Extend) j--;
  return j >= 0 ? kindAt(text, j) : Kind.Other;
}

/** SB8: after a full stop, a sentence goes on if the next letter, past anything but letters and ends, is small. */
function smallLetterFollows(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const kind = kindAt(text, i);
    if (kind === Kind.Lower) return true;
    if (kind === Kind.Upper || kind === Kind.OLetter || kind === Kind.ParaSep || isTerm(kind)) return false;
  }
  return false;
}

/**
 * Where the sentence whose terminator stands at `at` ends, closing marks and spaces included (the
 * segmenter's segments keep them), or -1 if the sentence goes on (SB6–SB8a).
 */
function endAfterTerminator(text: string, at: number): number {
  const full = kindAt(text, at) === Kind.ATerm;
  const next = skip(text, at + 1);
  const nextKind = next < text.length ? kindAt(text, next) : Kind.Other;
  // SB6 "3.14", SB7 "U.S": a full stop inside a number or between letters with no space.
  if (full && nextKind === Kind.Numeric) return -1;
  if (full && nextKind === Kind.Upper) {
    const previous = kindBefore(text, at);
    if (previous === Kind.Upper || previous === Kind.Lower) return -1;
  }
  const i = skip(text, skip(text, next, Kind.Close), Kind.Sp);
  if (i === text.length) return i;
  const after = kindAt(text, i);
  // SB8a: another terminator or a comma goes on; the caller's loop reads it as it comes.
  if (isTerm(after) || after === Kind.SContinue) return -1;
  if (full && smallLetterFollows(text, i)) return -1;
  // SB11: a paragraph separator right after belongs to the sentence it ends.
  if (after !== Kind.ParaSep) return i;
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

/** Each sentence of `text` as `Intl.Segmenter` gives it: the segment and where it starts. */
export function* sentenceSegments(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = kindAt(text, i);
    let end = -1;
    if (kind === Kind.ParaSep) end = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    else if (isTerm(kind)) end = endAfterTerminator(text, i);
    if (end < 0) continue;
    yield { segment: text.slice(start, end), index: start };
    start = end;
    i = end - 1;
  }
  if (start < text.length) yield { segment: text.slice(start), index: start };
}
