// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Detector, DetectResult, Mention } from '../detect';
import { isStale, needsRescan } from './changes';
import { DetectionCache, scanRoot } from './scan';
import { Changes } from './watch';

/** A stand-in detector: "troops" is a mention, "never accept" a quote; counts its scans. */
function fakeDetector() {
  const calls = { scan: 0, mayMatch: 0 };
  const detector: Detector = {
    mayMatch: (text) => {
      calls.mayMatch++;
      return /troops|never accept/.test(text);
    },
    scan(text): DetectResult {
      calls.scan++;
      const mentions: Mention[] = [...text.matchAll(/troops/g)].map((m) => ({
        topic: 'troops',
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        kind: 'term',
      }));
      const quotes = [...text.matchAll(/never accept US troops/g)].map((m) => ({
        quote: 'Q1',
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        saidBy: 'sheinbaum',
        attributedTo: 'trump',
        credit: { to: 'other' } as const,
        misattributed: true,
        errors: 0,
      }));
      return {
        about: mentions.length > 0,
        score: mentions.length,
        topics: { troops: mentions.length },
        mentions,
        quotes,
      };
    },
  };
  return { detector, calls };
}

describe('scanning a page', () => {
  it('turns mentions and quotes into ranges, the quote standing for the mentions inside it', async () => {
    document.body.innerHTML = '<p>We will never accept US troops here.</p><p>More <b>troops</b>.</p><p>Gardening.</p>';
    const { detector } = fakeDetector();
    // Broad: the topic word in another paragraph is painted beside the quote that stands for it.
    const { scan } = (await scanRoot(document.body, detector, { quoteTopic: () => 'troops', sensitivity: 'broad' }))!;
    expect(scan.mentions.map((m) => [m.text, m.range.toString(), m.quote?.misattributed ?? null])).toEqual([
      ['never accept US troops', 'never accept US troops', true],
      ['troops', 'troops', null],
    ]);
    expect(scan.mentions.map((m) => m.index)).toEqual([0, 1]);
    expect(scan.topics).toEqual({ troops: 2 });
  });

  it('re-detects only text that changed', async () => {
    document.body.innerHTML = '<p>US troops.</p>';
    const { detector, calls } = fakeDetector();
    const cache = new DetectionCache();
    // Broad: a topic word painted in every paragraph, so the new one shows.
    const options = { cache, sensitivity: 'broad' } as const;
    const first = await scanRoot(document.body, detector, options);
    expect(first?.scan.mentions).toHaveLength(1);
    await scanRoot(document.body, detector, options);
    expect(calls.scan).toBe(1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Other troops.' }));
    const third = await scanRoot(document.body, detector, options);
    expect(calls.scan).toBe(2);
    expect(third?.scan.mentions).toHaveLength(2);
  });

  it('remembers text without a word of the dispute too', async () => {
    document.body.innerHTML = '<p>Gardening.</p>';
    const { detector, calls } = fakeDetector();
    const cache = new DetectionCache();
    await scanRoot(document.body, detector, { cache });
    await scanRoot(document.body, detector, { cache });
    expect(calls.mayMatch).toBe(1);
  });

  it('gives up a scan that was aborted', async () => {
    document.body.innerHTML = `<p>${'troops '.repeat(10)}</p>`;
    const controller = new AbortController();
    controller.abort();
    const { detector } = fakeDetector();
    // A zero slice yields at once, and the abort is seen there.
    expect(await scanRoot(document.body, detector, { signal: controller.signal, sliceMs: -1 })).toBeNull();
  });
});

describe('deciding whether a change matters', () => {
  it('rescans for new text with a word of the dispute, or when a painted mention changed', async () => {
    document.body.innerHTML = '<p id="p">US troops.</p>';
    const { detector } = fakeDetector();
    const { scan } = (await scanRoot(document.body, detector))!;
    const records = (mutate: () => void) => {
      const observer = new MutationObserver(() => undefined);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      mutate();
      const taken = observer.takeRecords();
      observer.disconnect();
      return taken;
    };
    const unrelated = records(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Ads' })),
    );
    const changes = (taken: MutationRecord[]) => new Changes(taken, () => false);
    expect(needsRescan(changes(unrelated), scan.mentions, detector)).toBe(false);
    const related = records(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'troops' })),
    );
    expect(needsRescan(changes(related), scan.mentions, detector)).toBe(true);
    document.getElementById('p')!.firstChild!.textContent = 'Nothing here.';
    expect(isStale(scan.mentions[0]!)).toBe(true);
    // A painted mention changed: the page is read again, without a look at the records.
    let recordsRead = 0;
    const unread = new Changes(unrelated, () => {
      recordsRead++;
      return false;
    });
    expect(needsRescan(unread, scan.mentions, detector)).toBe(true);
    expect(recordsRead).toBe(0);
  });
});
