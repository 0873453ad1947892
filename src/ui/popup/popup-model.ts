import type { PageSummary } from '../../messaging/protocol';
import type { Caveat, Pack, Quote, Severity, TopicId } from '../../pack/types';
import { TOPIC_IDS } from '../../pack/types';
import { bySeverity, caveatsForTopic, isSourceQuote, quotesForTopic } from '../pack-view';

/** Every topic, or one. */
export type TopicFilter = TopicId | 'all';

export interface TopicGroup {
  topic: TopicId;
  /** Mentions of the topic on the page, painted or not. */
  count: number;
  /** The painted ones, which the popup can jump to. */
  mentions: PageSummary['mentions'];
}

/** The page's mentions by topic, the most mentioned first (the pack's order breaks ties). */
export function mentionsByTopic(summary: PageSummary): TopicGroup[] {
  return TOPIC_IDS.flatMap((topic) => {
    const mentions = summary.mentions.filter((mention) => mention.topic === topic);
    const count = Math.max(summary.topics[topic] ?? 0, mentions.length);
    return count > 0 ? [{ topic, count, mentions }] : [];
  }).sort((a, b) => b.count - a.count);
}

export interface SeverityGroup {
  severity: Severity;
  caveats: Caveat[];
}

/** The source's caveats on a topic (or all of them), grouped from the most serious down. */
export function caveatsBySeverity(pack: Pack, filter: TopicFilter): SeverityGroup[] {
  const caveats = filter === 'all' ? bySeverity(pack.caveats) : caveatsForTopic(pack, filter);
  const groups: SeverityGroup[] = [];
  for (const caveat of caveats) {
    const last = groups[groups.length - 1];
    if (last?.severity === caveat.severity) last.caveats.push(caveat);
    else groups.push({ severity: caveat.severity, caveats: [caveat] });
  }
  return groups;
}

function quotesFor(pack: Pack, filter: TopicFilter): Quote[] {
  return filter === 'all' ? pack.quotes : quotesForTopic(pack, filter);
}

/** The quotes the source article prints, on a topic or all. */
export function sourceQuotesFor(pack: Pack, filter: TopicFilter): Quote[] {
  return quotesFor(pack, filter).filter(isSourceQuote);
}

/** The quotes that give context (not the source's), on a topic or all. */
export function contextQuotesFor(pack: Pack, filter: TopicFilter): Quote[] {
  return quotesFor(pack, filter).filter((quote) => !isSourceQuote(quote));
}

/** Topics the pack has anything on, for the filter. */
export function topicsWithItems(pack: Pack): TopicId[] {
  return TOPIC_IDS.filter((topic) => [...pack.caveats, ...pack.quotes].some((item) => item.topics.includes(topic)));
}

/** The hostname Borderline works on for a page address, or null where it never runs. */
export function pageHostname(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}
