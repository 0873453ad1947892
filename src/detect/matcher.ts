import { foldUnit, isWordUnit } from './fold';
import { isAcronym } from './lexicon-syntax';

/**
 * A multi-phrase matcher: all phrases compiled once into one Aho–Corasick automaton, run in a
 * single pass over the ORIGINAL text while folding it on the fly, so hits come out with original
 * offsets and no folded copy of the text is ever built.
 *
 * The automaton reads character classes, not characters: the 26 ASCII letters and 10 digits
 * (everything Latin folds to these), one class for any other letter or digit (it never matches a
 * phrase but still counts as part of a word), and one separator class for everything else.
 * Separator states loop on further separators, so a run of spaces and punctuation reads as one
 * and phrases match across any spacing or punctuation. A phrase is compiled between two
 * separators (the text is read as if it had one at each end), which gives whole-word matching;
 * a prefix phrase (`*`) has no closing separator. Offsets are recovered from the original text
 * only for hits, by walking back over the phrase's classes, so the loop itself stores nothing.
 */

const SEP = 0;
const OTHER_WORD = 1;
const CLASSES = 38;
const UNKNOWN = -1;
const DROPPED = 64;
const EXPANSION_BASE = 65;
/** Pattern flags: the last word may continue; capitals only. */
const PREFIX = 1;
const ACRONYM = 2;

function classOfFolded(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 2;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 28;
  if (code < 0x80) return SEP;
  return isWordUnit(code) ? OTHER_WORD : SEP;
}

/** Class of each code unit, or DROPPED, or EXPANSION_BASE + index into `expansions`. */
const unitClass = new Int16Array(0x10000).fill(UNKNOWN);
const expansions: Uint8Array[] = [];

function classify(code: number): number {
  const folded = foldUnit(code);
  if (folded.length === 0) return DROPPED;
  if (folded.length === 1) return classOfFolded(folded.charCodeAt(0));
  expansions.push(Uint8Array.from(folded, (ch) => classOfFolded(ch.charCodeAt(0))));
  return EXPANSION_BASE + expansions.length - 1;
}
for (let c = 0; c < 0x80; c++) unitClass[c] = classify(c);
/** Classes of the ASCII code units, for the loop's fast path. */
const ASCII_CLASS = Uint8Array.from(unitClass.subarray(0, 0x80));

function classOf(code: number): number {
  let cls = unitClass[code]!;
  if (cls === UNKNOWN) {
    cls = classify(code);
    unitClass[code] = cls;
  }
  return cls;
}

/** The classes one code unit reads as (none for a dropped one). */
function classesOf(code: number): ArrayLike<number> {
  const cls = classOf(code);
  if (cls === DROPPED) return [];
  return cls >= EXPANSION_BASE ? expansions[cls - EXPANSION_BASE]! : [cls];
}

/** Where the word running through `from` ends (a prefix phrase is reported as the whole word). */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const classes = classesOf(text.charCodeAt(i));
    if (classes.length > 0 && classes[0] === SEP) break;
    i++;
  }
  return lastRead(text, i) + 1;
}

/**
 * Start of the hit whose last class was read at `last`, `count` classes long (separator runs
 * counting as one, dropped characters as none).
 */
function startOf(text: string, last: number, count: number): number {
  let remaining = count;
  let afterSep = false;
  for (let j = last; j >= 0; j--) {
    const classes = classesOf(text.charCodeAt(j));
    for (let c = classes.length - 1; c >= 0; c--) {
      if (classes[c] === SEP) {
        if (afterSep) continue;
        afterSep = true;
      } else {
        afterSep = false;
      }
      if (--remaining === 0) return j;
    }
  }
  return 0;
}

/** Index of the last character before `at` that is not dropped. */
function lastRead(text: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && classesOf(text.charCodeAt(j)).length === 0) j--;
  return j;
}

/** The class sequence of a phrase, between separators (no closing one for a prefix phrase). */
function compile(phrase: string, prefix: boolean): number[] {
  const seq: number[] = [SEP];
  const push = (c: number) => {
    if (c !== SEP || seq[seq.length - 1] !== SEP) seq.push(c);
  };
  for (let i = 0; i < phrase.length; i++) {
    const cls = classOf(phrase.charCodeAt(i));
    if (cls < CLASSES) push(cls);
    else if (cls !== DROPPED) for (const c of expansions[cls - EXPANSION_BASE]!) push(c);
  }
  while (seq.length > 1 && seq[seq.length - 1] === SEP) seq.pop();
  if (!prefix && seq.length > 1) seq.push(SEP);
  return seq;
}

/** Growable columns of hits: pattern id and original [start, end). */
export class Hits {
  pattern = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  length = 0;

  push(pattern: number, start: number, end: number): void {
    if (this.length === this.pattern.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.pattern = grow(this.pattern);
      this.start = grow(this.start);
      this.end = grow(this.end);
    }
    this.pattern[this.length] = pattern;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
  }
}

export class MatcherBuilder {
  private readonly ids = new Map<string, number>();
  private readonly lengths: number[] = [];
  private readonly flags: number[] = [];
  // The trie, built as phrases come in: per node its class, first child, next sibling, and the
  // first phrase ending there (further ones chained through `nextEnding`).
  private readonly label: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly firstEnding: number[] = [-1];
  private readonly nextEnding: number[] = [];

  /**
   * Adds a phrase (deduplicated) and returns its pattern id, or -1 if it cannot be matched: no
   * word in it, or a letter that does not fold to a–z (such a phrase would match any letter).
   */
  add(phrase: string, prefix = false): number {
    const seq = compile(phrase, prefix);
    if (seq.length < 2 || seq.includes(OTHER_WORD)) return -1;
    const flags = (prefix ? PREFIX : 0) | (isAcronym(phrase) ? ACRONYM : 0);
    const key = String.fromCharCode(flags, ...seq);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.lengths.length;
    this.ids.set(key, id);
    this.lengths.push(seq.length);
    this.flags.push(flags);
    let node = 0;
    for (const cls of seq) node = this.child(node, cls);
    this.nextEnding[id] = this.firstEnding[node]!;
    this.firstEnding[node] = id;
    return id;
  }

  private child(node: number, cls: number): number {
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) if (this.label[c] === cls) return c;
    const c = this.label.length;
    this.label.push(cls);
    this.firstChild.push(-1);
    this.nextSibling.push(this.firstChild[node]!);
    this.firstEnding.push(-1);
    this.firstChild[node] = c;
    return c;
  }

  build(): Matcher {
    const { label, firstChild, nextSibling, firstEnding, nextEnding } = this;
    const trie = {
      label: Int32Array.from(label),
      firstChild: Int32Array.from(firstChild),
      nextSibling: Int32Array.from(nextSibling),
    };
    const nodes = label.length;
    const fail = new Int32Array(nodes);
    const outputLink = new Int32Array(nodes).fill(-1);
    const accepting = new Uint8Array(nodes);
    // Failure links breadth first: a node's fail is the longest proper suffix that is a node.
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let c = firstChild[node]!; c >= 0; c = nextSibling[c]!) {
        let f = fail[node]!;
        let next = -1;
        for (;;) {
          next = childOf(trie, f, label[c]!);
          if (next >= 0 || f === 0) break;
          f = fail[f]!;
        }
        fail[c] = next >= 0 && next !== c ? next : 0;
        queue[tail++] = c;
      }
      // Phrases ending at a shorter suffix end here too.
      const f = fail[node]!;
      outputLink[node] = firstEnding[f]! >= 0 ? f : outputLink[f]!;
      accepting[node] = firstEnding[node]! >= 0 || outputLink[node]! >= 0 ? 1 : 0;
    }

    // A silent twin for each accepting separator state (see `Matcher`).
    const twinOf = new Int32Array(nodes).fill(-1);
    let count = nodes;
    for (let node = 1; node < nodes; node++) if (label[node] === SEP && accepting[node]) twinOf[node] = count++;
    const original = new Int32Array(count - nodes);
    for (let node = 1; node < nodes; node++) if (twinOf[node]! >= 0) original[twinOf[node]! - nodes] = node;

    const outStart = new Int32Array(nodes + 1);
    const outList: number[] = [];
    for (let node = 0; node < nodes; node++) {
      outStart[node] = outList.length;
      for (let n = node; n > 0; n = outputLink[n]!) {
        for (let id = firstEnding[n]!; id >= 0; id = nextEnding[id]!) outList.push(id);
      }
    }
    outStart[nodes] = outList.length;
    return new Matcher({
      trie,
      fail,
      accepting,
      twinOf,
      original,
      outStart,
      outList: Int32Array.from(outList),
      lengths: Int32Array.from(this.lengths),
      flags: Uint8Array.from(this.flags),
    });
  }
}

interface Trie {
  label: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
}

/** The child of `node` on class `cls`, or -1. */
function childOf(trie: Trie, node: number, cls: number): number {
  for (let c = trie.firstChild[node]!; c >= 0; c = trie.nextSibling[c]!) if (trie.label[c] === cls) return c;
  return -1;
}

interface Automaton {
  trie: Trie;
  fail: Int32Array;
  accepting: Uint8Array;
  /** The silent twin of an accepting separator state, or -1. */
  twinOf: Int32Array;
  /** The state each twin (numbered from the trie's size on) stands for. */
  original: Int32Array;
  /** Phrases ending in each trie state (CSR). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length of each phrase in classes, with its separators. */
  lengths: Int32Array;
  flags: Uint8Array;
}

/**
 * The automaton runs as a DFA whose transitions are filled in on first use, so compiling costs
 * only the trie and its failure links. A transition holds the target's row offset (state ×
 * CLASSES, always even), plus one when phrases end there.
 *
 * Separator runs read as one: a state entered on a separator stays there on further separators,
 * through a silent twin when phrases end there, so each hit is reported once.
 */
export class Matcher {
  /** Number of pattern ids. */
  readonly size: number;
  private readonly delta: Int32Array;
  private readonly a: Automaton;
  private readonly initial: number;

  constructor(automaton: Automaton) {
    this.a = automaton;
    this.size = automaton.lengths.length;
    const states = automaton.fail.length + automaton.original.length;
    this.delta = new Int32Array(states * CLASSES).fill(-1);
    this.initial = this.transition(0, SEP) & ~1;
  }

  /** The transition from the state at row offset `row` on `cls`, computed and remembered. */
  private transition(row: number, cls: number): number {
    const known = this.delta[row + cls]!;
    if (known >= 0) return known;
    const { trie, fail, accepting, twinOf, original } = this.a;
    const nodes = fail.length;
    const state = row / CLASSES;
    let target: number;
    if (state >= nodes) {
      target = cls === SEP ? state : (this.transition(original[state - nodes]! * CLASSES, cls) / CLASSES) | 0;
    } else if (cls === SEP && trie.label[state] === SEP) {
      target = twinOf[state]! >= 0 ? twinOf[state]! : state;
    } else {
      const child = childOf(trie, state, cls);
      if (child >= 0) target = child;
      else if (state === 0) target = 0;
      else target = (this.transition(fail[state]! * CLASSES, cls) / CLASSES) | 0;
    }
    const value = target * CLASSES + (target < nodes && accepting[target] ? 1 : 0);
    this.delta[row + cls] = value;
    return value;
  }

  /**
   * Appends every hit in `text` to `hits`. With `stopOn` (a flag per pattern id), stops at the
   * first hit of a flagged pattern and returns true.
   */
  scan(text: string, hits: Hits, stopOn?: Uint8Array): boolean {
    const delta = this.delta;
    const n = text.length;
    let state = this.initial;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 0x80 ? ASCII_CLASS[code]! : classOf(code);
      if (cls < CLASSES) {
        let next = delta[state + cls]!;
        if (next < 0) next = this.transition(state, cls);
        state = next & ~1;
        if (next & 1 && this.emit(text, hits, state, i, stopOn)) return true;
      } else if (cls !== DROPPED) {
        for (const c of expansions[cls - EXPANSION_BASE]!) {
          const next = this.transition(state, c);
          state = next & ~1;
          if (next & 1 && this.emit(text, hits, state, i, stopOn)) return true;
        }
      }
    }
    // The text reads as if a separator followed it.
    const next = this.transition(state, SEP);
    return (next & 1) === 1 && this.emit(text, hits, next & ~1, n, stopOn);
  }

  /** Reports the phrases ending in the state at row offset `row`, entered on the character at `at`. */
  private emit(text: string, hits: Hits, row: number, at: number, stopOn: Uint8Array | undefined): boolean {
    const { outStart, outList, lengths, flags } = this.a;
    const index = row / CLASSES;
    for (let o = outStart[index]!; o < outStart[index + 1]!; o++) {
      const id = outList[o]!;
      const prefix = (flags[id]! & PREFIX) !== 0;
      // A whole-word phrase ends on the separator read at `at`; a prefix phrase on the letter there.
      const last = prefix ? at : lastRead(text, at);
      const start = startOf(text, last, lengths[id]! - (prefix ? 1 : 2));
      const end = prefix ? wordEnd(text, at + 1) : last + 1;
      if (flags[id]! & ACRONYM) {
        const original = text.slice(start, end);
        if (original !== original.toUpperCase()) continue;
      }
      hits.push(id, start, end);
      if (stopOn?.[id]) return true;
    }
    return false;
  }
}
