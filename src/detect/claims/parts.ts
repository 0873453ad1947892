import type { Lang } from '../../pack/types';
import { compact } from '../text/compact';
import { sentences } from './sentences';
import type { ClaimData } from './types';

/** Share of a claim's longer words a sentence must contain before an approximate match is tried. */
const NEAR_ANCHORS = 0.7;
const ANCHOR_LENGTH = 5;

/** One sentence of a caveat's claim, in the source's words, reduced to its words. */
export interface Part {
  caveat: number;
  text: string;
  /** Its longer words, each once. */
  anchors: string[];
  /** How many of them a sentence holds before it is compared with the part. */
  needed: number;
}

/** The sentences of every caveat's claim, as copies of the source's words are looked for. */
export function sourceParts(caveats: ClaimData['caveats']): Part[] {
  const parts: Part[] = [];
  for (const [caveat, c] of caveats.entries()) {
    for (const [start, end] of sentences(c.claim)) {
      const text = compact(c.claim, start, end).text;
      const anchors = [...new Set(text.split(' ').filter((w) => w.length >= ANCHOR_LENGTH))];
      parts.push({ caveat, text, anchors, needed: Math.max(1, Math.ceil(anchors.length * NEAR_ANCHORS)) });
    }
  }
  return parts;
}

/**
 * The caveats (by index) whose claim has ways of wording it in the source's language: a copy of
 * the source's words makes such a claim only where one of them matches too.
 */
export function caveatsWithSourceForms(data: ClaimData): Set<number> {
  const index = new Map(data.caveats.map((c, i) => [c.id, i]));
  const out = new Set<number>();
  for (const pattern of data.claims ?? []) {
    const caveat = index.get(pattern.caveat);
    const forms = pattern.forms[data.source.lang as Lang];
    if (caveat !== undefined && forms && forms.length > 0) out.add(caveat);
  }
  return out;
}
