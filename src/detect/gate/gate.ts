import { type CompiledGate, GATE_FORMAT, type GateWords } from '../compiled';
import { invalid, readArray, readBoolean, readIndex, readRecord, readString } from '../read';
import {
  CLASS_LETTERS,
  CLASSES,
  classOf,
  DROPPED,
  EXPANSION_BASE,
  expansions,
  OTHER_WORD,
  SEP,
} from '../runtime/matcher';
import { SIDES_REACH } from './gate-reach';

/**
 * The gate: a quick test that a text cannot hold a mention, so that a page with nothing to do
 * never loads the detector at all. A text is about the dispute only through an anchor, a quote,
 * or an issue term with both sides named close by (see `relevance.ts`), and the quote finder
 * looks only where keywords of a quote are close together (see `quotes.ts`). The gate looks for
 * all of these loosely: it may let through a text the detector then finds nothing in, never the
 * other way round.
 *
 * It reads the text once, folded as the matcher folds it (`classOf`), keeping only letters and
 * digits: words run together, so a phrase's window is found whatever stands between its words,
 * blocks run together included. Acronyms are read the same way among the text's capitals alone.
 * Both go through one automaton each (Aho–Corasick, every transition worked out beforehand): no
 * regular expression to compile, a few table look-ups a character.
 */
export interface Gate {
  /** Whether a text (a page's, or a block's) may hold a mention. */
  admits(text: string): boolean;
}

/** The groups of phrases (see `CompiledGate`), by what they can do; and the quotes' keywords. */
const GROUPS = ['alone', 'mx', 'nearMx', 'term', 'us'] as const;
type Kind = (typeof GROUPS)[number] | 'quote' | 'claim';
/** Phrases that count only near a name of the Mexican side. */
type Near = 'nearMx' | 'term' | 'us';

/** The 36 letters and digits the automata read: the matcher's word classes 2 to 37, numbered from 0. */
const LETTERS = CLASSES - 2;
const letterOf = (ch: string) => CLASS_LETTERS.indexOf(ch) - 2;
const SPELLED = { small: /^[a-z0-9]+$/, capitals: /^[A-Z0-9]+$/ };

/** Not a letter or digit: left out of what the automata read. */
const SKIP = 0xff;
/** Reads as several letters (ß, æ): looked up in `expansions`. */
const SEVERAL = 0xfe;
/** A small letter, among capitals: no acronym goes on across it. */
const BREAK = 0xfd;
/** Not worked out yet. */
const UNKNOWN = 0xfc;

/**
 * What each code unit reads as, for the small letters and for the capitals: the letter, or one
 * of the marks above. Worked out as units are first met (most texts use few), where the gate is
 * kept (see `background/gate-service.ts`), and shared by every gate.
 */
const folds = { small: new Uint8Array(0x10000).fill(UNKNOWN), capitals: new Uint8Array(0x10000).fill(UNKNOWN) };

function foldUnit(code: number): void {
  const cls = classOf(code);
  let letter = SKIP;
  if (cls >= EXPANSION_BASE) {
    if (expansions[cls - EXPANSION_BASE]!.some((c) => c > OTHER_WORD && c < CLASSES)) letter = SEVERAL;
  } else if (cls > OTHER_WORD && cls < CLASSES) {
    letter = cls - 2;
  }
  folds.small[code] = letter;
  const ch = String.fromCharCode(code);
  folds.capitals[code] = letter !== SKIP && ch !== ch.toUpperCase() ? BREAK : letter;
}

/** A multi-phrase automaton over the 36 letters, with the phrases that end in each state. */
class Automaton {
  /** Per state and letter, the next state. */
  readonly next: Int32Array;
  /** Per state: -1, or where its phrases (its own and its suffixes') start in `ending`. */
  readonly firstEnding: Int32Array;
  /** Phrase numbers, each state's run ended by -1. */
  readonly ending: Int32Array;
  readonly longest: number;

  constructor(phrases: readonly string[]) {
    const children: number[][] = [[]];
    const own: number[][] = [[]];
    phrases.forEach((phrase, id) => {
      let state = 0;
      for (const ch of phrase) {
        const letter = letterOf(ch);
        let child = children[state]![letter];
        if (child === undefined) {
          child = children.push([]) - 1;
          own.push([]);
          children[state]![letter] = child;
        }
        state = child;
      }
      own[state]!.push(id);
    });
    const states = children.length;
    const next = new Int32Array(states * LETTERS);
    const fail = new Int32Array(states);
    const all: number[][] = own.map((ids) => [...ids]);
    // Breadth first, so that a state's failure is complete before its children need it.
    const queue: number[] = [];
    for (let letter = 0; letter < LETTERS; letter++) {
      const child = children[0]![letter];
      if (child !== undefined) {
        next[letter] = child;
        queue.push(child);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      all[state]!.push(...all[fail[state]!]!);
      for (let letter = 0; letter < LETTERS; letter++) {
        const child = children[state]![letter];
        const onFailure = next[fail[state]! * LETTERS + letter]!;
        if (child === undefined) {
          next[state * LETTERS + letter] = onFailure;
        } else {
          next[state * LETTERS + letter] = child;
          fail[child] = onFailure;
          queue.push(child);
        }
      }
    }
    const firstEnding = new Int32Array(states).fill(-1);
    const ending: number[] = [];
    all.forEach((ids, state) => {
      if (ids.length === 0) return;
      firstEnding[state] = ending.length;
      ending.push(...ids, -1);
    });
    this.next = next;
    this.firstEnding = firstEnding;
    this.ending = Int32Array.from(ending);
    this.longest = phrases.reduce((most, phrase) => Math.max(most, phrase.length), 0);
  }
}

/**
 * A phrase the gate looks for: what it can do, its quote keyword (for 'quote') or claim key (for
 * 'claim'), its length in letters; a claim key is whole words, its last word whole unless `open`.
 */
interface Phrase {
  kind: Kind;
  key: number;
  letters: number;
  open?: boolean;
}

/** What one reading of a text found. */
class Found {
  constructor(readonly text: string) {}

  mx: number[] = [];
  /** Spans [at, end) of the phrases that count only near the Mexican side, by kind. */
  near: Record<Near, number[]> = { nearMx: [], term: [], us: [] };
  quotes = new Map<number, Sighting[]>();
  /** Where each of the claims' keys was seen, in order. */
  claims = new Map<number, Spots>();
}

/** Where a keyword was seen: [at, end). */
interface Sighting {
  id: number;
  at: number;
  end: number;
}

interface PieceNeeds {
  keywords: number[];
  need: number;
  /** Whether the keywords must be seen apart, not overlapping (see `keywordsApart`). */
  apart: boolean;
  reach: number;
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

/** Stretches [from, to) of the text around each run of positions, runs closer than `reach` merged. */
function around(positions: number[], reach: number, length: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const at of [...positions].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && at - reach <= last[1]) last[1] = Math.min(length, at + reach);
    else spans.push([Math.max(0, at - reach), Math.min(length, at + reach)]);
  }
  return spans;
}

/** Where a claim key was seen: starts and ends, in order. */
interface Spots {
  at: number[];
  end: number[];
}

/**
 * Words that may stand between two keys of one term: up to three for a `..`, and the rest of a
 * word that may go on (see `claim-terms.ts`).
 */
const TERM_GAP_WORDS = 4;

/**
 * How many words stand in [from, to) of the text, counted as runs of anything but what parts
 * words (so never more than the claim finder counts); past TERM_GAP_WORDS, it stops counting.
 */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words <= TERM_GAP_WORDS; i++) {
    const parts = classOf(text.charCodeAt(i)) === SEP;
    if (!parts && !inWord) words++;
    inWord = !parts;
  }
  return words;
}

/** Whether the code unit at `i` parts words for the claim finder (or is dropped, which may): not a letter or digit. */
function partsWords(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const cls = classOf(text.charCodeAt(i));
  return cls === SEP || cls === DROPPED;
}

/** Whether [at, end) of the text begins a word and, unless `open`, ends one, as the claim finder reads words. */
const wordsAt = (text: string, at: number, end: number, open: boolean) =>
  partsWords(text, at - 1) && (open || partsWords(text, end));

/** The index of the first of ascending positions at or after `from` (their count if none). */
function firstFrom(spots: number[], from: number): number {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spots[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const within = (spans: number[], from: number, to: number) => {
  for (let i = 0; i < spans.length; i += 2) if (spans[i]! >= from && spans[i + 1]! <= to) return true;
  return false;
};

/** A list of phrases spelled as the gate reads them (see `GateWords`). */
function readSpellings(value: unknown, name: string, form: keyof GateWords): string[] {
  return readArray(value, name).map((phrase, i) => {
    const spelled = readString(phrase, `${name}[${i}]`);
    if (!SPELLED[form].test(spelled)) invalid(`${name}[${i}] is not spelled in ${form}`);
    return spelled;
  });
}

function readWords(value: unknown, name: string): GateWords {
  const data = readRecord(value, name);
  return {
    small: readSpellings(data.small, `${name}.small`, 'small'),
    capitals: readSpellings(data.capitals, `${name}.capitals`, 'capitals'),
  };
}

function readPieces(value: unknown, keys: number): PieceNeeds[] {
  return readArray(value, 'gate.quotes.pieces').map((piece, i) => {
    const name = `gate.quotes.pieces[${i}]`;
    const record = readRecord(piece, name);
    return {
      keywords: readArray(record.keywords, `${name}.keywords`).map((k, j) =>
        readIndex(k, keys, `${name}.keywords[${j}]`),
      ),
      need: readIndex(record.need, Number.MAX_SAFE_INTEGER, `${name}.need`),
      apart: readBoolean(record.apart, `${name}.apart`),
      reach: readIndex(record.reach, Number.MAX_SAFE_INTEGER, `${name}.reach`),
    };
  });
}

/** What the checked claims ask of a text (see `compile-claim-gate.ts`), keys by number. */
interface ClaimNeeds {
  /** Per wording, per slot, per term, the keys that all stand in the text where the term does. */
  forms: number[][][][];
  copies: { keywords: number[]; need: number }[];
  reach: number;
}

function readKeyLists(value: unknown, keys: number, name: string): number[] {
  return readArray(value, name).map((k, i) => readIndex(k, keys, `${name}[${i}]`));
}

function readClaimNeeds(value: unknown, keys: number): ClaimNeeds {
  const claims = readRecord(value, 'gate.claims');
  return {
    forms: readArray(claims.forms, 'gate.claims.forms').map((form, f) =>
      readArray(form, `gate.claims.forms[${f}]`).map((slot, s) =>
        readArray(slot, `gate.claims.forms[${f}][${s}]`).map((term, t) =>
          readKeyLists(term, keys, `gate.claims.forms[${f}][${s}][${t}]`),
        ),
      ),
    ),
    copies: readArray(claims.copies, 'gate.claims.copies').map((copy, i) => {
      const record = readRecord(copy, `gate.claims.copies[${i}]`);
      return {
        keywords: readKeyLists(record.keywords, keys, `gate.claims.copies[${i}].keywords`),
        need: readIndex(record.need, Number.MAX_SAFE_INTEGER, `gate.claims.copies[${i}].need`),
      };
    }),
    reach: readIndex(claims.reach, Number.MAX_SAFE_INTEGER, 'gate.claims.reach'),
  };
}

/** A working gate from its compiled form (see `compileGate`); a damaged one is refused. */
export function loadGate(compiled: CompiledGate): Gate {
  const data = readRecord(compiled, 'the gate');
  if (data.format !== GATE_FORMAT) invalid(`gate format ${String(data.format)} instead of ${GATE_FORMAT}`);
  const quotes = readRecord(data.quotes, 'gate.quotes');
  const keys = readSpellings(quotes.keys, 'gate.quotes.keys', 'small');
  const pieces = readPieces(quotes.pieces, keys.length);
  const claimKeys = readSpellings(readRecord(data.claims, 'gate.claims').keys, 'gate.claims.keys', 'small');
  const claims = readClaimNeeds(data.claims, claimKeys.length);
  const open = new Set(readKeyLists(readRecord(data.claims, 'gate.claims').open, claimKeys.length, 'gate.claims.open'));

  const phrases = { small: [] as Phrase[], capitals: [] as Phrase[] };
  const spellings = { small: [] as string[], capitals: [] as string[] };
  const add = (form: 'small' | 'capitals', spelled: string, kind: Kind, key = -1) => {
    spellings[form].push(spelled);
    phrases[form].push({ kind, key, letters: spelled.length, ...(kind === 'claim' && { open: open.has(key) }) });
  };
  for (const group of GROUPS) {
    const words = readWords(data[group], `gate.${group}`);
    for (const spelled of words.small) add('small', spelled, group);
    for (const spelled of words.capitals) add('capitals', spelled.toLowerCase(), group);
  }
  for (const [key, spelled] of keys.entries()) add('small', spelled, 'quote', key);
  for (const [key, spelled] of claimKeys.entries()) add('small', spelled, 'claim', key);
  return new LoadedGate(
    { automaton: new Automaton(spellings.small), phrases: phrases.small },
    { automaton: new Automaton(spellings.capitals), phrases: phrases.capitals },
    pieces,
    claims,
  );
}

interface Reading {
  automaton: Automaton;
  phrases: Phrase[];
}

class LoadedGate implements Gate {
  /** Where the latest letters read stand in the text, for the starts of the phrases found. */
  private readonly recent: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly small: Reading,
    private readonly capitals: Reading,
    private readonly pieces: PieceNeeds[],
    private readonly claims: ClaimNeeds,
  ) {
    const longest = Math.max(small.automaton.longest, capitals.automaton.longest, 1);
    this.mask = 2 ** Math.ceil(Math.log2(longest + 1)) - 1;
    this.recent = new Int32Array(this.mask + 1);
  }

  admits(text: string): boolean {
    const found = new Found(text);
    if (this.read(text, this.small, folds.small, found) || this.read(text, this.capitals, folds.capitals, found)) {
      return true;
    }
    return this.nearTheMexicanSide(found, text.length) || this.quoted(found) || this.claimed(found);
  }

  /**
   * Reads the text through one automaton, noting what it finds; true as soon as an anchor is
   * found, which settles it.
   */
  private read(text: string, reading: Reading, fold: Uint8Array, found: Found): boolean {
    const { next, firstEnding } = reading.automaton;
    const { recent, mask } = this;
    let state = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let letter = fold[code]!;
      if (letter === UNKNOWN) {
        foldUnit(code);
        letter = fold[code]!;
      }
      if (letter < LETTERS) {
        state = next[state * LETTERS + letter]!;
        recent[count++ & mask] = i;
        if (firstEnding[state]! >= 0 && this.ended(reading, state, count, i, found)) return true;
      } else if (letter === BREAK) {
        state = 0;
      } else if (letter === SEVERAL) {
        for (const cls of expansions[classOf(code) - EXPANSION_BASE]!) {
          if (cls <= OTHER_WORD || cls >= CLASSES) continue;
          state = next[state * LETTERS + cls - 2]!;
          recent[count++ & mask] = i;
          if (firstEnding[state]! >= 0 && this.ended(reading, state, count, i, found)) return true;
        }
      }
    }
    return false;
  }

  /** Notes the phrases that end in `state`, on the letter at `at`, the `count`th read; true if one settles the text. */
  private ended({ automaton, phrases }: Reading, state: number, count: number, at: number, found: Found): boolean {
    const { firstEnding, ending } = automaton;
    for (let e = firstEnding[state]!; ending[e]! >= 0; e++) {
      const phrase = phrases[ending[e]!]!;
      if (this.note(phrase, this.recent[(count - phrase.letters) & this.mask]!, at + 1, found)) return true;
    }
    return false;
  }

  /** Notes a phrase found at [at, end); true if it settles the text. */
  private note(phrase: Phrase, at: number, end: number, found: Found): boolean {
    switch (phrase.kind) {
      case 'alone':
        return true;
      case 'mx':
        found.mx.push(at);
        return false;
      case 'claim': {
        if (!wordsAt(found.text, at, end, phrase.open === true)) return false;
        const spots = found.claims.get(phrase.key);
        if (spots) {
          spots.at.push(at);
          spots.end.push(end);
        } else found.claims.set(phrase.key, { at: [at], end: [end] });
        return false;
      }
      case 'quote': {
        const list = found.quotes.get(phrase.key) ?? [];
        list.push({ id: phrase.key, at, end });
        found.quotes.set(phrase.key, list);
        return false;
      }
      default:
        found.near[phrase.kind].push(at, end);
        return false;
    }
  }

  /** Whether, near a name of the Mexican side, an anchor naming it is, or an issue term and a US name. */
  private nearTheMexicanSide({ mx, near }: Found, length: number): boolean {
    for (const [from, to] of around(mx, SIDES_REACH, length)) {
      if (within(near.nearMx, from, to)) return true;
      if (within(near.term, from, to) && within(near.us, from, to)) return true;
    }
    return false;
  }

  /**
   * Whether, within a stretch as long as a sentence may be, every slot of some wording of a claim
   * is filled (the keys of one of its terms seen in order, as close as the term allows), or
   * enough words of a copy are there.
   */
  private claimed({ claims: seen, text }: Found): boolean {
    if (seen.size === 0) return false;
    const { forms, copies, reach } = this.claims;
    const termSeen = (term: number[]) => term.every((key) => seen.has(key));
    const count = (key: number) => seen.get(key)?.at.length ?? 0;
    /** Whether the term's keys follow one another from the `i`th sighting of its `r`th key on. */
    const follows = (term: number[], r: number, i: number, to: number): boolean => {
      if (r === term.length - 1) return true;
      const end = seen.get(term[r]!)!.end[i]!;
      const next = seen.get(term[r + 1]!);
      if (!next) return false;
      for (let j = firstFrom(next.at, end); j < next.at.length && next.at[j]! <= to; j++) {
        if (wordsBetween(text, end, next.at[j]!) > TERM_GAP_WORDS) return false;
        if (follows(term, r + 1, j, to)) return true;
      }
      return false;
    };
    const termNear = (term: number[], from: number, to: number) => {
      const first = seen.get(term[0]!);
      if (!first) return false;
      for (let i = firstFrom(first.at, from); i < first.at.length && first.at[i]! <= to; i++)
        if (follows(term, 0, i, to)) return true;
      return false;
    };
    for (const slots of forms) {
      if (!slots.every((terms) => terms.some(termSeen))) continue;
      if (slots.length === 0) return true;
      // Each place a sentence that fills the wording would be: it holds a sighting of the rarest
      // key of a term of the slot seen least, and lies within `reach` of it.
      const rarest = (term: number[]) => term.reduce((a, b) => (count(b) < count(a) ? b : a));
      const spotsOf = (terms: number[][]) => terms.filter(termSeen).flatMap((term) => seen.get(rarest(term))!.at);
      const fewest = slots.map(spotsOf).reduce((a, b) => (b.length < a.length ? b : a));
      const filled = (at: number) =>
        slots.every((terms) => terms.some((term) => termNear(term, at - reach, at + reach)));
      if (fewest.some(filled)) return true;
    }
    return copies.some(({ keywords, need }) => {
      if (need === 0) return true;
      const present = keywords.filter((key) => seen.has(key));
      if (present.length < need) return false;
      const enoughNear = (at: number) =>
        present.filter((key) => termNear([key], at - reach, at + reach)).length >= need;
      return present.some((key) => seen.get(key)!.at.some(enoughNear));
    });
  }

  /** Whether some piece of a quote has enough of its keywords close together. */
  private quoted({ quotes }: Found): boolean {
    return quotes.size > 0 && this.pieces.some((piece) => enough(piece, quotes));
  }
}
