import type { TopicId } from '../../pack/types';
import type { PageScan } from '../../page/scan';

/** The topic with the most mentions, or null if none. */
export function mostMentioned(topics: Partial<Record<TopicId, number>>): TopicId | null {
  let best: TopicId | null = null;
  for (const [topic, count] of Object.entries(topics) as [TopicId, number][]) {
    if (best === null || count > (topics[best] ?? 0)) best = topic;
  }
  return best;
}

/** The topic a page speaks of most: the card the notice opens is about it. */
export const mainTopic = (scan: PageScan): TopicId | null => mostMentioned(scan.topics);
