import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { LIMITS } from './results';
import { readTrace, TRACE_CATEGORIES, type TraceEvent, type TraceReport } from './trace';

const SCAN_MEASURE = 'borderline:scan';

/** How long a page may take to load and be scanned (the 3.8 MB page takes a few seconds). */
const PAGE_TIMEOUT_MS = 60_000;

export interface FirstScan {
  start: number;
  duration: number;
  mentions: number | null;
  /** Whether the gate settled the page ('gate') or it was read in full. */
  read: 'gate' | 'full' | null;
  /** Of `duration`, the gate's work in the background (pages the gate settled). */
  backgroundMs: number | null;
  seenAt: number;
}

export interface Heap {
  /** V8's JS heap and Blink's (DOM objects, ranges, highlights) after a full GC. */
  usedBytes: number;
  embedderBytes: number;
}

export interface ExtensionRun {
  scan: FirstScan;
  /** Longest long task overlapping the scan's wall-clock window (PerformanceObserver). */
  windowTaskMs: number;
  heap: Heap;
  walk: Floor;
}

/** One pass over the page's text, cold in a world of its own (`ms`), and the same pass warm (`warmMs`, a mean). */
export interface Floor {
  ms: number;
  warmMs: number;
  passes: number;
  nodes: number;
  chars: number;
}

export interface PlainRun {
  heap: Heap;
  /** The page's own longest task from DOMContentLoaded on, without the extension. */
  baselineTaskMs: number;
  markjs: { ms: number; estimateMs: number; termsDone: number; complete: boolean; marks: number };
}

async function heapAfterGc(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { usedBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize };
}

/**
 * One tab per browser, navigated from page to page: a new tab per run would cost more than many
 * small pages take to scan. Dropped and opened again after a failure.
 */
export class Tab {
  private current: { page: Page; cdp: CDPSession } | null = null;

  constructor(readonly context: BrowserContext) {}

  async use<T>(run: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
    if (!this.current) {
      const page = await this.context.newPage();
      this.current = { page, cdp: await this.context.newCDPSession(page) };
    }
    try {
      return await run(this.current.page, this.current.cdp);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.current?.page.close().catch(() => undefined);
    this.current = null;
  }
}

export async function waitForFirstScan(page: Page): Promise<FirstScan> {
  const scan = (await page.evaluate(`__bench.firstScan(${PAGE_TIMEOUT_MS})`)) as FirstScan | null;
  if (!scan) throw new Error(`no "${SCAN_MEASURE}" measure within ${PAGE_TIMEOUT_MS / 1000} s`);
  return scan;
}

const FLOOR_SOURCE = readFileSync(new URL('./floor.js', import.meta.url), 'utf8');
/** How long the floor's pass is repeated for its warm mean (timers are coarse, a pass can be shorter). */
const WARM_MS = 10;
/**
 * One world name for every run: each new document gets a fresh context in it, and the browser
 * keeps no more than one such world (a name per run would pile up worlds in the tab's renderer).
 */
const FLOOR_WORLD = 'bench-floor';

/**
 * The floor on the page as it is now, in a world made for it, as the content script's own is
 * for the extension: one cold pass, then the warm mean (see floor.js).
 */
async function floorRun(cdp: CDPSession): Promise<Floor> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: FLOOR_WORLD,
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${FLOOR_SOURCE.trim().replace(/;$/, '')})(${WARM_MS})`,
    contextId: executionContextId,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`floor: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Floor;
}

/**
 * One load with the extension: its first scan, then the heap after it, then the floor on the
 * same document.
 */
export function extensionRun(tab: Tab, url: string): Promise<ExtensionRun> {
  return tab.use(async (page, cdp) => {
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const scan = await waitForFirstScan(page);
    const windowTaskMs = (await page.evaluate(`__bench.longestTask(${scan.start}, ${scan.seenAt})`)) as number;
    const heap = await heapAfterGc(cdp);
    const walk = await floorRun(cdp);
    return { scan, windowTaskMs, heap, walk };
  });
}

/** One traced load with the extension, for attributing tasks (and profiling the scan). */
export function tracedRun(tab: Tab, url: string): Promise<TraceReport> {
  const chromium = tab.context.browser();
  if (!chromium) throw new Error('No browser handle to trace with');
  return tab.use(async (page) => {
    await chromium.startTracing(page, { categories: TRACE_CATEGORIES });
    // Tracing must stop even when the load fails, or the next run cannot start one.
    const failure = await page
      .goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS })
      .then(() => waitForFirstScan(page))
      .then(
        () => null,
        (error: unknown) => error,
      );
    const trace = JSON.parse((await chromium.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    if (failure) throw failure;
    return readTrace(trace.traceEvents, { measureName: SCAN_MEASURE, longMs: LIMITS.taskMs });
  });
}

/** How long the page is left alone after load before the baseline is read. */
const SETTLE_MS = 100;

/**
 * One load without the extension: heap and long tasks for the baseline, then mark.js on the
 * unmarked page, until done or out of budget (see `markjs` in in-page.js).
 */
export function plainRun(
  tab: Tab,
  url: string,
  { markjsSource, terms, budgetMs }: { markjsSource: string; terms: string[]; budgetMs: number },
): Promise<PlainRun> {
  return tab.use(async (page, cdp) => {
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const baselineTaskMs = (await page.evaluate(
      '__bench.longestTask(__bench.domContentLoaded(), performance.now())',
    )) as number;
    const heap = await heapAfterGc(cdp);
    await page.addScriptTag({ content: markjsSource });
    const markjs = (await page.evaluate(`__bench.markjs(${JSON.stringify(terms)}, ${budgetMs})`)) as PlainRun['markjs'];
    return { heap, baselineTaskMs, markjs };
  });
}
