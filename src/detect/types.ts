import type { TopicId } from '../pack/types';
import type { Credit } from './runtime/credit';

export type Sensitivity = 'strict' | 'normal' | 'broad';

export interface ScanOptions {
  /** How much evidence a text needs before it counts as being about the dispute. Default 'normal'. */
  sensitivity?: Sensitivity;
}

/** A word or phrase of the dispute, where the dispute is the subject. Offsets into the scanned text. */
export interface Mention {
  topic: TopicId;
  text: string;
  start: number;
  end: number;
  /** An anchor counts on its own; a term counted because both sides of the dispute were named nearby. */
  kind: 'anchor' | 'term';
}

/** One of the pack's quotes found in the text, exactly or approximately. */
export interface QuoteMatch {
  /** Quote id ("Q1", "T4" …). */
  quote: string;
  text: string;
  start: number;
  end: number;
  /** Person id of the real speaker. */
  saidBy: string;
  /** Person id of whom the surrounding text names as the speaker, if anyone. */
  attributedTo: string | null;
  /** How that credit stands to the real speaker (see `credit.ts`); null where no one is named. */
  credit: Credit | null;
  /** The page gives the words to someone who did not say them (`credit` is colleague or other). */
  misattributed: boolean;
  /** Edit distance between the text and the closest wording of the quote (0 = exact). */
  errors: number;
}

export interface DetectResult {
  /** Whether the text is about the dispute. When false, `mentions` is empty. */
  about: boolean;
  /** Weight of the evidence (0 = none); `about` is this reaching the sensitivity's threshold. */
  score: number;
  /** Mentions per topic. */
  topics: Partial<Record<TopicId, number>>;
  /** Sorted by start, never overlapping. */
  mentions: Mention[];
  /** Sorted by start, never overlapping. */
  quotes: QuoteMatch[];
}

export interface Detector {
  scan(text: string, options?: ScanOptions): DetectResult;
  /** A cheap prefilter: false means `scan` would find nothing (no lexicon or quote word at all). */
  mayMatch(text: string): boolean;
}
