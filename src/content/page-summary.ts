import type { PageSummary, SummaryMention } from '../messaging/protocol';
import type { PageMention, PageScan } from '../page/scan';

function summaryMention({ index, topic, text, claim, quote }: PageMention): SummaryMention {
  return {
    index,
    topic,
    text,
    ...(claim && { claim: claim.id }),
    ...(quote && { quote: quote.quote, misattributed: quote.misattributed }),
  };
}

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
    mentions: painted.map(summaryMention),
  };
}

/** The summary of a page the gate turned away. */
export const nothingFound = (enabled: boolean) => pageSummary({ about: false, mentions: [], topics: {} }, [], enabled);
