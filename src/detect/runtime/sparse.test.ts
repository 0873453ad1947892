import { describe, expect, it } from 'vitest';
import type { Mention } from '../types';
import { topicMentionsToPaint } from './sparse';

/** Mentions of `words` in `text`, in order, each with its topic. */
function mentionsOf(text: string, words: [string, Mention['topic']][]): Mention[] {
  let from = 0;
  return words.map(([word, topic]) => {
    const start = text.indexOf(word, from);
    from = start + word.length;
    return { topic, text: word, start, end: start + word.length, kind: 'anchor' };
  });
}

const TEXT =
  'The Sinaloa Cartel and other cartels face US troops.\n\nTroops again, and the cartels again.\n\nNothing here.';
const MENTIONS = mentionsOf(TEXT, [
  ['Sinaloa', 'cartels'],
  ['Cartel', 'cartels'],
  ['cartels', 'cartels'],
  ['US troops', 'troops'],
  ['Troops', 'troops'],
  ['cartels', 'cartels'],
]);

describe('topicMentionsToPaint', () => {
  it('paints the first word of each topic, a phrase split in two joined back, one per 800 characters', () => {
    const long = `${TEXT}\n\n${'Unrelated words. '.repeat(100)}`;
    const painted = topicMentionsToPaint(MENTIONS, long, 'normal', []);
    expect(painted.map((m) => m.text)).toEqual(['Sinaloa Cartel', 'US troops']);
    for (const m of painted) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    // A short text gets a single cue.
    expect(topicMentionsToPaint(MENTIONS, TEXT, 'normal', []).map((m) => m.text)).toEqual(['Sinaloa Cartel']);
  });

  it('paints one word per topic per paragraph when broad, and none when strict', () => {
    expect(topicMentionsToPaint(MENTIONS, TEXT, 'broad', []).map((m) => m.text)).toEqual([
      'Sinaloa Cartel',
      'US troops',
      'Troops',
      'cartels',
    ]);
    expect(topicMentionsToPaint(MENTIONS, TEXT, 'strict', [])).toEqual([]);
  });

  it('never paints a word inside a quote or claim already painted, and lets the next one stand for it', () => {
    const claim = { start: 0, end: TEXT.indexOf('.') + 1 };
    const painted = topicMentionsToPaint(MENTIONS, TEXT, 'broad', [claim]);
    expect(painted.map((m) => m.text)).toEqual(['Troops', 'cartels']);
  });

  it('gives no word of its own to a topic a painted quote or claim stands for, unless broad', () => {
    const quote = { start: TEXT.indexOf('face'), end: TEXT.indexOf('face') + 4, topic: 'troops' as const };
    expect(topicMentionsToPaint(MENTIONS, TEXT, 'normal', [quote]).map((m) => m.text)).toEqual(['Sinaloa Cartel']);
    expect(topicMentionsToPaint(MENTIONS, TEXT, 'broad', [quote]).map((m) => m.text)).toContain('US troops');
  });
});
