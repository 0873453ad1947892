import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MentionCounts, mentionCountsItem, totalOf, withLoading, withReport } from './mention-counts';

describe('counts by frame', () => {
  it('sum the frames of a tab', () => {
    let tab = withReport({}, 0, 5, 'top-1');
    tab = withReport(tab, 7, 2, 'ad-1');
    tab = withReport(tab, 0, 6, 'top-1');
    expect(totalOf(tab)).toBe(8);
  });

  it('drop the old page’s frames once the new page’s top frame reports', () => {
    let tab = withReport(withReport({}, 0, 5, 'top-1'), 7, 2, 'ad-1');
    tab = withLoading(tab);
    // A frame of the new page may report before its top frame does.
    tab = withReport(tab, 9, 1, 'frame-2');
    expect(totalOf(tab)).toBe(8);
    tab = withReport(tab, 0, 3, 'top-2');
    expect(tab).toEqual({ 0: { count: 3, doc: 'top-2' }, 9: { count: 1, doc: 'frame-2' } });
  });

  it('keep every frame through a history change, which keeps the top document', () => {
    let tab = withLoading(withReport(withReport({}, 0, 5, 'top-1'), 7, 2, 'ad-1'));
    tab = withReport(tab, 0, 4, 'top-1');
    expect(totalOf(tab)).toBe(6);
  });

  it('drop stale frames when the browser gives no document ids', () => {
    const tab = withReport(withLoading(withReport(withReport({}, 0, 5), 3, 2)), 0, 1);
    expect(totalOf(tab)).toBe(1);
  });
});

describe('MentionCounts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps counts in session storage, so a restarted worker adds up with earlier reports', async () => {
    expect(await new MentionCounts().report(4, 0, 5, 'top')).toBe(5);
    // A new instance is what a restarted service worker has: nothing in memory.
    const restarted = new MentionCounts();
    expect(await restarted.report(4, 2, 3, 'frame')).toBe(8);
    expect(await mentionCountsItem.getValue()).toEqual({
      4: { 0: { count: 5, doc: 'top' }, 2: { count: 3, doc: 'frame' } },
    });
  });

  it('loses no report when frames report at once', async () => {
    const counts = new MentionCounts();
    const totals = await Promise.all([1, 2, 3, 4, 5].map((frameId) => counts.report(1, frameId, 1)));
    expect(Math.max(...totals)).toBe(5);
    expect(totalOf((await mentionCountsItem.getValue())[1] ?? {})).toBe(5);
  });

  it('forgets a closed tab', async () => {
    const counts = new MentionCounts();
    await counts.report(1, 0, 2);
    await counts.report(2, 0, 3);
    await counts.forget(1);
    expect(await mentionCountsItem.getValue()).toEqual({ 2: { 0: { count: 3 } } });
  });
});
