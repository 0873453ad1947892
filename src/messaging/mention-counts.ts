import { storage } from 'wxt/utils/storage';

/** One frame's latest report. `doc` is the reporting document's id where the browser gives one. */
export interface FrameCount {
  count: number;
  doc?: string;
  /** Reported before the tab last started loading: its document may be gone. */
  stale?: boolean;
}

/** Counts by frame id, for one tab. */
export type TabCounts = Record<string, FrameCount>;

/**
 * Kept by the background in session storage, not in the service worker's memory: the browser
 * stops an idle worker, and the next report must still add up with the frames that reported
 * before. The popup reads it for the frames it cannot ask itself.
 */
export const mentionCountsItem = storage.defineItem<Record<string, TabCounts>>('session:mentionCounts', {
  fallback: {},
});

/**
 * A frame's report. A new document in the top frame means the tab navigated: the frames that
 * reported before it started loading belonged to the old page and are dropped. (A history
 * change also marks a tab as loading, but keeps its top document, and its frames, alive.)
 */
export function withReport(tab: TabCounts, frameId: number, count: number, doc?: string): TabCounts {
  const top = tab[0];
  const navigated = frameId === 0 && top?.stale === true && (doc === undefined || top.doc !== doc);
  const kept = navigated ? Object.fromEntries(Object.entries(tab).filter(([, frame]) => !frame.stale)) : { ...tab };
  kept[frameId] = doc === undefined ? { count } : { count, doc };
  return kept;
}

export function withLoading(tab: TabCounts): TabCounts {
  return Object.fromEntries(Object.entries(tab).map(([frameId, frame]) => [frameId, { ...frame, stale: true }]));
}

export function totalOf(tab: TabCounts | undefined): number {
  return Object.values(tab ?? {}).reduce((sum, frame) => sum + frame.count, 0);
}

/** Mention counts of every tab. Updates run one after another, so no report is lost to a race. */
export class MentionCounts {
  private queue: Promise<unknown> = Promise.resolve();

  private update(
    change: (all: Record<string, TabCounts>) => Record<string, TabCounts>,
  ): Promise<Record<string, TabCounts>> {
    const next = this.queue.then(async () => {
      const all = change(await mentionCountsItem.getValue());
      await mentionCountsItem.setValue(all);
      return all;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Records a frame's count and answers the tab's total. */
  async report(tabId: number, frameId: number, count: number, doc?: string): Promise<number> {
    const all = await this.update((all) => ({ ...all, [tabId]: withReport(all[tabId] ?? {}, frameId, count, doc) }));
    return totalOf(all[tabId]);
  }

  async loading(tabId: number): Promise<void> {
    await this.update((all) => (all[tabId] ? { ...all, [tabId]: withLoading(all[tabId]) } : all));
  }

  async forget(tabId: number): Promise<void> {
    await this.update(({ [tabId]: _closed, ...rest }) => rest);
  }
}
