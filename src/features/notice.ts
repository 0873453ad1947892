import type { Pack, TopicId } from '../pack/types';
import type { PageScan } from '../page/scan';
import type { OverlayHost } from '../ui/overlay/overlay-host';

/** The topic a page speaks of most: the card the notice opens is about it. */
export function mainTopic(scan: PageScan): TopicId | null {
  let best: TopicId | null = null;
  for (const [topic, count] of Object.entries(scan.topics) as [TopicId, number][]) {
    if (best === null || count > (scan.topics[best] ?? 0)) best = topic;
  }
  return best;
}

/** Caveats of the source that bear on the topics found on the page. */
export function caveatsFor(pack: Pack, scan: PageScan): number {
  const topics = new Set(Object.keys(scan.topics));
  return pack.caveats.filter((caveat) => caveat.severity !== 'none' && caveat.topics.some((t) => topics.has(t))).length;
}

/** Shows the corner notice on pages about the dispute (unless turned off), hides it elsewhere. */
export function updateNotice(
  overlay: OverlayHost,
  pack: Pack,
  scan: PageScan,
  painted: number,
  enabled: boolean,
  open: () => void,
): void {
  if (!enabled || !scan.about || scan.mentions.length === 0) {
    overlay.setNotice(null);
    return;
  }
  overlay.setNotice({ mentions: scan.mentions.length, painted, caveats: caveatsFor(pack, scan), onOpen: open });
}
