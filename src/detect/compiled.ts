import type { Lang, TopicId } from '../pack/types';

/**
 * The compiled form of a detector: everything detection needs from the packs, worked out once
 * by `compileDetector`, so that `loadDetector` only has to unpack it. Plain data, no functions or
 * class instances: it survives both structured cloning and JSON, and can be stored. Big tables
 * are columns (see `columns.ts`). It holds nothing a card shows: no caveats, no prose.
 */

/** Bumped whenever the compiled form or its meaning changes; other formats are refused. */
export const COMPILED_FORMAT = 2;

/**
 * A column of non-negative integers: a width digit (1, 2 or 4 bytes per value) followed by the
 * values, little-endian, in base64.
 */
export type Column = string;

/**
 * A multi-phrase automaton (see `matcher.ts`). States are numbered breadth first from the root
 * (0), so the children of a state are numbered consecutively, after it.
 */
export interface CompiledAutomaton {
  /** Per state: the character class read to enter it (0 for the root). */
  label: Column;
  /** Per state: how many children it has. */
  children: Column;
  /** Per state: its failure link, the longest proper suffix that is a state (always numbered lower). */
  fail: Column;
  /** Per pattern: the state where its class sequence ends. */
  ends: Column;
  /** Per pattern: the length of its class sequence, separators included. */
  lengths: Column;
  /** Per pattern: its flags (PREFIX, ACRONYM, see `matcher.ts`). */
  flags: Column;
}

export interface CompiledLexicon {
  /** The distinct role lists of the lexicon's phrases. */
  roleSets: Role[][];
  /** Per pattern: one plus the index of its role list, or 0 for a pattern that is no lexicon phrase. */
  patternRoles: Column;
}

export interface CompiledQuotes {
  quotes: QuoteDef[];
  /** Every wording of the quotes: its quote's index and its words, compacted, joined by spaces. */
  wordings: { quote: number; words: string }[];
  /** Per piece: its wording, its word range [from, to) and how many distinct keywords it has. */
  pieceWording: Column;
  pieceFrom: Column;
  pieceTo: Column;
  pieceKeywords: Column;
  /** Per keyword of a piece: its pattern, its piece, and its number within the piece. */
  keywordPattern: Column;
  keywordPiece: Column;
  keywordNumber: Column;
}

/** Whom a pattern of the attribution automaton names: a person, or a pronoun standing for one. */
export type Speaker = { person: string } | { pronoun: 'f' | 'm'; lang: Lang };

export interface CompiledAttribution {
  /** The people's aliases and the subject pronouns. */
  automaton: CompiledAutomaton;
  /** Per pattern: whom it names. */
  names: Speaker[];
  /** People whose gender the pack tells. */
  genders: [person: string, gender: 'f' | 'm'][];
  /** People who are institutions, never "he" or "she". */
  institutions: string[];
  /** Per person who speaks for any body: every body up the chain, nearest first. */
  affiliations: [person: string, bodies: string[]][];
}

export interface CompiledDetector {
  format: typeof COMPILED_FORMAT;
  /** The lexicon phrases and the quotes' keywords, in one automaton. */
  automaton: CompiledAutomaton;
  lexicon: CompiledLexicon;
  quotes: CompiledQuotes;
  attribution: CompiledAttribution;
}

/** Bumped whenever the gate's form or meaning changes; other formats are refused. */
export const GATE_FORMAT = 3;

/**
 * A group of phrases, each as the gate looks for it: a window of a few of its words, their
 * letters and digits run together ("troopsinmexico"); acronyms apart, in capitals ("US").
 */
export interface GateWords {
  small: string[];
  capitals: string[];
}

/**
 * The gate in front of a detector (see `gate.ts`): per group, the phrases it looks for, each
 * found wherever one of the group's phrases could be, and more.
 */
export interface CompiledGate {
  format: typeof GATE_FORMAT;
  /** The anchors, which make a text about the dispute on their own; those naming Mexico apart. */
  alone: GateWords;
  /** Names of the Mexican side, near which the rest is looked for. */
  mx: GateWords;
  /** The anchors that name the Mexican side. */
  nearMx: GateWords;
  /** The issue terms, which count only where both sides are named. */
  term: GateWords;
  /** Names of the US side. */
  us: GateWords;
  /** The quotes' keywords, as their letters run together, and what each piece needs of them. */
  quotes: {
    keys: string[];
    pieces: { keywords: number[]; need: number; apart: boolean; reach: number }[];
  };
  /**
   * The checked claims' key words, as their letters run together: per way of wording a claim, per
   * slot, per term, the keys that all stand in any text the term is in; and, for claims found
   * only as copies of the source's words, the copy's longer words and how many of them a copy
   * holds at least. A claim is made within one sentence: all within `reach` characters. Keys are
   * whole words, but those listed in `open`, whose last word may go on.
   */
  claims: {
    keys: string[];
    open: number[];
    forms: number[][][][];
    copies: { keywords: number[]; need: number }[];
    reach: number;
  };
}

/** What a matched lexicon phrase means. */
export type Role =
  | { kind: 'anchor'; topic: TopicId }
  | { kind: 'term'; topic: TopicId; weak: boolean }
  | { kind: 'cue'; mx: boolean; us: boolean; era: boolean }
  | { kind: 'past' }
  | { kind: 'block' };

/** A quote of the packs, as the finder reports it. */
export interface QuoteDef {
  id: string;
  speaker: string;
  /** Whom the text may name as the speaker without misattributing the words. */
  rightfulSpeakers: string[];
}
