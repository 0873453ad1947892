import { FREQUENT_WORDS } from './common-words';
import type { CompiledDetector, CompiledGate, GatePattern } from './compiled';
import { GATE_FORMAT } from './compiled';
import type { Role } from './lexicon';
import { ACRONYM, CLASSES, classOf, DROPPED, EXPANSION_BASE, expansions, OTHER_WORD, SEP } from './matcher';
import { pieceNeeds } from './quotes';
import { readColumn, readString } from './read';

/**
 * The gate (see `gate.ts`) worked out from a compiled detector, so that it always agrees with the
 * matcher it stands in front of. Each phrase of the matcher gives the gate a window of a few of
 * its words, in a regular expression spelled for text folded the way the matcher folds it;
 * wherever the phrase is, its window is too. Between words a window takes any run of
 * non-letters, or none: the gate reads the page's text without the separators the detector puts
 * between blocks. Phrases go into groups by what they can do: anchors open the gate alone (those
 * that name Mexico are looked for only near where Mexico is named), issue terms only with both
 * sides named close by, and the quotes' keywords only as many together as the quote finder needs.
 */

/** A phrase as classes, SEP between words. */
type Phrase = number[];

/** A phrase, and whether the matcher takes it in capitals only (an acronym: "US", "SRE"). */
interface Pattern {
  phrase: Phrase;
  capitals: boolean;
}

const isWordClass = (cls: number) => cls > OTHER_WORD && cls < CLASSES;

/** Per pattern of the automaton, its phrase, read back from the trie (children are numbered after their parent). */
function automatonPatterns(compiled: CompiledDetector): Pattern[] {
  const automaton = compiled.automaton;
  const label = readColumn(automaton.label, 'automaton.label');
  const children = readColumn(automaton.children, 'automaton.children', label.length);
  const ends = readColumn(automaton.ends, 'automaton.ends');
  const flags = readColumn(automaton.flags, 'automaton.flags', ends.length);
  const parent = new Int32Array(label.length);
  let next = 1;
  for (let s = 0; s < label.length; s++) for (let c = 0; c < children[s]!; c++) parent[next++] = s;
  return Array.from(ends, (end, p) => {
    const phrase: Phrase = [];
    for (let s = end; s !== 0; s = parent[s]!) phrase.push(label[s]!);
    phrase.reverse();
    while (phrase[0] === SEP) phrase.shift();
    while (phrase[phrase.length - 1] === SEP) phrase.pop();
    return { phrase, capitals: (flags[p]! & ACRONYM) !== 0 };
  });
}

/** The character each word class stands for (classes 2 to 27 are a to z, 28 to 37 the digits). */
const LETTERS = '\0\0abcdefghijklmnopqrstuvwxyz0123456789';

const wordsOf = (phrase: Phrase): Phrase[] =>
  phrase.reduce<Phrase[]>(
    (words, cls) => {
      if (cls === SEP) words.push([]);
      else words[words.length - 1]!.push(cls);
      return words;
    },
    [[]],
  );
const spell = (word: Phrase) => String.fromCharCode(...word.map((cls) => LETTERS.charCodeAt(cls)));

/** How rare a word is likely to be on pages at large: everyday and very short words least, names of a side little. */
function rarity(word: Phrase, sideWords: ReadonlySet<string>): number {
  const spelled = spell(word);
  if (word.length <= 2 || FREQUENT_WORDS.has(spelled)) return 0;
  return sideWords.has(spelled) ? 1 : word.length;
}

/** Words in a window: more would make the expressions grow fast for little. */
const WINDOW_WORDS = 3;

/**
 * The run of at most WINDOW_WORDS words of a phrase the gate looks for: the one with the most
 * letters in words that are neither everyday words nor names of a side (those are on many
 * pages), the most letters in all as a tie-break.
 */
function windowOf(phrase: Phrase, sideWords: ReadonlySet<string>): Phrase {
  const words = wordsOf(phrase);
  const weight = (word: Phrase) => rarity(word, sideWords);
  let best: Phrase[] = [];
  let bestScore = [-1, -1];
  for (let i = 0; i < words.length; i++) {
    const run = words.slice(i, i + WINDOW_WORDS);
    const score = [run.reduce((sum, w) => sum + weight(w), 0), run.reduce((sum, w) => sum + w.length, 0)];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = run;
      bestScore = score;
    }
  }
  return best.flatMap((w, k) => (k === 0 ? w : [SEP, ...w]));
}

type Group = 'alone' | 'term' | 'mx' | 'us';

/** Which groups a pattern's roles put its phrase in (a side cue may name both sides). */
function groupsOf(roles: readonly Role[]): Group[] {
  const groups = new Set<Group>();
  for (const role of roles) {
    if (role.kind === 'anchor') groups.add('alone');
    else if (role.kind === 'term' && !role.weak) groups.add('term');
    else if (role.kind === 'cue') {
      if (role.mx) groups.add('mx');
      if (role.us) groups.add('us');
    }
  }
  return [...groups];
}

/**
 * The gate reads text in small letters with Latin-1's accents taken off (see `gate.ts`: á is a,
 * ñ is n), which covers Spanish and English, so its expressions are spelled in plain a to z;
 * acronyms it reads in the text as it is, in capitals that spell out Latin-1's accented ones.
 * Letters beyond Latin-1 that fold to a to z (ł, ğ, ế …) would make every letter a class and the
 * expressions slow, so text holding one always passes instead.
 */
const SPELLED_OUT = 0x100;

/**
 * The characters the matcher drops that can sit inside a Latin word: soft hyphen, combining
 * accents, zero-width and bidi controls, variation selectors, byte-order mark. Marks of other
 * scripts are dropped too, but never stand inside a Latin word.
 */
const JOINER_BLOCKS: [number, number][] = [
  [0x0000, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x2000, 0x206f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe2f],
  [0xfeff, 0xfeff],
  [0xfff0, 0xffff],
];

interface Classes {
  /** Per class, the inside of a regular expression's `[...]` for its capitals. */
  capitals: string[];
  /** Units that read as several letters, or as one letter beyond SPELLED_OUT. */
  exotic: string;
  /** Units the matcher drops inside a Latin word (see JOINER_BLOCKS). */
  joiners: string;
  /** Units that read as one letter or digit. */
  word: string;
}

function classRanges(): Classes {
  const capitals: number[][] = Array.from({ length: CLASSES }, () => []);
  const exotic: number[] = [];
  const joiners: number[] = [];
  const word: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const cls = classOf(code);
    if (cls === DROPPED) {
      if (JOINER_BLOCKS.some(([from, to]) => code >= from && code <= to)) joiners.push(code);
    } else if (cls >= EXPANSION_BASE) {
      if (expansions[cls - EXPANSION_BASE]!.some(isWordClass)) exotic.push(code);
    } else if (isWordClass(cls)) {
      word.push(code);
      const ch = String.fromCharCode(code);
      if (code >= SPELLED_OUT) exotic.push(code);
      else if (ch.toUpperCase() === ch) capitals[cls]!.push(code);
    }
  }
  return {
    capitals: capitals.map(toClassBody),
    exotic: toClassBody(exotic),
    joiners: toClassBody(joiners),
    word: toClassBody(word),
  };
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** Letters and digits as they are (Latin-1's too: shorter), anything else escaped. */
const unit = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
    ? String.fromCharCode(code)
    : hex(code);

/** Sorted code units as the inside of `[...]`, runs written as ranges. */
function toClassBody(codes: readonly number[]): string {
  let body = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    body +=
      j - i >= 2
        ? `${unit(codes[i]!)}-${unit(codes[j]!)}`
        : codes
            .slice(i, j + 1)
            .map(unit)
            .join('');
    i = j + 1;
  }
  return body;
}

const keyOf = (phrase: Phrase) => String.fromCharCode(...phrase);

/** Drops phrases that contain another: wherever they match, the shorter one does too. */
function minimal(phrases: Phrase[]): Phrase[] {
  const keys = [...new Set(phrases.map(keyOf))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const key of keys) if (!kept.some((k) => key.includes(k))) kept.push(key);
  return kept.map((key) => Array.from(key, (ch) => ch.charCodeAt(0)));
}

/**
 * The phrases as one alternation, factored by common prefixes so that the engine branches once
 * per letter; `capitals` spells them in capitals (for the text as it is) rather than small.
 */
function alternation(phrases: Phrase[], classes: Classes, capitals = false): string {
  interface Node {
    end: boolean;
    next: Map<number, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const cls of phrase) {
      let child = node.next.get(cls);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(cls, child);
      }
      node = child;
    }
    node.end = true;
  }
  // Anything but letters and digits (in the case looked at), the quickest class to test; more
  // than the matcher lets stand between two words (accented letters too), which only lets more through.
  const between = capitals ? '[^A-Z0-9]*' : '[^a-z0-9]*';
  const letter = (cls: number) => {
    if (!capitals) return LETTERS[cls]!;
    const body = classes.capitals[cls]!;
    return body.length === 1 ? body : `[${body}]`;
  };
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([cls, child]) => (cls === SEP ? between : letter(cls)) + emit(child));
    if (branches.length === 0) return '';
    const choice = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
    // Where a phrase ends and a longer one goes on, the longer is tried first.
    return node.end ? `${choice}?` : choice;
  };
  return phrases.length === 0 ? '(?!)' : emit(root);
}

/** A group's windows: those of ordinary phrases in small letters, those of acronyms in capitals. */
function groupPattern(patterns: Pattern[], classes: Classes): GatePattern {
  const of = (capitals: boolean) => minimal(patterns.filter((p) => p.capitals === capitals).map((p) => p.phrase));
  return { small: alternation(of(false), classes), capitals: alternation(of(true), classes, true) };
}

/**
 * How far apart two keywords of a piece may be for the gate, against the quote finder's own
 * reach: the page's text as the gate reads it may hold more between them than the detector's.
 */
const QUOTE_REACH_FACTOR = 2;

/**
 * The quote finder looks for a piece of a quote only where enough of its keywords (two, or one
 * for a piece with only one) are found close together: per piece, its keywords, how many, and
 * how close. Keywords are told apart by their letters.
 */
function quoteGate(compiled: CompiledDetector, patterns: Pattern[], classes: Classes): CompiledGate['quotes'] {
  const quotes = compiled.quotes;
  const pattern = readColumn(quotes.keywordPattern, 'quotes.keywordPattern');
  const piece = readColumn(quotes.keywordPiece, 'quotes.keywordPiece', pattern.length);
  const number = readColumn(quotes.keywordNumber, 'quotes.keywordNumber', pattern.length);
  const wording = readColumn(quotes.pieceWording, 'quotes.pieceWording');
  const from = readColumn(quotes.pieceFrom, 'quotes.pieceFrom', wording.length);
  const to = readColumn(quotes.pieceTo, 'quotes.pieceTo', wording.length);
  const counts = readColumn(quotes.pieceKeywords, 'quotes.pieceKeywords', wording.length);
  const words = quotes.wordings.map((w, i) => readString(w.words, `quotes.wordings[${i}].words`).split(' '));

  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const used: Phrase[] = [];
  // Per piece, per key, the keyword numbers it stands for: two keywords with the same letters
  // are one key to the gate, and one sighting of it counts for both.
  const byPiece = new Map<number, Map<number, Set<number>>>();
  pattern.forEach((p, k) => {
    const phrase = patterns[p]?.phrase;
    if (!phrase?.length) return;
    const key = spell(phrase.filter((cls) => cls !== SEP));
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.push(key) - 1;
      keyIds.set(key, id);
      used.push(phrase);
    }
    const ids = byPiece.get(piece[k]!) ?? new Map<number, Set<number>>();
    ids.set(id, (ids.get(id) ?? new Set<number>()).add(number[k]!));
    byPiece.set(piece[k]!, ids);
  });
  return {
    // Every keyword must be seen, so none is dropped for containing another.
    keywords: alternation(used, classes),
    keys,
    pieces: [...byPiece].map(([index, ids]) => {
      const text = (words[wording[index]!] ?? []).slice(from[index], to[index]).join(' ');
      const { need, apart, reach } = pieceNeeds(counts[index]!, text.length);
      const oneIsEnough = !apart && [...ids.values()].some((numbers) => numbers.size >= need);
      return { keywords: [...ids.keys()], need: oneIsEnough ? 1 : need, apart, reach: reach * QUOTE_REACH_FACTOR };
    }),
  };
}

export function compileGate(compiled: CompiledDetector): CompiledGate {
  const patterns = automatonPatterns(compiled);
  const roleSets = compiled.lexicon.roleSets;
  const patternRoles = readColumn(compiled.lexicon.patternRoles, 'lexicon.patternRoles', patterns.length);
  const groupsByPattern = patterns.map((_, p) => {
    const set = patternRoles[p]!;
    return set === 0 ? [] : groupsOf(roleSets[set - 1] ?? []);
  });
  // The words that name a side, which windows avoid (see `windowOf`), and the Mexican side's
  // one-word names, near which the gate looks for the anchors that hold one.
  const sideWords = new Set<string>();
  const mxNames = new Set<string>();
  patterns.forEach(({ phrase, capitals }, p) => {
    const groups = groupsByPattern[p]!;
    if (!groups.some((g) => g === 'mx' || g === 'us')) return;
    const words = wordsOf(phrase);
    for (const w of words) sideWords.add(spell(w));
    if (groups.includes('mx') && words.length === 1 && !capitals) mxNames.add(spell(words[0]!));
  });
  const byGroup: Record<Group | 'nearMx', Pattern[]> = { alone: [], nearMx: [], term: [], mx: [], us: [] };
  patterns.forEach(({ phrase, capitals }, p) => {
    if (phrase.length === 0) return;
    const window = { phrase: windowOf(phrase, sideWords), capitals };
    for (const group of groupsByPattern[p]!) {
      // An anchor holding a name of the Mexican side is looked for only where that name is.
      const namesMexico = group === 'alone' && wordsOf(phrase).some((w) => mxNames.has(spell(w)));
      byGroup[namesMexico ? 'nearMx' : group].push(window);
    }
  });

  const classes = classRanges();
  return {
    format: GATE_FORMAT,
    alone: groupPattern(byGroup.alone, classes),
    mx: groupPattern(byGroup.mx, classes),
    nearMx: groupPattern(byGroup.nearMx, classes),
    term: groupPattern(byGroup.term, classes),
    us: groupPattern(byGroup.us, classes),
    // A phrase can also hide behind a dropped character between two letters (a soft hyphen, a
    // combining accent), or in an exotic letter: such text always passes.
    hidden: { exotic: classes.exotic, joiners: classes.joiners, word: classes.word },
    quotes: quoteGate(compiled, patterns, classes),
  };
}
