/**
 * The shape of a source pack: the article a pack is about, what it quotes, what is wrong
 * with it, and the words that reveal its subject on other pages. The valibot schema in
 * `schema.ts` validates untrusted input into exactly this shape.
 */

export type Lang = 'en' | 'es';

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
  /** Set for institutions that speak as one (a council, a court); absent means a person. */
  kind?: 'person' | 'organization';
  role: Bilingual;
  /** Names the press uses for this person, per language ("Sheinbaum", "la presidenta"). */
  aliases: Record<Lang, string[]>;
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
  /** The words in the language they were spoken or written. */
  original: { text: string; lang: Lang };
  /** An English rendering where the original is Spanish (and vice versa, where useful). */
  translation?: Bilingual;
  variants: QuoteVariant[];
  /** Person id of the real speaker. */
  speaker: string;
  /** Person id of whom the source presents as saying it (source quotes only). */
  attributedTo?: string;
  date: string; // ISO date
  venue: Bilingual;
  context: Bilingual;
  status: QuoteStatus;
  /** How the source's version differs from what was said. */
  difference?: Bilingual;
  topics: TopicId[];
  confidence: 'high' | 'medium';
  references: string[]; // reference ids
}

export type Verdict =
  | 'accurate'
  | 'wrong'
  | 'overstated'
  | 'unsupported'
  | 'garbled'
  | 'wrong-context'
  | 'opinion'
  | 'misattributed'
  | 'inaccurate'
  | 'truncated';

export type Severity = 'high' | 'medium' | 'low' | 'none';

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

export interface Source {
  title: Bilingual;
  text: string;
  origin: string; // where the text came from
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
}
