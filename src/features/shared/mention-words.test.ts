import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import type { PageMention } from '../../page/scan';
import { messagesByName } from '../../ui/__fixtures__/messages';
import { stepMention } from '../keyboard-nav';
import { announcement, mentionWords } from './mention-words';

beforeEach(messagesByName);

const caveat = defaultPack.caveats[0]!;
const quote = defaultPack.quotes[0]!;
const speaker = defaultPack.people.find((person) => person.id === quote.speaker)!;

function mention(extra: Partial<PageMention> = {}): PageMention {
  return { index: 0, topic: 'troops', text: 'the words', range: {} as Range, ...extra };
}

const quoteMatch = (misattributed: boolean) => ({
  quote: quote.id,
  text: 'the words',
  start: 0,
  end: 9,
  saidBy: quote.speaker,
  attributedTo: misattributed ? 'someone-else' : quote.speaker,
  misattributed,
});

describe('a painted mention in words', () => {
  it('names a checked claim by its own verdict, in the reader’s language', () => {
    const claim = mention({ claim: { id: caveat.id } as PageMention['claim'] });
    expect(mentionWords(defaultPack, 'en', claim)).toBe(`reading_claim ${caveat.verdictLabel.en} the words`);
    expect(mentionWords(defaultPack, 'es', claim)).toBe(`reading_claim ${caveat.verdictLabel.es} the words`);
  });

  it('names a quote’s real speaker, and says when the page credits someone else', () => {
    const said = mention({ quote: quoteMatch(false) as PageMention['quote'] });
    expect(mentionWords(defaultPack, 'en', said)).toBe(`reading_quote ${speaker.name} the words`);
    const credited = mention({ quote: quoteMatch(true) as PageMention['quote'] });
    expect(mentionWords(defaultPack, 'en', credited)).toBe(`reading_misattributed ${speaker.name} the words`);
  });

  it('names the topic of any other mention, and says where it stands among them', () => {
    const words = mentionWords(defaultPack, 'en', mention());
    const troops = defaultPack.topics.find((topic) => topic.id === 'troops')!;
    expect(words).toBe(`reading_mention ${troops.name.en} the words`);
    expect(announcement(words, 2, 5)).toBe(`reading_position ${words} 2 5`);
  });
});

describe('stepping through the mentions', () => {
  const all = [mention({ index: 0 }), mention({ index: 1 }), mention({ index: 2 })];

  it('starts at the first (or the last, going back) and wraps around the page', () => {
    expect(stepMention(all, null, 1)).toBe(all[0]);
    expect(stepMention(all, null, -1)).toBe(all[2]);
    expect(stepMention(all, all[2]!, 1)).toBe(all[0]);
    expect(stepMention(all, all[0]!, -1)).toBe(all[2]);
    expect(stepMention(all, all[1]!, 1)).toBe(all[2]);
  });

  it('starts again from the first when the mention it was on is gone, and finds nothing on an empty page', () => {
    expect(stepMention(all, mention({ index: 9 }), 1)).toBe(all[0]);
    expect(stepMention([], null, 1)).toBeNull();
  });
});
