import { encodeColumn } from '../columns';
import type { CompiledAutomaton } from '../compiled';
import {
  ACRONYM,
  CLASSES,
  classOf,
  DROPPED,
  EXPANSION_BASE,
  expansions,
  OTHER_WORD,
  PREFIX,
  SEP,
} from '../runtime/matcher';
import { isAcronym } from './lexicon-syntax';

/** The class sequence of a phrase, between separators (no closing one for a prefix phrase). */
function classSequence(phrase: string, prefix: boolean): number[] {
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

/** Compiles phrases into the automaton the matcher runs (see `matcher.ts`). */
export class MatcherBuilder {
  private readonly ids = new Map<string, number>();
  private readonly flags: number[] = [];
  /** The trie node where each phrase ends, and its length in classes. */
  private readonly ends: number[] = [];
  private readonly lengths: number[] = [];
  // The trie, built as phrases come in: per node its class, first child and next sibling.
  private readonly label: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];

  /** Number of pattern ids given out. */
  get size(): number {
    return this.ends.length;
  }

  /**
   * Adds a phrase (deduplicated) and returns its pattern id, or -1 if it cannot be matched: no
   * word in it, or a letter that does not fold to a–z (such a phrase would match any letter).
   */
  add(phrase: string, prefix = false): number {
    const seq = classSequence(phrase, prefix);
    if (seq.length < 2 || seq.includes(OTHER_WORD)) return -1;
    const flags = (prefix ? PREFIX : 0) | (isAcronym(phrase) ? ACRONYM : 0);
    const key = String.fromCharCode(flags, ...seq);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    let node = 0;
    for (const cls of seq) node = this.child(node, cls);
    const id = this.ends.push(node) - 1;
    this.lengths.push(seq.length);
    this.flags.push(flags);
    this.ids.set(key, id);
    return id;
  }

  /** The child of `node` on `cls`, or -1. */
  private find(node: number, cls: number): number {
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) if (this.label[c] === cls) return c;
    return -1;
  }

  private child(node: number, cls: number): number {
    const known = this.find(node, cls);
    if (known >= 0) return known;
    const c = this.label.length;
    this.label.push(cls);
    this.firstChild.push(-1);
    this.nextSibling.push(this.firstChild[node]!);
    this.firstChild[node] = c;
    return c;
  }

  /** The trie renumbered breadth first, with its failure links. */
  build(): CompiledAutomaton {
    const { label, firstChild, nextSibling } = this;
    const nodes = label.length;
    // Breadth first: `order` maps new numbers to nodes, `number` nodes to new numbers.
    const order = new Int32Array(nodes);
    const number = new Int32Array(nodes);
    const children = new Int32Array(nodes);
    let tail = 1;
    for (let head = 0; head < nodes; head++) {
      const first = tail;
      for (let c = firstChild[order[head]!]!; c >= 0; c = nextSibling[c]!) {
        number[c] = tail;
        order[tail++] = c;
      }
      children[head] = tail - first;
    }
    // A node's fail is the longest proper suffix that is a node: shallower, so known by the time
    // its children are reached breadth first. Children of the root fail to the root.
    const fail = new Int32Array(nodes);
    for (let head = 1; head < nodes; head++) {
      const node = order[head]!;
      for (let c = firstChild[node]!; c >= 0; c = nextSibling[c]!) {
        let f = fail[node]!;
        let next = this.find(f, label[c]!);
        while (next < 0 && f !== 0) {
          f = fail[f]!;
          next = this.find(f, label[c]!);
        }
        fail[c] = Math.max(next, 0);
      }
    }
    const newLabel = new Int32Array(nodes);
    const newFail = new Int32Array(nodes);
    for (let s = 1; s < nodes; s++) {
      newLabel[s] = label[order[s]!]!;
      newFail[s] = number[fail[order[s]!]!]!;
    }
    return {
      label: encodeColumn(newLabel),
      children: encodeColumn(children),
      fail: encodeColumn(newFail),
      ends: encodeColumn(this.ends.map((node) => number[node]!)),
      lengths: encodeColumn(this.lengths),
      flags: encodeColumn(this.flags),
    };
  }
}
