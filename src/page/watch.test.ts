// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Changes, watchPage } from './watch';

const flush = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPage', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  function watch(floodLimit = 1000, longestWaitMs = 200) {
    const batches: (readonly MutationRecord[] | 'flood')[] = [];
    const times: number[] = [];
    document.body.innerHTML = '<div id="page"><p>one</p></div><borderline-ui></borderline-ui>';
    const watcher = watchPage(document.body, {
      quietMs: 20,
      maxWaitMs: 200,
      longestWaitMs,
      floodLimit,
      ignore: (node) =>
        (node as Element).localName === 'borderline-ui' || node.parentElement?.localName === 'borderline-ui',
      onChanges: (changes: Changes | 'flood') => {
        times.push(performance.now());
        batches.push(changes === 'flood' ? changes : changes.records);
      },
      signal: controller.signal,
    });
    return { batches, times, watcher };
  }

  it('hands over a burst of changes as one batch once the page is quiet', async () => {
    const { batches } = watch();
    const page = document.getElementById('page')!;
    for (let i = 0; i < 5; i++) page.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    await flush(60);
    expect(batches).toHaveLength(1);
    expect((batches[0] as MutationRecord[]).length).toBe(5);
  });

  it('ignores changes inside the extension’s own UI', async () => {
    const { batches } = watch();
    document.querySelector('borderline-ui')!.append(document.createElement('div'));
    await flush(60);
    expect(batches).toEqual([[]]);
  });

  it('reports a flood instead of the records past the limit', async () => {
    const { batches } = watch(10);
    const page = document.getElementById('page')!;
    for (let i = 0; i < 50; i++) page.append(document.createElement('span'));
    await flush(60);
    expect(batches).toEqual(['flood']);
  });

  it('drops the caller’s own writes when asked', async () => {
    const { batches, watcher } = watch();
    document.getElementById('page')!.append(document.createElement('span'));
    watcher.discardPending();
    await flush(60);
    expect(batches).toEqual([]);
  });

  it('waits longer each time while the page never stops changing, and as before once it pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { times } = watch(1000, 800);
      const page = document.getElementById('page')!;
      const started = performance.now();
      // A change every 5 ms for 2 s: never quiet for 20 ms.
      for (let t = 0; t < 2000; t += 5) {
        page.append(document.createElement('span'));
        await vi.advanceTimersByTimeAsync(5);
      }
      // Waits of 200, 400, then 800 ms: batches at 200, 600 and 1400 ms, not ten.
      expect(times.map((at) => Math.round((at - started) / 100) * 100)).toEqual([200, 600, 1400]);
      // Quiet: the last changes are handed over 20 ms after them. Then one change, handed over
      // once quiet again, not after the longest wait.
      await vi.advanceTimersByTimeAsync(1000);
      const changedAt = performance.now();
      page.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(300);
      expect(times).toHaveLength(5);
      expect(times.at(-1)! - changedAt).toBeLessThanOrEqual(25);
    } finally {
      vi.useRealTimers();
    }
  });
});
