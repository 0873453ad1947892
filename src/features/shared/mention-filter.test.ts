import { describe, expect, it } from 'vitest';
import type { PageMention, PageScan } from '../../page/scan';
import { withoutHidden } from './mention-filter';

const mention = (index: number, topic: PageMention['topic'], text: string) =>
  ({ index, topic, text, range: {} as Range }) satisfies PageMention;

const SCAN: PageScan = {
  about: true,
  score: 3,
  topics: { troops: 2, fentanyl: 3 },
  mentions: [mention(0, 'troops', 'US troops'), mention(1, 'fentanyl', 'tariffs'), mention(2, 'troops', 'troops')],
  quotes: [],
};

describe('withoutHidden', () => {
  it('leaves a scan with nothing hidden as it is', () => {
    expect(withoutHidden(SCAN, { topic: () => false, words: () => false })).toBe(SCAN);
  });

  it('drops a switched-off topic, its count too, and numbers the rest again', () => {
    const scan = withoutHidden(SCAN, { topic: (topic) => topic === 'troops', words: () => false });
    expect(scan.mentions.map(({ index, text }) => [index, text])).toEqual([[0, 'tariffs']]);
    expect(scan.topics).toEqual({ fentanyl: 3 });
  });

  it('drops words marked as not about the dispute, one count each', () => {
    const scan = withoutHidden(SCAN, { topic: () => false, words: (text) => text === 'US troops' });
    expect(scan.mentions.map(({ index, text }) => [index, text])).toEqual([
      [0, 'tariffs'],
      [1, 'troops'],
    ]);
    expect(scan.topics).toEqual({ troops: 1, fentanyl: 3 });
  });
});
