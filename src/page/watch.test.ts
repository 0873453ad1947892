// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Changes, watchPage } from './watch';

const flush = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchPage', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  function watch(floodLimit = 1000) {
    const batches: (readonly MutationRecord[] | 'flood')[] = [];
    document.body.innerHTML = '<div id="page"><p>one</p></div><borderline-ui></borderline-ui>';
    const watcher = watchPage(document.body, {
      quietMs: 20,
      maxWaitMs: 200,
      floodLimit,
      ignore: (node) =>
        (node as Element).localName === 'borderline-ui' || node.parentElement?.localName === 'borderline-ui',
      onChanges: (changes: Changes | 'flood') => batches.push(changes === 'flood' ? changes : changes.records),
      signal: controller.signal,
    });
    return { batches, watcher };
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
});
