import type { PageSummary } from '../messaging/protocol';
import type { PageMention, PageScan } from '../page/scan';

/** What the popup is told of a page: its scan, and which mentions are painted. */
export function pageSummary(
  scan: Pick<PageScan, 'about' | 'mentions' | 'topics'>,
  painted: readonly PageMention[],
  enabled: boolean,
): PageSummary {
  return {
    url: location.href,
    enabled,
    about: scan.about,
    mentionCount: scan.mentions.length,
    paintedCount: painted.length,
    topics: scan.topics,
    mentions: painted.map(({ index, topic, text }) => ({ index, topic, text })),
  };
}

/** The summary of a page the gate turned away. */
export const nothingFound = (enabled: boolean) => pageSummary({ about: false, mentions: [], topics: {} }, [], enabled);
