import type { ColumnValues } from '../columns';
import { invalid, readColumn, readRecord } from '../read';
import { foldUnit, isWordUnit } from '../text/fold';

/**
 * A multi-phrase matcher: all phrases compiled once into one Aho–Corasick automaton (see
 * `matcher-builder.ts`), run in a single pass over the ORIGINAL text while folding it on the fly,
 * so hits come out with original offsets and no folded copy of the text is ever built.
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

export const SEP = 0;
export const OTHER_WORD = 1;
export const CLASSES = 38;
const UNKNOWN = -1;
export const DROPPED = 64;
export const EXPANSION_BASE = 65;

/** The letter or digit each word class stands for: classes 2 to 27 are a to z, 28 to 37 the digits. */
export const CLASS_LETTERS = '\0\0abcdefghijklmnopqrstuvwxyz0123456789';

function classOfFolded(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 2;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 28;
  if (code < 0x80) return SEP;
  return isWordUnit(code) ? OTHER_WORD : SEP;
}

/** Class of each code unit, or DROPPED, or EXPANSION_BASE + index into `expansions`. */
const unitClass = new Int16Array(0x10000).fill(UNKNOWN);
/** The classes of each code unit that reads as several. */
export const expansions: Uint8Array[] = [];

function classify(code: number): number {
  const folded = foldUnit(code);
  if (folded.length === 0) return DROPPED;
  if (folded.length === 1) return classOfFolded(folded.charCodeAt(0));
  expansions.push(Uint8Array.from(folded, (ch) => classOfFolded(ch.charCodeAt(0))));
  return EXPANSION_BASE + expansions.length - 1;
}
for (let c = 0; c < 0x80; c++) unitClass[c] = classify(c);
/** Classes of the ASCII code units, for the matcher's fast path. */
const ASCII_CLASS = Uint8Array.from(unitClass.subarray(0, 0x80));

export function classOf(code: number): number {
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

/** Pattern flags: the last word may continue; capitals only. */
export const PREFIX = 1;
export const ACRONYM = 2;

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

/** The automaton unpacked for running. Trie states are numbered breadth first, root 0. */
interface Automaton {
  /** Per state: the class read to enter it. */
  label: ColumnValues;
  /** The children of state s are the states childStart[s] to childStart[s + 1] - 1. */
  childStart: Int32Array;
  fail: ColumnValues;
  /** One plus the latest added phrase ending in each state itself, or 0; earlier ones in `nextEnding`. */
  firstEnding: Int32Array;
  nextEnding: Int32Array;
  /** Length of each phrase in classes, with its separators. */
  lengths: ColumnValues;
  flags: ColumnValues;
}

/**
 * Unpacks a compiled automaton, checking what the matcher relies on: every index in range, the
 * children of each state numbered after it, and failure links to lower numbers, so that no walk
 * over the automaton can leave it or loop. Everything else is worked out lazily, state by state,
 * as texts reach them: a loaded detector costs one pass over the states.
 */
export function loadMatcher(value: unknown, name: string): Matcher {
  const compiled = readRecord(value, name);
  const label = readColumn(compiled.label, `${name}.label`);
  const nodes = label.length;
  if (nodes === 0) invalid(`${name} has no states`);
  const children = readColumn(compiled.children, `${name}.children`, nodes);
  const fail = readColumn(compiled.fail, `${name}.fail`, nodes);
  const ends = readColumn(compiled.ends, `${name}.ends`);
  const lengths = readColumn(compiled.lengths, `${name}.lengths`, ends.length);
  const flags = readColumn(compiled.flags, `${name}.flags`, ends.length);

  const childStart = new Int32Array(nodes + 1);
  let next = 1;
  for (let s = 0; s < nodes; s++) {
    childStart[s] = next;
    const count = children[s]!;
    if (count !== 0 && next <= s) invalid(`${name}.children is not numbered breadth first`);
    next += count;
    if (next > nodes) invalid(`${name}.children is out of range`);
    if (fail[s]! >= s && s !== 0) invalid(`${name}.fail is out of range`);
  }
  if (next !== nodes) invalid(`${name}.children does not cover every state`);
  if (fail[0] !== 0) invalid(`${name}.fail is out of range`);
  childStart[nodes] = nodes;

  // Added in id order, so each state's chain runs from the latest phrase to the earliest.
  const firstEnding = new Int32Array(nodes);
  const nextEnding = new Int32Array(ends.length);
  for (let id = 0; id < ends.length; id++) {
    const end = ends[id]!;
    if (end === 0 || end >= nodes) invalid(`${name}.ends is out of range`);
    nextEnding[id] = firstEnding[end]!;
    firstEnding[end] = id + 1;
  }
  return new Matcher({ label, childStart, fail, firstEnding, nextEnding, lengths, flags });
}

/**
 * Rows of the transition table a matcher starts with (a typical page reaches a few hundred
 * states, the source article about a thousand); it doubles as texts reach further states.
 */
const INITIAL_ROWS = 1024;

/**
 * The automaton runs as a DFA whose transitions are filled in on first use, in rows given out to
 * states as they are first reached, so loading costs nothing per state or transition. Row k lies
 * at offset (k + 1) × CLASSES (offset 0 stays unused, so 0 marks a transition not yet computed).
 * A transition holds the target's row offset (always even), plus one when phrases end there.
 *
 * Separator runs read as one: a state entered on a separator stays there on further separators,
 * through a silent twin when phrases end there, so each hit is reported once.
 */
export class Matcher {
  /** Number of pattern ids. */
  readonly size: number;
  private readonly a: Automaton;
  private delta: Int32Array;
  private rows = 0;
  /** Per row: the trie state it stands for, or for a state's silent twin its complement (~state). */
  private rowState: Int32Array;
  /** Per trie state: the offset of its row, and of its twin's, or 0 while it has none. */
  private readonly stateRow: Int32Array;
  private readonly twinRow: Int32Array;
  /** Per trie state: one plus its output link (see `outputLink`), or 0 while unknown. */
  private readonly outputLinks: Int32Array;
  private readonly initial: number;

  constructor(automaton: Automaton) {
    this.a = automaton;
    this.size = automaton.lengths.length;
    const nodes = automaton.label.length;
    // A row per state and per twin at most.
    const capacity = Math.min(INITIAL_ROWS, 2 * nodes);
    this.delta = new Int32Array((capacity + 1) * CLASSES);
    this.rowState = new Int32Array(capacity);
    this.stateRow = new Int32Array(nodes);
    this.twinRow = new Int32Array(nodes);
    this.outputLinks = new Int32Array(nodes);
    this.initial = this.transition(this.rowOf(0), SEP) & ~1;
  }

  private rowOf(state: number): number {
    if (this.stateRow[state] === 0) this.stateRow[state] = this.addRow(state);
    return this.stateRow[state]!;
  }

  private twinRowOf(state: number): number {
    if (this.twinRow[state] === 0) this.twinRow[state] = this.addRow(~state);
    return this.twinRow[state]!;
  }

  private addRow(rowState: number): number {
    if (this.rows === this.rowState.length) {
      const grow = (a: Int32Array, length: number) => {
        const b = new Int32Array(length);
        b.set(a);
        return b;
      };
      this.delta = grow(this.delta, (this.rows * 2 + 1) * CLASSES);
      this.rowState = grow(this.rowState, this.rows * 2);
    }
    this.rowState[this.rows] = rowState;
    return ++this.rows * CLASSES;
  }

  /** The nearest state on the failure chain of `state` where phrases end, or 0 (the root) for none. */
  private outputLink(state: number): number {
    const known = this.outputLinks[state]!;
    if (known !== 0) return known - 1;
    const { fail, firstEnding } = this.a;
    let link = fail[state]!;
    while (link !== 0 && firstEnding[link] === 0) {
      const further = this.outputLinks[link]!;
      if (further !== 0) {
        link = further - 1;
        break;
      }
      link = fail[link]!;
    }
    this.outputLinks[state] = link + 1;
    return link;
  }

  /** Whether phrases end in `state`, its own or its suffixes'. */
  private accepting(state: number): boolean {
    return this.a.firstEnding[state] !== 0 || this.outputLink(state) !== 0;
  }

  /** The transition from the row at offset `row` on `cls`, computed and remembered. */
  private transition(row: number, cls: number): number {
    const known = this.delta[row + cls]!;
    if (known !== 0) return known;
    const state = this.rowState[row / CLASSES - 1]!;
    // A twin stays on separators and otherwise moves as the state it stands for.
    let value: number;
    if (state < 0) value = cls === SEP ? row : this.transition(this.rowOf(~state), cls);
    else value = this.step(state, cls);
    this.delta[row + cls] = value;
    return value;
  }

  /**
   * The transition of trie state `state` on `cls`: to its child on `cls`, or else where its
   * failure link goes. Failure links lead to lower numbers, so the walk ends, at the root at the
   * latest.
   */
  private step(state: number, cls: number): number {
    const { label, childStart, fail } = this.a;
    for (let s = state; ; s = fail[s]!) {
      if (s !== state && this.stateRow[s] !== 0) {
        const known = this.delta[this.stateRow[s]! + cls]!;
        if (known !== 0) return known;
      }
      if (cls === SEP && s !== 0 && label[s] === SEP) return this.accepting(s) ? this.twinRowOf(s) : this.rowOf(s);
      for (let c = childStart[s]!; c < childStart[s + 1]!; c++) {
        if (label[c] === cls) return this.rowOf(c) + (this.accepting(c) ? 1 : 0);
      }
      if (s === 0) return this.rowOf(0);
    }
  }

  /**
   * Appends every hit in `text` to `hits`. With `stopOn` (a flag per pattern id), stops at the
   * first hit of a flagged pattern and returns true.
   */
  scan(text: string, hits: Hits, stopOn?: Uint8Array): boolean {
    // Computing a transition may grow the table: `delta` is read again after each.
    let delta = this.delta;
    const n = text.length;
    let state = this.initial;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 0x80 ? ASCII_CLASS[code]! : classOf(code);
      if (cls < CLASSES) {
        let next = delta[state + cls]!;
        if (next === 0) {
          next = this.transition(state, cls);
          delta = this.delta;
        }
        state = next & ~1;
        if (next & 1 && this.emit(text, hits, state, i, stopOn)) return true;
      } else if (cls !== DROPPED) {
        for (const c of expansions[cls - EXPANSION_BASE]!) {
          const next = this.transition(state, c);
          state = next & ~1;
          if (next & 1 && this.emit(text, hits, state, i, stopOn)) return true;
        }
        delta = this.delta;
      }
    }
    // The text reads as if a separator followed it.
    const next = this.transition(state, SEP);
    return (next & 1) === 1 && this.emit(text, hits, next & ~1, n, stopOn);
  }

  /** Reports the phrases ending in the state at row offset `row`, entered on the character at `at`. */
  private emit(text: string, hits: Hits, row: number, at: number, stopOn: Uint8Array | undefined): boolean {
    const { firstEnding, nextEnding, lengths, flags } = this.a;
    // A state's own phrases, then those of its suffixes; output links lead to lower numbers.
    for (let s = this.rowState[row / CLASSES - 1]!; s > 0; s = this.outputLink(s)) {
      for (let id = firstEnding[s]! - 1; id >= 0; id = nextEnding[id]! - 1) {
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
    }
    return false;
  }
}
