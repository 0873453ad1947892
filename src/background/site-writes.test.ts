import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_SITES } from '../messaging/protocol';
import { loadDisabledSites } from '../settings/site-list';
import { MIRROR_ITEM_BYTES, MIRROR_ITEMS, mirrorChunks, readMirror } from '../settings/site-mirror';
import { SiteWriter } from './site-writes';

const sites = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `site-${from + i}.example.com`);

describe('the one writer of the sites list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every change asked at once, in a few writes', async () => {
    const writer = new SiteWriter();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const outcomes = await Promise.all(sites(300).map((site) => writer.change({ add: [site] })));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(new Set(await loadDisabledSites())).toEqual(new Set(sites(300)));
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('keeps both of two toggles that arrive together', async () => {
    const writer = new SiteWriter();
    await writer.change({ add: ['a.example'] });
    await Promise.all([writer.change({ add: ['b.example'] }), writer.change({ remove: ['a.example'] })]);
    expect(await loadDisabledSites()).toEqual(['b.example']);
  });

  it('refuses a change beyond the most sites kept, and only that one', async () => {
    const writer = new SiteWriter();
    expect(await writer.change({ add: sites(MAX_SITES) })).toEqual({ ok: true, count: MAX_SITES });
    const [over, other] = await Promise.all([
      writer.change({ add: ['one-too-many.example'] }),
      writer.change({ remove: ['site-0.example.com'] }),
    ]);
    expect(over).toEqual({ ok: false, problem: 'full' });
    expect(other).toEqual({ ok: true, count: MAX_SITES - 1 });
  });

  it('says so when the browser refuses the write, and loses nothing stored before', async () => {
    const writer = new SiteWriter();
    await writer.change({ add: ['kept.example'] });
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await writer.change({ add: ['lost.example'] })).toEqual({
      ok: false,
      problem: 'storage',
      detail: 'QUOTA_BYTES quota exceeded',
    });
    expect(await loadDisabledSites()).toEqual(['kept.example']);
    set.mockRestore();
    expect(await writer.change({ add: ['next.example'] })).toEqual({ ok: true, count: 2 });
  });

  it('syncs as many sites as fit the synced items, in one write, at a bounded pace', async () => {
    // The writers above have synced their lists by now, before the count starts.
    await new Promise((resolve) => setTimeout(resolve, 20));
    vi.useFakeTimers();
    try {
      const writer = new SiteWriter(5_000);
      const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
      await writer.change({ add: sites(5_000) });
      await vi.advanceTimersByTimeAsync(0);
      expect(set).toHaveBeenCalledTimes(1);
      await writer.change({ add: ['late.example'] });
      await writer.change({ add: ['later.example'] });
      await vi.advanceTimersByTimeAsync(4_000);
      expect(set).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(set).toHaveBeenCalledTimes(2);
      const mirrored = await readMirror();
      expect(mirrored).toEqual(mirrorChunks(await loadDisabledSites()).chunks.flat());
      expect(mirrored.length).toBeGreaterThan(2_000);
      for (const items of Object.values(set.mock.calls[1]![0] as Record<string, unknown>)) {
        expect(JSON.stringify(items).length).toBeLessThanOrEqual(MIRROR_ITEM_BYTES);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes in what another browser turned off or on, and keeps what only this one holds', async () => {
    const writer = new SiteWriter();
    await writer.change({ add: ['a.example', 'b.example', 'only-here.example'] });
    writer.adopt({
      'disabledSites.0': { oldValue: ['a.example', 'b.example'], newValue: ['b.example', 'c.example'] },
      settings: { oldValue: {}, newValue: {} },
    });
    await vi.waitFor(async () =>
      expect(new Set(await loadDisabledSites())).toEqual(new Set(['b.example', 'only-here.example', 'c.example'])),
    );
  });

  it('starts a new device from the synced copy', async () => {
    const { chunks } = mirrorChunks(sites(40));
    await fakeBrowser.storage.sync.set(Object.fromEntries(chunks.map((chunk, i) => [`disabledSites.${i}`, chunk])));
    await new SiteWriter().start();
    expect(await loadDisabledSites()).toEqual(sites(40));
  });
});

describe('mirrorChunks', () => {
  it('fills each item up to its size, and stops when they are full', () => {
    const { chunks, count } = mirrorChunks(sites(20_000));
    expect(chunks).toHaveLength(MIRROR_ITEMS);
    expect(chunks.flat()).toEqual(sites(count));
    for (const chunk of chunks) expect(JSON.stringify(chunk).length).toBeLessThanOrEqual(MIRROR_ITEM_BYTES);
    expect(JSON.stringify(chunks).length).toBeLessThan(100_000);
    expect(mirrorChunks(['a.example'])).toEqual({ chunks: [['a.example'], [], [], [], [], [], [], []], count: 1 });
  });
});
