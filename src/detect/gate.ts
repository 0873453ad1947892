import { type CompiledGate, GATE_FORMAT } from './compiled';
import { invalid, readArray, readBoolean, readIndex, readRecord, readString } from './read';
import { WIDEST_WINDOW } from './relevance';

/**
 * The gate: a test, in the browser's own regular-expression engine, that a text cannot hold a
 * mention, so that a page with nothing to do never loads the detector at all. A text is about
 * the dispute only through an anchor, a quote, or an issue term with both sides named close by
 * (see `relevance.ts`), and the quote finder looks only where keywords of a quote are close
 * together (see `quotes.ts`). The gate looks for all of these loosely: it may let through a
 * text the detector then finds nothing in, never the other way round.
 */
export interface Gate {
  /** Whether a text (a page's, or a block's) may hold a mention. */
  admits(text: string): boolean;
}

/**
 * How close, in characters, a term and the names of both sides must be for the gate. The
 * detector asks for WIDEST_WINDOW at most, within one block; the gate reads blocks run together,
 * with any nested block's text in between, so it allows four times as much.
 */
export const SIDES_REACH = 4 * WIDEST_WINDOW;

/** A group's test: its phrases in the folded text, or its acronyms in the text as it is. */
interface GroupTest {
  test(text: string, small: string): boolean;
  /** Where the group's phrases are, in either form. */
  positions(text: string, small: string): number[];
}

function readPattern(value: unknown, name: string, flags = ''): RegExp {
  const source = readString(value, name);
  try {
    return new RegExp(source, flags);
  } catch {
    invalid(`${name} is not a regular expression`);
  }
}

function readGroup(value: unknown, name: string): GroupTest {
  const data = readRecord(value, name);
  const small = readPattern(data.small, `${name}.small`, 'g');
  const capitals = readPattern(data.capitals, `${name}.capitals`, 'g');
  const found = (pattern: RegExp, text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m.index);
  return {
    test: (text, lower) => found(small, lower) || found(capitals, text),
    positions: (text, lower) => [...all(small, lower), ...all(capitals, text)].sort((a, b) => a - b),
  };
}

/**
 * Latin-1's small accented letters, and the letter each folds to. Worked out here rather than
 * with the matcher's `foldUnit`, whose table is too big to set up on every page; a test checks
 * that the two agree.
 */
const ACCENTED = /[\u00e0-\u00f6\u00f8-\u00ff]/g;
const UNACCENTED = new Map<string, string>();
for (let code = 0xe0; code <= 0xff; code++) {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD')[0]!;
  if (base !== ch && base >= 'a' && base <= 'z') UNACCENTED.set(ch, base);
}

/** The text as the gate's expressions read it: small letters, Latin-1's accents off. */
export function foldForGate(text: string): string {
  return text.toLowerCase().replace(ACCENTED, (ch) => UNACCENTED.get(ch) ?? ch);
}

const NOT_LETTERS = /[^a-z0-9]/g;

interface PieceNeeds {
  keywords: number[];
  need: number;
  /** Whether the keywords must be seen apart, not overlapping (see `keywordsApart`). */
  apart: boolean;
  reach: number;
}

/** Where a keyword was seen: [at, end). */
interface Sighting {
  id: number;
  at: number;
  end: number;
}

/** The quotes' keywords, and what each piece of a quote needs of them. */
class QuoteKeywords {
  private readonly pattern: RegExp;
  private readonly ids: Map<string, number>;
  private readonly pieces: PieceNeeds[];

  constructor(value: unknown) {
    const data = readRecord(value, 'gate.quotes');
    this.pattern = readPattern(data.keywords, 'gate.quotes.keywords', 'g');
    const keys = readArray(data.keys, 'gate.quotes.keys').map((key, i) => readString(key, `gate.quotes.keys[${i}]`));
    this.ids = new Map(keys.map((key, i) => [key, i]));
    this.pieces = readArray(data.pieces, 'gate.quotes.pieces').map((piece, i) => {
      const name = `gate.quotes.pieces[${i}]`;
      const record = readRecord(piece, name);
      return {
        keywords: readArray(record.keywords, `${name}.keywords`).map((k, j) =>
          readIndex(k, keys.length, `${name}.keywords[${j}]`),
        ),
        need: readIndex(record.need, Number.MAX_SAFE_INTEGER, `${name}.need`),
        apart: readBoolean(record.apart, `${name}.apart`),
        reach: readIndex(record.reach, Number.MAX_SAFE_INTEGER, `${name}.reach`),
      };
    });
  }

  /** Whether some piece has enough of its keywords close together in the folded text. */
  admits(small: string): boolean {
    const seen = new Map<number, Sighting[]>();
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    // One step at a time rather than match by match: a piece's keywords overlap ("a b", "b c").
    for (let match = pattern.exec(small); match; match = pattern.exec(small)) {
      const id = this.ids.get(match[0].replace(NOT_LETTERS, ''));
      if (id !== undefined) {
        const list = seen.get(id) ?? [];
        list.push({ id, at: match.index, end: match.index + match[0].length });
        seen.set(id, list);
      }
      pattern.lastIndex = match.index + 1;
    }
    return seen.size > 0 && this.pieces.some((piece) => enough(piece, seen));
  }
}

/** Whether `need` distinct keywords of a piece are within its reach of each other (and apart, if need be). */
function enough(piece: PieceNeeds, seen: Map<number, Sighting[]>): boolean {
  const spots = piece.keywords.flatMap((id) => seen.get(id) ?? []);
  if (new Set(spots.map((s) => s.id)).size < piece.need) return false;
  spots.sort((a, b) => a.at - b.at);
  for (let i = 0; i < spots.length; i++) {
    const distinct = new Set<number>([spots[i]!.id]);
    for (let j = i + 1; j < spots.length && spots[j]!.at - spots[i]!.at <= piece.reach; j++) {
      if (!piece.apart || spots[j]!.at >= spots[i]!.end) distinct.add(spots[j]!.id);
    }
    if (distinct.size >= piece.need) return true;
  }
  return false;
}

/**
 * Whether a phrase could hide in a text behind an exotic letter, or a character the matcher
 * drops between two letters (a soft hyphen, a combining accent). Both are rare: one quick look
 * for either, then a closer one at each.
 */
function readHidden(value: unknown): (small: string) => boolean {
  const data = readRecord(value, 'gate.hidden');
  const [exotic, joiners, word] = (['exotic', 'joiners', 'word'] as const).map((key) =>
    readString(data[key], `gate.hidden.${key}`),
  );
  const suspect = readPattern(`[${exotic}${joiners}]`, 'gate.hidden', 'g');
  const isExotic = readPattern(`^[${exotic}]`, 'gate.hidden.exotic');
  const isWord = readPattern(`^[${word}]`, 'gate.hidden.word');
  const joinerRun = readPattern(`[${joiners}]+`, 'gate.hidden.joiners', 'y');
  return (small) => {
    suspect.lastIndex = 0;
    for (let match = suspect.exec(small); match; match = suspect.exec(small)) {
      if (isExotic.test(match[0])) return true;
      joinerRun.lastIndex = match.index;
      joinerRun.test(small);
      const after = joinerRun.lastIndex;
      if (isWord.test(small.charAt(match.index - 1)) && isWord.test(small.charAt(after))) return true;
      suspect.lastIndex = after;
    }
    return false;
  };
}

/** Stretches [from, to) of the text around each run of positions, runs closer than `reach` merged. */
function around(positions: number[], reach: number, length: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const at of positions) {
    const last = spans[spans.length - 1];
    if (last && at - reach <= last[1]) last[1] = Math.min(length, at + reach);
    else spans.push([Math.max(0, at - reach), Math.min(length, at + reach)]);
  }
  return spans;
}

/** A working gate from its compiled form (see `compileGate`); a damaged one is refused. */
export function loadGate(compiled: CompiledGate): Gate {
  const data = readRecord(compiled, 'the gate');
  if (data.format !== GATE_FORMAT) invalid(`gate format ${String(data.format)} instead of ${GATE_FORMAT}`);
  const alone = readGroup(data.alone, 'gate.alone');
  const mx = readGroup(data.mx, 'gate.mx');
  const nearMx = readGroup(data.nearMx, 'gate.nearMx');
  const term = readGroup(data.term, 'gate.term');
  const us = readGroup(data.us, 'gate.us');
  const hides = readHidden(data.hidden);
  const quotes = new QuoteKeywords(data.quotes);

  /** Whether, near a name of the Mexican side, an anchor naming it is, or an issue term and a US name. */
  const nearTheMexicanSide = (text: string, small: string) => {
    // Lower-casing rarely changes a text's length (İ); then the two are not cut alike.
    const aligned = text.length === small.length;
    for (const [from, to] of around(mx.positions(text, small), SIDES_REACH, small.length)) {
      const part = aligned ? text.slice(from, to) : text;
      const smallPart = small.slice(from, to);
      if (nearMx.test(part, smallPart) || (term.test(part, smallPart) && us.test(part, smallPart))) return true;
    }
    return false;
  };

  return {
    admits(text) {
      const small = foldForGate(text);
      return alone.test(text, small) || hides(small) || nearTheMexicanSide(text, small) || quotes.admits(small);
    },
  };
}
