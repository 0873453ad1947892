import fs from 'node:fs';
import type { Lang } from '../../../pack/types';

/**
 * The labelled claim set: sentences that make one of the source's claims (copies, paraphrases,
 * Spanish renderings, real sentences from news text) and sentences that must not get it (the
 * correct facts, near misses of number, date, office or agency). One JSON object a line.
 */
export interface LabelledSentence {
  /** The caveat the sentence was written or chosen for. */
  claim: string;
  lang: Lang;
  kind: 'near' | 'paraphrase' | 'translation' | 'corpus' | 'correct' | 'near-miss';
  /** The caveat the sentence makes, or null when it must not get `claim`'s (or any other) caveat. */
  expect: string | null;
  /** Other claims the sentence also makes, rightly (neither counted nor held against it). */
  also?: string[];
  text: string;
  /** The corpus excerpt a real sentence comes from. */
  source?: string;
}

export const LABELLED_FILE = new URL('./labelled.jsonl', import.meta.url);
/**
 * Paraphrases and renderings written after the claim patterns, to see how they fare on wording
 * they were not written from (then used to widen them, so an unseen set remains the real test).
 */
export const HELD_OUT_FILE = new URL('./heldout.jsonl', import.meta.url);

export function loadLabelled(file: URL | string = LABELLED_FILE): LabelledSentence[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
}
