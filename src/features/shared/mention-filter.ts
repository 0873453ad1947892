import type { TopicId } from '../../pack/types';
import type { PageMention, PageScan } from '../../page/scan';

export interface HiddenMentions {
  /** A topic the reader switched off: its mentions go, and so does its count. */
  topic: (topic: TopicId) => boolean;
  /** Words the reader said are not about the dispute on this page. */
  words: (text: string) => boolean;
}

/**
 * The scan without the mentions the reader asked not to see, numbered again in order (the popup
 * names a mention by its place among those painted).
 */
export function withoutHidden(scan: PageScan, hidden: HiddenMentions): PageScan {
  const hides = (mention: PageMention) => hidden.topic(mention.topic) || hidden.words(mention.text);
  if (!scan.mentions.some(hides)) return scan;
  const topics = { ...scan.topics };
  const mentions: PageMention[] = [];
  for (const mention of scan.mentions) {
    if (!hides(mention)) {
      mentions.push({ ...mention, index: mentions.length });
      continue;
    }
    const left = (topics[mention.topic] ?? 1) - 1;
    if (left > 0 && !hidden.topic(mention.topic)) topics[mention.topic] = left;
    else delete topics[mention.topic];
  }
  return { ...scan, topics, mentions };
}
