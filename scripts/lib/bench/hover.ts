import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser';
import { patchSettings } from '../inspect';
import { percentile, type Spread, spread } from './stats';
import { PAGE_TIMEOUT_MS, type Tab, waitForFirstScan } from './tab';

/** One hover: the pointer's move to the end of the frame that first shows the card. */
export interface HoverTimes {
  inputAt: number | null;
  shownAt: number;
  paintedAt: number;
}

export interface HoverResult {
  /** Per load of the page: its hovers' p50 and p95, then over the loads, median (min–max). */
  p50_ms: Spread;
  p95_ms: Spread;
  /** Over every hover of every load. */
  all: { hovers: number; p50_ms: number; p95_ms: number; max_ms: number };
  /** Hovers the card did not follow within the time allowed. */
  missed: number;
  targets: string[];
}

/** Phrases hovered in turn, on the part of the page the viewport shows. */
const TARGETS = 8;
const CARD_TIMEOUT_MS = 5_000;
/** A point beside the article, over no words. */
const AWAY = { x: 4, y: 4 };

declare const chrome: { storage: { local: { set: (items: object) => Promise<void> } } };

/**
 * The reader's view: on a page the extension paints, the time from the pointer moving onto
 * painted words to the frame that shows their card. The dwell before a card opens (a setting,
 * 500 ms by default) is set to none, so what is left is the extension's own work: the hit-test
 * at the next frame, opening the card, its first frame. The card's fade-in is left out (reduced
 * motion), and our UI's shadow root is opened (the test seam) so the page can tell it is there.
 */
export async function measureHover(
  ext: ExtensionBrowser,
  tab: Tab,
  url: string,
  { loads, hoversPerLoad }: { loads: number; hoversPerLoad: number },
): Promise<HoverResult> {
  await ext.worker.evaluate(() => chrome.storage.local.set({ openShadowRootsForTests: true }));
  await patchSettings(ext.worker, { hoverDelayMs: 0 });
  const perLoad: number[][] = [];
  let missed = 0;
  let targets: string[] = [];
  for (let load = 0; load < loads; load++) {
    const times = await tab.use(async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      await waitForFirstScan(page);
      const points = (await page.evaluate(`__bench.hoverTargets(${TARGETS})`)) as {
        x: number;
        y: number;
        text: string;
      }[];
      if (points.length === 0) throw new Error('no painted words in view to hover');
      targets = points.map((point) => point.text);
      const out: number[] = [];
      for (let i = 0; i < hoversPerLoad; i++) {
        const ms = await hoverOnce(page, points[i % points.length]!);
        if (ms === null) missed++;
        else out.push(ms);
      }
      return out;
    });
    perLoad.push(times);
  }
  const all = perLoad.flat();
  return {
    p50_ms: spread(perLoad.map((times) => percentile(times, 50))),
    p95_ms: spread(perLoad.map((times) => percentile(times, 95))),
    all: {
      hovers: all.length,
      p50_ms: percentile(all, 50),
      p95_ms: percentile(all, 95),
      max_ms: Math.max(...all),
    },
    missed,
    targets,
  };
}

/** From a closed card and a pointer over nothing, onto `point`: milliseconds, or null if no card came. */
async function hoverOnce(page: Page, point: { x: number; y: number }): Promise<number | null> {
  await page.keyboard.press('Escape');
  await page.waitForFunction('!__bench.cardShown()', undefined, { timeout: CARD_TIMEOUT_MS });
  await page.mouse.move(AWAY.x, AWAY.y);
  await page.evaluate(`__bench.armHover(${point.x}, ${point.y})`);
  await page.mouse.move(point.x, point.y);
  const times = (await page.evaluate(`__bench.hoverResult(${CARD_TIMEOUT_MS})`)) as HoverTimes | null;
  return times?.inputAt ? times.paintedAt - times.inputAt : null;
}
