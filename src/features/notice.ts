import type { Pack, TopicId } from '../pack/types';
import type { PageScan } from '../page/scan';
import type { OverlayHost } from '../ui/overlay/overlay-host';

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

/** Caveats of the source that bear on the topics found on the page. */
export function caveatsFor(pack: Pack, scan: PageScan): number {
  const topics = new Set(Object.keys(scan.topics));
  return pack.caveats.filter((caveat) => caveat.severity !== 'none' && caveat.topics.some((t) => topics.has(t))).length;
}

export interface NoticeUpdate {
  scan: PageScan;
  painted: number;
  enabled: boolean;
}

/**
 * Shows the corner notice on pages about the dispute (unless turned off), hides it elsewhere.
 * The caveat count needs the pack, read only once a page has something to show; an update that
 * waited for it never undoes a later one. A changing page is scanned again and again: a notice
 * that would say the same is left as it is. `open` opens the card of the page as it is then.
 */
export function noticeUpdater(
  overlay: OverlayHost,
  pack: () => Promise<Pack>,
  open: () => void,
): (update: NoticeUpdate) => void {
  let latest = 0;
  let shown = '';
  const show = (notice: { mentions: number; painted: number; caveats: number } | null) => {
    const key = JSON.stringify(notice);
    if (key === shown) return;
    shown = key;
    overlay.setNotice(notice && { ...notice, onOpen: open });
  };
  return ({ scan, painted, enabled }) => {
    const mine = ++latest;
    if (!enabled || !scan.about || scan.mentions.length === 0) {
      show(null);
      return;
    }
    pack()
      .then((loaded) => {
        if (mine === latest) show({ mentions: scan.mentions.length, painted, caveats: caveatsFor(loaded, scan) });
      })
      .catch(() => undefined);
  };
}
