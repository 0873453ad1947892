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
  return i;
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
  for (let i = 0; i < phrase.length; i++) {
    const classes = classesOf(phrase.charCodeAt(i));
    for (let k = 0; k < classes.length; k++) {
      const c = classes[k]!;
      if (c === SEP && seq[seq.length - 1] === SEP) continue;
      seq.push(c);
    }
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
    const key = `${flags}:${seq.join(',')}`;
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
    const nodes = label.length;
    let delta = new Int32Array(nodes * CLASSES);
    const fail = new Int32Array(nodes);
    const outputLink = new Int32Array(nodes).fill(-1);
    let accepting = new Uint8Array(nodes);

    // Failure links folded into a full transition table, breadth first.
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) {
      delta[label[c]!] = c;
      queue[tail++] = c;
    }
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      const f = fail[node]!;
      delta.copyWithin(node * CLASSES, f * CLASSES, f * CLASSES + CLASSES);
      for (let c = firstChild[node]!; c >= 0; c = nextSibling[c]!) {
        fail[c] = delta[f * CLASSES + label[c]!]!;
        delta[node * CLASSES + label[c]!] = c;
        queue[tail++] = c;
      }
      // Phrases ending at a shorter suffix end here too.
      outputLink[node] = firstEnding[f]! >= 0 ? f : outputLink[f]!;
      accepting[node] = firstEnding[node]! >= 0 || outputLink[node]! >= 0 ? 1 : 0;
    }

    // Separator runs read as one: a state entered on a separator stays on further separators,
    // through a silent twin when phrases end there, so a hit is reported once.
    let twins = 0;
    for (let node = 1; node < nodes; node++) if (label[node] === SEP && accepting[node]) twins++;
    const grown = new Int32Array((nodes + twins) * CLASSES);
    grown.set(delta);
    delta = grown;
    const grownAccepting = new Uint8Array(nodes + twins);
    grownAccepting.set(accepting);
    accepting = grownAccepting;
    let count = nodes;
    for (let node = 1; node < nodes; node++) {
      if (label[node] !== SEP) continue;
      if (!accepting[node]) {
        delta[node * CLASSES + SEP] = node;
        continue;
      }
      const twin = count++;
      delta.copyWithin(twin * CLASSES, node * CLASSES, node * CLASSES + CLASSES);
      delta[node * CLASSES + SEP] = twin;
      delta[twin * CLASSES + SEP] = twin;
    }

    // Number the accepting states last, so the loop tells them with one comparison; store row
    // offsets (state × CLASSES) so the loop needs no multiplication.
    const position = new Int32Array(count);
    let next = 0;
    for (let s = 0; s < count; s++) if (!accepting[s]) position[s] = next++;
    const firstAccepting = next;
    for (let s = 0; s < count; s++) if (accepting[s]) position[s] = next++;
    const table = new Int32Array(count * CLASSES);
    for (let s = 0; s < count; s++) {
      const from = s * CLASSES;
      const to = position[s]! * CLASSES;
      for (let cls = 0; cls < CLASSES; cls++) table[to + cls] = position[delta[from + cls]!]! * CLASSES;
    }
    const outStart = new Int32Array(count - firstAccepting + 1);
    const outList: number[] = [];
    const byPosition = new Int32Array(count);
    for (let s = 0; s < count; s++) byPosition[position[s]!] = s;
    for (let p = firstAccepting; p < count; p++) {
      outStart[p - firstAccepting] = outList.length;
      for (let node = byPosition[p]!; node >= 0; node = node > 0 ? outputLink[node]! : -1) {
        for (let id = firstEnding[node]!; id >= 0; id = nextEnding[id]!) outList.push(id);
      }
    }
    outStart[count - firstAccepting] = outList.length;
    return new Matcher({
      delta: table,
      acceptFrom: firstAccepting * CLASSES,
      outStart,
      outList: Int32Array.from(outList),
      lengths: Int32Array.from(this.lengths),
      flags: Uint8Array.from(this.flags),
      initial: position[delta[SEP]!]! * CLASSES,
    });
  }
}

interface Automaton {
  /** Transitions, indexed by row offset (state × CLASSES) + class, holding row offsets. */
  delta: Int32Array;
  /** Row offsets from here on belong to states where phrases end. */
  acceptFrom: number;
  /** Phrases ending in each accepting state (index: (row offset − acceptFrom) / CLASSES). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length of each phrase in classes, with its separators. */
  lengths: Int32Array;
  flags: Uint8Array;
  initial: number;
}

export class Matcher {
  /** Number of pattern ids. */
  readonly size: number;
  private readonly delta: Int32Array;
  private readonly acceptFrom: number;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly lengths: Int32Array;
  private readonly flags: Uint8Array;
  private readonly initial: number;

  constructor(automaton: Automaton) {
    this.size = automaton.lengths.length;
    this.delta = automaton.delta;
    this.acceptFrom = automaton.acceptFrom;
    this.outStart = automaton.outStart;
    this.outList = automaton.outList;
    this.lengths = automaton.lengths;
    this.flags = automaton.flags;
    this.initial = automaton.initial;
  }

  /**
   * Appends every hit in `text` to `hits`. With `stopOn` (a flag per pattern id), stops at the
   * first hit of a flagged pattern and returns true.
   */
  scan(text: string, hits: Hits, stopOn?: Uint8Array): boolean {
    const { delta, acceptFrom } = this;
    const n = text.length;
    let state = this.initial;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = code < 0x80 ? ASCII_CLASS[code]! : classOf(code);
      if (cls < CLASSES) {
        state = delta[state + cls]!;
        if (state >= acceptFrom && this.emit(text, hits, state, i, stopOn)) return true;
      } else if (cls !== DROPPED) {
        for (const c of expansions[cls - EXPANSION_BASE]!) {
          state = delta[state + c]!;
          if (state >= acceptFrom && this.emit(text, hits, state, i, stopOn)) return true;
        }
      }
    }
    // The text reads as if a separator followed it.
    state = delta[state + SEP]!;
    return state >= acceptFrom && this.emit(text, hits, state, n, stopOn);
  }

  /** Reports the phrases ending in `state`, entered on the character at `at`. */
  private emit(text: string, hits: Hits, state: number, at: number, stopOn: Uint8Array | undefined): boolean {
    const { outStart, outList, lengths, flags } = this;
    const index = (state - this.acceptFrom) / CLASSES;
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
