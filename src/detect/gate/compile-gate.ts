import type { ClaimData } from '../claims/types';
import { FREQUENT_WORDS } from '../compile/common-words';
import type { CompiledDetector, CompiledGate, GateWords, Role } from '../compiled';
import { GATE_FORMAT } from '../compiled';
import { readColumn, readString } from '../read';
import { ACRONYM, CLASS_LETTERS, SEP } from '../runtime/matcher';
import { pieceNeeds } from '../runtime/quotes';
import { compileClaimGate } from './compile-claim-gate';

/**
 * The gate (see `gate.ts`) worked out from a compiled detector, so that it always agrees with the
 * matcher it stands in front of. Each phrase of the matcher gives the gate a window of a few of
 * its words, spelled as the matcher folds them, run together: wherever the phrase is, its window
 * is too, whatever stands between the words (the gate reads the page's text without the
 * separators the detector puts between blocks). Phrases go into groups by what they can do:
 * anchors open the gate alone (those that name Mexico are looked for only near where Mexico is
 * named), issue terms only with both sides named close by, and the quotes' keywords only as many
 * together as the quote finder needs.
 */

/** A phrase as classes, SEP between words. */
type Phrase = number[];

/** A phrase, and whether the matcher takes it in capitals only (an acronym: "US", "SRE"). */
interface Pattern {
  phrase: Phrase;
  capitals: boolean;
}

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

const wordsOf = (phrase: Phrase): Phrase[] =>
  phrase.reduce<Phrase[]>(
    (words, cls) => {
      if (cls === SEP) words.push([]);
      else words[words.length - 1]!.push(cls);
      return words;
    },
    [[]],
  );
const spell = (word: Phrase) => String.fromCharCode(...word.map((cls) => CLASS_LETTERS.charCodeAt(cls)));

/** How rare a word is likely to be on pages at large: everyday and very short words least, names of a side little. */
function rarity(word: Phrase, sideWords: ReadonlySet<string>): number {
  const spelled = spell(word);
  if (word.length <= 2 || FREQUENT_WORDS.has(spelled)) return 0;
  return sideWords.has(spelled) ? 1 : word.length;
}

/** Words in a window: more would make the gate's automaton larger for few more pages turned away. */
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

/** A window's letters run together, as the gate reads them. */
const runTogether = (phrase: Phrase) => spell(phrase.filter((cls) => cls !== SEP));

/** Drops windows that hold another: wherever they are found, the shorter one is too. */
function minimal(spellings: string[]): string[] {
  const sorted = [...new Set(spellings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const spelled of sorted) if (!kept.some((k) => spelled.includes(k))) kept.push(spelled);
  return kept;
}

/** A group's windows: those of ordinary phrases, and apart those of acronyms, in capitals. */
function groupWords(patterns: Pattern[]): GateWords {
  const of = (capitals: boolean) =>
    minimal(patterns.filter((p) => p.capitals === capitals).map((p) => runTogether(p.phrase)));
  return { small: of(false), capitals: of(true).map((spelled) => spelled.toUpperCase()) };
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
function quoteGate(compiled: CompiledDetector, patterns: Pattern[]): CompiledGate['quotes'] {
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
  // Per piece, per key, the keyword numbers it stands for: two keywords with the same letters
  // are one key to the gate, and one sighting of it counts for both.
  const byPiece = new Map<number, Map<number, Set<number>>>();
  pattern.forEach((p, k) => {
    const phrase = patterns[p]?.phrase;
    if (!phrase?.length) return;
    const key = runTogether(phrase);
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.push(key) - 1;
      keyIds.set(key, id);
    }
    const ids = byPiece.get(piece[k]!) ?? new Map<number, Set<number>>();
    ids.set(id, (ids.get(id) ?? new Set<number>()).add(number[k]!));
    byPiece.set(piece[k]!, ids);
  });
  return {
    // Every keyword must be seen, so none is dropped for containing another.
    keys,
    pieces: [...byPiece].map(([index, ids]) => {
      const text = (words[wording[index]!] ?? []).slice(from[index], to[index]).join(' ');
      const { need, apart, reach } = pieceNeeds(counts[index]!, text.length);
      const oneIsEnough = !apart && [...ids.values()].some((numbers) => numbers.size >= need);
      return { keywords: [...ids.keys()], need: oneIsEnough ? 1 : need, apart, reach: reach * QUOTE_REACH_FACTOR };
    }),
  };
}

/** The gate in front of a compiled detector and the claim finder of the same packs. */
export function compileGate(compiled: CompiledDetector, claims: ClaimData): CompiledGate {
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

  return {
    format: GATE_FORMAT,
    alone: groupWords(byGroup.alone),
    mx: groupWords(byGroup.mx),
    nearMx: groupWords(byGroup.nearMx),
    term: groupWords(byGroup.term),
    us: groupWords(byGroup.us),
    quotes: quoteGate(compiled, patterns),
    claims: compileClaimGate(claims),
  };
}
