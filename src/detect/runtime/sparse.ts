import type { TopicId } from '../../pack/types';
import type { Mention, Sensitivity } from '../types';

/** Stretches of text already painted as something more specific (a quote, a checked claim). */
export interface Span {
  start: number;
  end: number;
  /** The topic it is filed under, where it has one: that topic needs no word of its own. */
  topic?: TopicId;
}

/** What may stand between two words of one phrase ("Sinaloa Cartel", "cartel-related"). */
const JOINER = /^[\s\u00a0\-‐–]{0,2}$/;
/** Normally, a topic word for about this many characters of text at most: a cue, not a coat of paint. */
const CHARS_PER_TOPIC_WORD = 800;
/** Blocks reach the detector separated by a blank line. */
const PARAGRAPH_BREAK = /\n\s*\n/g;

/** Neighbouring mentions of one topic with only a space between become one. */
function joined(mentions: readonly Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const last = out[out.length - 1];
    if (last && last.topic === mention.topic && JOINER.test(text.slice(last.end, mention.start))) {
      out[out.length - 1] = { ...last, end: mention.end, text: text.slice(last.start, mention.end) };
    } else out.push(mention);
  }
  return out;
}

function paragraphStarts(text: string): number[] {
  return [0, ...Array.from(text.matchAll(PARAGRAPH_BREAK), (m) => (m.index ?? 0) + m[0].length)];
}

/**
 * The topic words worth painting, so that what is painted stays what a reader can act on: none
 * where the reader asked for strict (quotes and checked claims only); normally, the first of each
 * topic in the text (an article, or a stretch of a long page) that no painted quote or claim
 * already stands for, and no more than one word for every `CHARS_PER_TOPIC_WORD` characters; the
 * first of each topic in every paragraph when broad. Never a word inside a quote or claim.
 * `mentions` must be sorted by start, as the detector returns them.
 */
export function topicMentionsToPaint(
  mentions: readonly Mention[],
  text: string,
  sensitivity: Sensitivity,
  taken: readonly Span[],
): Mention[] {
  if (sensitivity === 'strict') return [];
  const free = joined(mentions, text).filter((m) => !taken.some((span) => m.start < span.end && m.end > span.start));
  const starts = sensitivity === 'broad' ? paragraphStarts(text) : [0];
  const seen = new Set<string>(
    sensitivity === 'broad' ? [] : taken.flatMap((span) => (span.topic ? [`0\u0000${span.topic}`] : [])),
  );
  let paragraph = 0;
  const firsts = free.filter((mention) => {
    while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= mention.start) paragraph++;
    const key = `${paragraph}\u0000${mention.topic}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return sensitivity === 'broad'
    ? firsts
    : firsts.slice(0, Math.max(1, Math.floor(text.length / CHARS_PER_TOPIC_WORD)));
}
