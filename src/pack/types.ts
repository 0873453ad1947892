/**
 * The shape of a source pack: the article a pack is about, what it quotes, what is wrong
 * with it, and the words that reveal its subject on other pages. The valibot schema in
 * `schema.ts` validates untrusted input into exactly this shape.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Every user-facing string exists in both UI languages. */
export interface Bilingual {
  en: string;
  es: string;
}

export const TOPIC_IDS = [
  'troops',
  'call',
  'fentanyl',
  'cartels',
  'arms',
  'gun-lawsuit',
  'border-zone',
  'cooperation',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Reference {
  id: string; // e.g. "R5"
  publisher: string;
  title?: string;
  date?: string; // ISO date (YYYY-MM-DD) or partial (YYYY-MM)
  url: string; // http(s) only
  /** What a reader should know of this reference ("paywalled", "a mirror of the wire copy"). */
  note?: Bilingual;
}

/** Words that reveal a topic in one language. */
export interface LangLexicon {
  /** Phrases specific enough to signal the dispute on their own ("National Defense Area"). */
  anchors: string[];
  /** Issue words that count only near a context cue ("troops", "tropas", "fentanyl"). */
  terms: string[];
}

export interface Topic {
  id: TopicId;
  name: Bilingual;
  description: Bilingual;
  lexicon: Record<Lang, LangLexicon>;
}

export interface Person {
  id: string; // e.g. "sheinbaum"
  name: string;
  /** The name in each UI language, where it is translated ("The White House" / "La Casa Blanca"). */
  localName?: Bilingual;
  /** Set for institutions that speak as one (a council, a court); absent means a person. */
  kind?: 'person' | 'organization';
  role: Bilingual;
  /** Names the press uses for this person, per language ("Sheinbaum", "la presidenta"). */
  aliases: Record<Lang, string[]>;
  /**
   * Organization ids of the bodies this one speaks for (a spokeswoman → the White House → the US
   * government): words credited to any body up that chain are rightly credited.
   */
  speaksFor?: string[];
}

export type QuoteStatus = 'accurate' | 'misattributed' | 'out-of-context' | 'truncated';

export interface QuoteVariant {
  text: string;
  lang: Lang;
  /** Where this wording appeared (publisher or reference id). */
  seenIn?: string;
}

export interface Quote {
  id: string; // "Q1".."Q3" for the source's own quotes, "T1".. for topic context
  /** The words as the source prints them; absent for topic-context quotes not in the source. */
  sourceText?: string;
  /**
   * The words in the language they were spoken or written. `reported` marks words known only as
   * the press reported them in that language (the speaker's own wording is not on record).
   */
  original: { text: string; lang: Lang; reported?: boolean };
  /** An English rendering where the original is Spanish (and vice versa, where useful). */
  translation?: Bilingual;
  variants: QuoteVariant[];
  /** Person id of the real speaker. */
  speaker: string;
  /** Person id of whom the source presents as saying it (source quotes only). */
  attributedTo?: string;
  date: string; // ISO date
  /** The day is not certain (the words were reported that day, or about then). */
  dateApproximate?: boolean;
  venue: Bilingual;
  context: Bilingual;
  status: QuoteStatus;
  /** How the source's version differs from what was said. */
  difference?: Bilingual;
  topics: TopicId[];
  confidence: 'high' | 'medium';
  references: string[]; // reference ids
}

export const VERDICTS = [
  'accurate',
  'wrong',
  'overstated',
  'unsupported',
  'garbled',
  'wrong-context',
  'opinion',
  'misattributed',
  'inaccurate',
  'truncated',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['high', 'medium', 'low', 'none'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Caveat {
  id: string; // "C1".."C19"
  /** The source's exact words this caveat concerns (a substring of the source text). */
  claim: string;
  verdict: Verdict;
  /** A short label for the verdict, e.g. "Wrong office" / "Cargo equivocado". */
  verdictLabel: Bilingual;
  /** What really happened, in the pack's own words. */
  explanation: Bilingual;
  severity: Severity;
  /** Points the fact sheet marks unverified are named here and never stated as fact. */
  unverified?: Bilingual;
  topics: TopicId[];
  quotes: string[]; // quote ids this caveat concerns
  references: string[]; // reference ids
}

/**
 * What a sentence must say to make one of the source's checked claims, in one language: the
 * claim's key slots, each filled by any of its terms, and the facts that make a sentence correct
 * instead. Terms are words as the matcher folds them (case, accents and punctuation do not count):
 * a word ending in `*` matches any word it begins, and `..` stands for up to three other words.
 */
export interface ClaimSlot {
  slot: 'actor' | 'action' | 'object' | 'number' | 'date' | 'office' | 'place' | 'charge' | 'event';
  terms: string[];
}

/** One way to word a claim: every slot filled, no fact of `correct` present. */
export interface ClaimForm {
  slots: ClaimSlot[];
  /** Any of these in the sentence states the fact correctly: no match. */
  correct?: ClaimSlot[];
}

/** How to find one caveat's claim beyond copies of the source's own words. */
export interface ClaimPattern {
  /** Caveat id ("C2"). */
  caveat: string;
  /** Ways to word the claim, per language; none means only near-verbatim copies are found. */
  forms: Record<Lang, ClaimForm[]>;
}

export interface Source {
  title: Bilingual;
  text: string;
  origin: string; // where the text came from
  /** What is known of the source (publisher, language, period), shown wherever it is named. */
  description?: Bilingual;
  lang: Lang;
  /** ISO date, if known. */
  published?: string;
}

export interface Pack {
  id: string;
  version: number;
  /** ISO date (YYYY-MM-DD) the pack's checks were last reviewed; the ClaimReview `datePublished`. */
  reviewed?: string;
  name: Bilingual;
  source: Source;
  topics: Topic[];
  people: Person[];
  /** Words that place issue terms in the US–Mexico context (actors, places), per language. */
  context: Record<Lang, string[]>;
  quotes: Quote[];
  caveats: Caveat[];
  references: Reference[];
  /** How the finder recognises the caveats' claims in other words; absent: copies only. */
  claims?: ClaimPattern[];
}
