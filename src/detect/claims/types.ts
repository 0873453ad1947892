import type { Caveat, ClaimPattern, Lang, Pack, Severity, TopicId, Verdict } from '../../pack/types';

/**
 * How a sentence was found to make a claim: a copy of the source's words (`exact`, or `near` with
 * light edits), or the claim's key slots filled in other words, in the source's language
 * (`paraphrase`) or in another (`translation`).
 */
export type ClaimHow = 'exact' | 'near' | 'paraphrase' | 'translation';

/** A sentence (or, for a claim that is a phrase, the phrase) that makes one of the pack's checked claims. */
export interface ClaimMatch {
  /** The pack's caveat id ("C2"). */
  id: string;
  verdict: Verdict;
  severity: Severity;
  /** The caveat's first topic, where it has one: the reader's view files the claim under it. */
  topic?: TopicId;
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  how: ClaimHow;
  /** The language of the wording that matched. */
  lang: Lang;
}

export interface ClaimFinder {
  /** Every claim made in `text`, sorted by start; a sentence may make more than one. */
  find(text: string): ClaimMatch[];
  /** A cheap prefilter: false means `find` would find nothing in the text. */
  mayMatch(text: string): boolean;
}

/** What the finder needs of a pack, compiled into `CompiledClaims` for pages. A pack is one. */
export interface ClaimData {
  source: Pick<Pack['source'], 'lang'>;
  caveats: (Pick<Caveat, 'id' | 'claim' | 'verdict' | 'severity'> & Partial<Pick<Caveat, 'topics'>>)[];
  claims?: ClaimPattern[];
}
