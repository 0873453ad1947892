import type { TopicId } from '../../pack/types';
import type { Role } from '../compiled';
import type { Mention, Sensitivity } from '../types';
import type { LexiconHit } from './lexicon';

/**
 * Whether a text is about the dispute, and which of its words count as mentions.
 *
 * - An anchor counts on its own. A term counts only where, within `window` characters and the
 *   same paragraph (blank lines are hard boundaries), the text names the Mexican side AND the US
 *   side (Sheinbaum, México, mexicano … / Trump, Washington, EE.UU. …; an anchor names both).
 *   Once the text has set the scene (an anchor, or two different terms placed between both
 *   sides), a term next to either side counts too, except at 'strict'.
 * - The score adds up the counted mentions (anchor 3, term 1, weak term 0; a repeated phrase adds
 *   at most REPEAT_CAP times), a point per further topic they cover, a bonus when an actor of the 2025 dispute is
 *   named, and a large weight per quote of the pack found. Where markers of another era of the
 *   relationship (Calderón, Fast and Furious, the 2019 migration deal …) outnumber the 2025
 *   actors, the evidence is discounted: the words are the same, the subject is not.
 * - The scene and the era are judged where the words stand: within `NEIGHBOURHOOD` characters
 *   of each mention, not over the whole text. A sidebar that names Obama a dozen times does not
 *   discount the article beside it, and an article that sets the scene does not make the words
 *   of a sidebar far from it count. On a text shorter than that, nothing changes.
 * - `about` is the score reaching the sensitivity's threshold; 'strict' also narrows the window,
 *   'broad' widens it. A text that is not about the dispute yields no mentions at all.
 */

interface Thresholds {
  window: number;
  threshold: number;
  oneSideInScene: boolean;
}

const SENSITIVITY: Record<Sensitivity, Thresholds> = {
  strict: { window: 180, threshold: 8, oneSideInScene: false },
  normal: { window: 260, threshold: 5, oneSideInScene: true },
  broad: { window: 400, threshold: 4, oneSideInScene: true },
};
/** How far from a term its sides may be named, at the widest sensitivity. */
export const WIDEST_WINDOW = Math.max(...Object.values(SENSITIVITY).map((t) => t.window));
const SCENE_PHRASES = 2;

const ANCHOR_WEIGHT = 3;
const TERM_WEIGHT = 1;
const TOPIC_BONUS = 1;
const ERA_BONUS = 2;
const QUOTE_WEIGHT = 6;
const REPEAT_CAP = 3;
const PAST_DISCOUNT = 0.25;
/** How far, in characters, a mention's scene and era reach: about a news article's screenful. */
export const NEIGHBOURHOOD = 2_500;

const BLANK_LINE = /\n[^\S\n]*\n/;

export interface Judgement {
  about: boolean;
  score: number;
  topics: Partial<Record<TopicId, number>>;
  mentions: Mention[];
}

/** Paragraph number of each hit: a blank line between two hits starts a new paragraph. */
function paragraphs(text: string, hits: LexiconHit[], window: number): Int32Array {
  const para = new Int32Array(hits.length);
  for (let i = 1; i < hits.length; i++) {
    const from = hits[i - 1]!.end;
    const to = hits[i]!.start;
    // Hits further apart than a window never share one; no need to look between them.
    const apart = to - from > window || (to > from && BLANK_LINE.test(text.slice(from, to)));
    para[i] = para[i - 1]! + (apart ? 1 : 0);
  }
  return para;
}

/** Which sides of the dispute are named within the window around hit `at`, in its paragraph. */
function sidesAround(hits: LexiconHit[], para: Int32Array, at: number, window: number): { mx: boolean; us: boolean } {
  const self = hits[at]!;
  let mx = false;
  let us = false;
  const look = (j: number) => {
    for (const role of hits[j]!.roles) {
      if (role.kind === 'cue') {
        mx ||= role.mx;
        us ||= role.us;
      } else if (role.kind === 'anchor') {
        mx = true;
        us = true;
      }
    }
  };
  for (let j = at - 1; j >= 0 && para[j] === para[at] && self.start - hits[j]!.end <= window; j--) look(j);
  for (let j = at + 1; j < hits.length && para[j] === para[at] && hits[j]!.start - self.end <= window; j++) look(j);
  return { mx, us };
}

export function judge(
  text: string,
  hits: LexiconHit[],
  quoteCount: number,
  sensitivity: Sensitivity = 'normal',
): Judgement {
  const t = SENSITIVITY[sensitivity];
  const para = paragraphs(text, hits, t.window);
  let eraActors = 0;
  // Topical hits with a side of the dispute nearby, and whether both sides are.
  const candidates: { hit: LexiconHit; topical: Topical; both: boolean }[] = [];
  const era = new Nearby(hits);
  hits.forEach((hit, i) => {
    for (const role of hit.roles) {
      if (role.kind === 'cue' && role.era) {
        eraActors++;
        era.add(i, 1);
      } else if (role.kind === 'past') era.add(i, -1);
    }
    const topical = hit.roles.find(isTopical);
    if (!topical) return;
    if (topical.kind === 'anchor') {
      candidates.push({ hit, topical, both: true });
      return;
    }
    const sides = sidesAround(hits, para, i, t.window);
    if (sides.mx || sides.us) candidates.push({ hit, topical, both: sides.mx && sides.us });
  });

  const scene = t.oneSideInScene ? sceneAround(candidates) : () => false;
  const pastAround = (hit: LexiconHit) => quoteCount === 0 && era.sum(hit) < 0;

  const mentions: Mention[] = [];
  const repeats = new Map<number, number>();
  const topics: Partial<Record<TopicId, number>> = {};
  const evidenced = new Set<TopicId>();
  let evidence = 0;
  let pastEvidence = 0;
  for (const [c, { hit, topical, both }] of candidates.entries()) {
    if (!both && !scene(c)) continue;
    mentions.push({
      topic: topical.topic,
      text: text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      kind: topical.kind,
    });
    topics[topical.topic] = (topics[topical.topic] ?? 0) + 1;
    if (isWeak(topical)) continue;
    evidenced.add(topical.topic);
    const seen = (repeats.get(hit.pattern) ?? 0) + 1;
    repeats.set(hit.pattern, seen);
    if (seen > REPEAT_CAP) continue;
    const weight = topical.kind === 'anchor' ? ANCHOR_WEIGHT : TERM_WEIGHT;
    if (pastAround(hit)) pastEvidence += weight;
    else evidence += weight;
  }

  // Evidence from another era counts a quarter; the bonuses too, when all of it is from there.
  let bonus = Math.max(0, evidenced.size - 1) * TOPIC_BONUS + quoteCount * QUOTE_WEIGHT;
  if (eraActors > 0 && evidence + pastEvidence > 0) bonus += ERA_BONUS;
  const pastOnly = evidence === 0 && pastEvidence > 0;
  let score = evidence + pastEvidence * PAST_DISCOUNT + (pastOnly ? bonus * PAST_DISCOUNT : bonus);
  score = Math.round(score * 100) / 100;
  const about = score >= t.threshold;
  return about ? { about, score, topics, mentions } : { about, score, topics: {}, mentions: [] };
}

/** Sums of values placed on hits, over the hits within `NEIGHBOURHOOD` of a span. */
class Nearby {
  private readonly values: Float64Array;
  private prefix: Float64Array | null = null;

  constructor(private readonly hits: LexiconHit[]) {
    this.values = new Float64Array(hits.length);
  }

  add(at: number, value: number): void {
    this.values[at]! += value;
    this.prefix = null;
  }

  sum(span: { start: number; end: number }): number {
    if (!this.prefix) {
      this.prefix = new Float64Array(this.values.length + 1);
      for (let i = 0; i < this.values.length; i++) this.prefix[i + 1] = this.prefix[i]! + this.values[i]!;
    }
    const from = firstEndingAfter(this.hits, span.start - NEIGHBOURHOOD);
    const to = firstStartingAfter(this.hits, span.end + NEIGHBOURHOOD);
    return this.prefix[to]! - this.prefix[from]!;
  }
}

/** Index of the first hit that ends at or after `offset` (hits are in text order). */
function firstEndingAfter(hits: LexiconHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first hit that starts after `offset`. */
function firstStartingAfter(hits: LexiconHit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the scene is set around each candidate: an anchor, or `SCENE_PHRASES` different
 * phrases placed between both sides, within `NEIGHBOURHOOD` of it.
 */
function sceneAround(candidates: { hit: LexiconHit; topical: Topical; both: boolean }[]): (c: number) => boolean {
  const setters = candidates.filter((c) => c.topical.kind === 'anchor' || (c.both && !isWeak(c.topical)));
  return (c) => {
    const { hit } = candidates[c]!;
    const phrases = new Set<number>();
    for (const s of setters) {
      if (s.hit.end < hit.start - NEIGHBOURHOOD || s.hit.start > hit.end + NEIGHBOURHOOD) continue;
      if (s.topical.kind === 'anchor') return true;
      phrases.add(s.hit.pattern);
      if (phrases.size >= SCENE_PHRASES) return true;
    }
    return false;
  };
}

type Topical = Extract<Role, { kind: 'anchor' | 'term' }>;
const isTopical = (role: Role): role is Topical => role.kind === 'anchor' || role.kind === 'term';
const isWeak = (role: Topical) => role.kind === 'term' && role.weak;
