import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { LIMITS } from './limits';
import type { CallFrame } from './profile';
import { type FirstScan, PAGE_TIMEOUT_MS, SCAN_MEASURE, type Tab, waitForFirstScan } from './tab';
import { FINE_SAMPLING, readTrace, TRACE_CATEGORIES, type TraceEvent, type TraceReport } from './trace';

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

/** How long the floor's pass is repeated for its warm mean (timers are coarse, a pass can be shorter). */
const WARM_MS = 10;
/** The floor as an expression to evaluate in a world of its own, in either browser (see floor.js). */
export const FLOOR_EXPRESSION = `(${readFileSync(new URL('./floor.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '')})(${WARM_MS})`;
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
    expression: FLOOR_EXPRESSION,
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

/**
 * One traced load with the extension, for attributing tasks and profiling the scan; `fine`
 * samples ten times as often, `isPart` picks the functions whose share is wanted.
 */
export function tracedRun(
  tab: Tab,
  url: string,
  { fine = false, isPart }: { fine?: boolean; isPart?: (frame: CallFrame) => boolean } = {},
): Promise<TraceReport> {
  const chromium = tab.context.browser();
  if (!chromium) throw new Error('No browser handle to trace with');
  return tab.use(async (page) => {
    const categories = fine ? [...TRACE_CATEGORIES, FINE_SAMPLING] : TRACE_CATEGORIES;
    await chromium.startTracing(page, { categories });
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
    return readTrace(trace.traceEvents, { measureName: SCAN_MEASURE, longMs: LIMITS.taskMs, isPart });
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
