import { CLAIM_TERM_GAP, CLAIM_TERM_GAP_WORDS, splitClaimTerm } from '../../pack/claim-terms';
import { compactText } from '../text/compact';

/** One word of a term, folded as the matcher folds text; `prefix` matches any word it begins. */
export interface TermWord {
  word: string;
  prefix: boolean;
}

/** A compiled term: words, and `null` where up to three other words may stand. */
export type Term = (TermWord | null)[];

/** A word already as the matcher folds it: lower-case ASCII letters and digits fold to themselves. */
const FOLDED_WORD = /^[a-z0-9]+$/;

/** Compiles a term the pack's schema has accepted (see `claim-terms.ts`). */
export function compileTerm(term: string): Term {
  const split = splitClaimTerm(term);
  if ('problem' in split) throw new Error(`claim term "${term}": ${split.problem}`);
  const out: Term = [];
  for (const token of split.tokens) {
    if (token === CLAIM_TERM_GAP) {
      out.push(null);
      continue;
    }
    const prefix = token.endsWith('*');
    const stem = prefix ? token.slice(0, -1) : token;
    // Most words are folded already and need no folding, which a page pays for every term. "U.S."
    // folds to two words, "450,000" too: each becomes a word of the term.
    const words = FOLDED_WORD.test(stem) ? [stem] : compactText(stem).split(' ');
    for (const [i, word] of words.entries()) out.push({ word, prefix: prefix && i === words.length - 1 });
  }
  return out;
}

function wordMatches(word: string, t: TermWord): boolean {
  return t.prefix ? word.startsWith(t.word) : word === t.word;
}

function matchFrom(words: readonly string[], at: number, term: Term, t: number): boolean {
  if (t === term.length) return true;
  const token = term[t];
  if (token === null) {
    for (let skip = 0; skip <= CLAIM_TERM_GAP_WORDS; skip++) if (matchFrom(words, at + skip, term, t + 1)) return true;
    return false;
  }
  return (
    token !== undefined && at < words.length && wordMatches(words[at]!, token) && matchFrom(words, at + 1, term, t + 1)
  );
}

/** Whether the term occurs in a run of folded words. */
export function termIn(words: readonly string[], term: Term): boolean {
  for (let at = 0; at < words.length; at++) if (matchFrom(words, at, term, 0)) return true;
  return false;
}

/**
 * The word of a term to look up in an index of a text's words: its longest, the one least
 * likely to be common ("september" of "in september"), so that the index lets few texts through.
 */
export function keyWord(term: Term): TermWord {
  let key: TermWord | undefined;
  for (const word of term) if (word && (!key || word.word.length > key.word.length)) key = word;
  return key!;
}
