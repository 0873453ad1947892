import type { Browser as ExtensionApi } from '@wxt-dev/browser';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../scripts/lib/bench/trace';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import {
  paintedIn,
  paintedRanges,
  patchSettings,
  rangeCenter,
  tabIdOf,
  waitForPainted,
} from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { MAX_PAINTED } from '../../src/content/page-session';
import { sendToTab } from './extension-ui';
import { ARTICLE_BODY, page } from './fixtures';
import {
  CLOSED_SHADOW,
  EAVESDROPPER,
  EDITOR_DRAFT,
  EDITORS,
  FIVE_THOUSAND_DEEP,
  FIVE_THOUSAND_SENTENCES,
  framingBoth,
  HOSTILE_CSS,
  HUNDRED_THOUSAND_ELEMENTS,
  OVERLAID,
  POISONED_DOM,
  POISONED_JS,
  PREDEFINED_HOST,
  STRICT_CSP,
  styled,
  TEN_MB_TEXT_NODE,
  TYPED,
} from './hostile-fixtures';

/** The extension API as the service worker sees it (inside `worker.evaluate`). */
declare const chrome: typeof ExtensionApi;

/** No task the extension causes may hold the page's main thread longer than this. */
const LONG_TASK_LIMIT_MS = 200;

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let otherOrigin: Awaited<ReturnType<typeof servePages>>;
let pristineSettings: Record<string, unknown>;
const requests: string[] = [];
const workerErrors: string[] = [];
const tabErrors = new Map<Page, string[]>();

const cssRoutes = Object.fromEntries(Object.values(HOSTILE_CSS).map((css, i) => [`/css-${i}.html`, styled(css)]));

beforeAll(async () => {
  otherOrigin = await servePages({ '/frame.html': page(ARTICLE_BODY) });
  server = await servePages(
    {
      '/poisoned-js.html': POISONED_JS,
      '/poisoned-dom.html': POISONED_DOM,
      '/predefined-host.html': PREDEFINED_HOST,
      '/elements.html': HUNDRED_THOUSAND_ELEMENTS,
      '/deep.html': FIVE_THOUSAND_DEEP,
      '/ten-mb.html': TEN_MB_TEXT_NODE,
      '/sentences.html': FIVE_THOUSAND_SENTENCES,
      '/editors.html': EDITORS,
      '/csp.html': page(ARTICLE_BODY),
      '/closed-shadow.html': CLOSED_SHADOW,
      '/frame.html': page(ARTICLE_BODY),
      '/frames.html': () => framingBoth(otherOrigin.origin),
      '/overlaid.html': OVERLAID,
      '/eavesdropper.html': EAVESDROPPER,
      ...cssRoutes,
    },
    { '/csp.html': { 'content-security-policy': STRICT_CSP } },
  );
  browser = await launchWithExtension();
  const { context, worker } = browser;
  context.on('request', (request) => requests.push(request.url()));
  // Content-script errors surface as the page's own errors and console errors (see `newTab`); the
  // worker's console comes through the context, its uncaught errors only through its own listeners.
  context.on('console', (message) => {
    if (message.worker() && message.type() === 'error') workerErrors.push(message.text());
  });
  await worker.evaluate(() => {
    const errors: string[] = [];
    Object.assign(globalThis, { hostileErrors: errors });
    self.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
    self.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${event.reason}`));
  });
  pristineSettings = await readSettings();
  // Long tasks from the very start of every document, before any page script runs.
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    Object.defineProperty(window, 'longTasks', { value: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterEach(async () => {
  for (const tab of browser.context.pages()) await tab.close();
  // A test that changes settings (or a page that manages to) must not leak into the next one.
  await browser.worker.evaluate(async (settings) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(settings);
  }, pristineSettings);
  // Checked after each test, so that a test run alone checks its own pages too.
  expect(offMachine(requests.splice(0)), 'requests off the machine').toEqual([]);
  const uncaught = await browser.worker.evaluate(
    () =>
      (globalThis as { hostileErrors?: string[] }).hostileErrors?.splice(0) ?? [
        'the worker restarted: its errors are lost',
      ],
  );
  expect([...workerErrors.splice(0), ...uncaught], 'errors in the service worker').toEqual([]);
});

/** The page tools are web-accessible under an address made up for each session, never the web's. */
const PAGE_TOOLS = /^chrome-extension:\/\/[a-z0-9-]+\/page-tools\.js$/;

/** The requests that went anywhere but the test servers and the extension's own files. */
function offMachine(urls: string[]): string[] {
  const allowed = [
    `${server.origin}/`,
    `${otherOrigin.origin}/`,
    `chrome-extension://${browser.extensionId}/`,
    // What the browser makes of a page's attempt to load the page tools by the extension's address.
    'chrome-extension://invalid/',
  ];
  return urls.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)) && !PAGE_TOOLS.test(url));
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await otherOrigin?.close();
});

function readSettings(): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(() => chrome.storage.sync.get(null));
}

async function newTab(): Promise<Page> {
  const tab = await browser.context.newPage();
  const errors: string[] = [];
  tabErrors.set(tab, errors);
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return tab;
}

async function open(path: string): Promise<Page> {
  const tab = await newTab();
  await tab.goto(server.origin + path, { timeout: 60_000 });
  return tab;
}

function errorsOf(tab: Page): string[] {
  return tabErrors.get(tab) ?? [];
}

const card = (tab: Page) => tab.locator('borderline-ui .card');

/** Rests the pointer on a painted mention and waits for the card. */
async function hoverMention(tab: Page, point: { x: number; y: number } | null, shown = card(tab)): Promise<void> {
  expect(point, 'a painted mention to hover').not.toBeNull();
  await tab.mouse.move(point!.x, point!.y);
  await shown.waitFor({ state: 'visible', timeout: 3_000 });
}

/** Whether every painted range lies inside elements matching `selector` (nothing else was painted). */
function paintedOnlyInside(target: Page | Frame, selector: string): Promise<boolean> {
  return target.evaluate((sel) => {
    const allowed = [...document.querySelectorAll(sel)];
    let all = true;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-')) return;
      for (const range of highlight) {
        const node = (range as Range).startContainer;
        if (!allowed.some((element) => element.contains(node))) all = false;
      }
    });
    return all;
  }, selector);
}

// --- Reading a page whose own globals are poisoned ---------------------------------------------

/**
 * Runs a function in a fresh isolated world of the tab's main frame: the page's replaced
 * built-ins are not there, while the DOM and the highlight registry are the page's own. `fn` is
 * sent as source, so it must not use anything from around it.
 */
async function inCleanWorld<R>(tab: Page, fn: () => R): Promise<R> {
  const cdp = await browser.context.newCDPSession(tab);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'hostile-check',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})()`,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}

function troopsPainted(): boolean {
  let found = false;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('borderline-')) return;
    for (const range of highlight) if (range.toString().includes('troops')) found = true;
  });
  return found;
}

function troopsCenter(): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (!found && rect && range.toString().includes('troops')) {
        found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
  });
  return found;
}

function lateParagraphPainted(): boolean {
  const late = document.getElementById('late');
  let found = false;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('borderline-')) return;
    for (const range of highlight) if (late?.contains((range as Range).startContainer)) found = true;
  });
  return found;
}

async function waitInCleanWorld(tab: Page, condition: () => boolean): Promise<void> {
  await expect.poll(() => inCleanWorld(tab, condition), { timeout: 10_000 }).toBe(true);
}

// --- Long tasks ----------------------------------------------------------------------------------

interface LongTask {
  /** Page clock (`performance.now()`), ms. */
  start: number;
  duration: number;
  /** CPU time the main thread spent on the task, ms; wall-clock `duration` where the trace has no answer. */
  cpu: number;
  traced: boolean;
}

/** A main-thread task in the trace; continuations after `scheduler.yield()` run as microtask checkpoints. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/**
 * A trace of a tab's main thread, for the CPU time of its tasks. Long-task entries are wall-clock:
 * they also count the time the thread waited for a CPU, and on a shared two-core machine other
 * processes stretch any task. The trace tells how much of a task was work.
 */
type CpuOf = (task: { start: number; duration: number }) => number | undefined;

async function traceTab(tab: Page): Promise<() => Promise<CpuOf>> {
  const cdp = await browser.context.newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: {
      // The default mode stops at a small buffer and loses the renderer's later tasks.
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'blink.user_timing'],
      excludedCategories: ['*'],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    // A mark ties the page clock to the trace clock, and names the page's main thread.
    await tab.evaluate(() => performance.mark('trace-clock'));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mark = events.find((event) => event.name === 'trace-clock');
    const tasks = events.filter(
      (event) => event.ph === 'X' && TASK_EVENTS.has(event.name) && event.pid === mark?.pid && event.tid === mark?.tid,
    );
    const origin = mark ? mark.ts - Number(mark.args?.data?.startTime ?? 0) * 1_000 : 0;
    return ({ start, duration }) => {
      const middle = origin + (start + duration / 2) * 1_000;
      const running = tasks.filter((task) => task.ts <= middle && middle <= task.ts + (task.dur ?? 0));
      const cpu = Math.max(...running.map((task) => task.tdur ?? Number.NaN));
      return Number.isFinite(cpu) ? cpu / 1_000 : undefined;
    };
  };
}

/** The tab's long tasks that started at or after `from` (page clock), each with its CPU time. */
async function longTasksSince(tab: Page, from: number, cpuOf: CpuOf): Promise<LongTask[]> {
  const tasks = await tab.evaluate(
    (since) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter(
        (task) => task.start >= since,
      ),
    from,
  );
  return tasks.map((task) => {
    const cpu = cpuOf(task);
    return { ...task, cpu: cpu ?? task.duration, traced: cpu !== undefined };
  });
}

const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((task) => task.cpu));

function describeTasks(tasks: LongTask[], from: number): string {
  const ms = (n: number) => Math.round(n);
  const list = tasks.map((task) =>
    task.traced
      ? `${ms(task.cpu)} ms of CPU (${ms(task.duration)} ms wall) at +${ms(task.start - from)}`
      : `${ms(task.duration)} ms wall, not found in the trace, at +${ms(task.start - from)}`,
  );
  return list.join(', ') || 'none';
}

interface Run {
  tasks: LongTask[];
  setupEnd: number;
  watchedMs: number;
}

/**
 * Long tasks of a heavy page after its own setup, with the extension on or off. Every heavy fixture
 * builds itself and forces layout in one inline script, then stamps `setupEnd`; the content script
 * runs later (at document_idle), so a task that starts before `setupEnd` is the page's.
 */
async function heavyRun(
  path: string,
  enabled: boolean,
  check: (tab: Page) => Promise<void>,
  watchMs = 0,
): Promise<Run> {
  await patchSettings(browser.worker, { disabledSites: enabled ? [] : ['127.0.0.1'] });
  const tab = await newTab();
  const stopTrace = await traceTab(tab);
  await tab.goto(server.origin + path, { timeout: 60_000 });
  const setupEnd = await tab
    .waitForFunction(() => (window as { setupEnd?: number }).setupEnd)
    .then((handle) => handle.jsonValue() as Promise<number>);
  await check(tab);
  // Let any rescan the first scan triggered run too, and watch the page off for as long as on.
  await tab.waitForTimeout(1_000);
  await tab.waitForFunction((until) => performance.now() >= until, setupEnd + watchMs, { timeout: 30_000 });
  const watchedMs = (await tab.evaluate(() => performance.now())) - setupEnd;
  const cpuOf = await stopTrace();
  const tasks = await longTasksSince(tab, setupEnd, cpuOf);
  expect(errorsOf(tab)).toEqual([]);
  await tab.close();
  return { tasks, setupEnd, watchedMs };
}

/**
 * How a task is attributed to the extension: after its setup a page still has work of its own
 * (painting 100,000 elements, say). The same page is loaded again with the extension switched off
 * for the site and watched for as long: the longest task of that run is the page's own. A task of
 * the run with the extension on that is longer than both the limit and the page's own longest was
 * caused by the extension. Lengths are CPU time (see `traceTab`).
 *
 * `check` runs on the page with the extension on.
 */
async function expectNoLongTaskOfOurs(path: string, check: (tab: Page) => Promise<void>): Promise<void> {
  const on = await heavyRun(path, true, check);
  const off = await heavyRun(path, false, async (tab) => expect(await paintedRanges(tab)).toEqual([]), on.watchedMs);
  expect(
    longest(on.tasks),
    `long tasks after the page's setup, with Borderline on: ${describeTasks(on.tasks, on.setupEnd)}; ` +
      `with it off: ${describeTasks(off.tasks, off.setupEnd)}`,
  ).toBeLessThanOrEqual(Math.max(LONG_TASK_LIMIT_MS, longest(off.tasks)));
}

// --- The tests -----------------------------------------------------------------------------------

describe('built-ins the page replaced before the content script ran', () => {
  it('paints and opens its card where the page replaced and froze JavaScript built-ins', async () => {
    const tab = await open('/poisoned-js.html');
    await waitInCleanWorld(tab, troopsPainted);
    await hoverMention(tab, await inCleanWorld(tab, troopsCenter));
    expect(errorsOf(tab)).toEqual([]);
  });

  it('paints, follows changes and opens its card where the page replaced DOM built-ins, MutationObserver and window.CSS', async () => {
    const tab = await open('/poisoned-dom.html');
    expect(await tab.evaluate(() => CSS.highlights)).toBeNull();
    await waitInCleanWorld(tab, troopsPainted);
    await hoverMention(tab, await inCleanWorld(tab, troopsCenter));
    // The page adds text with an API it left alone: our own MutationObserver must still see it.
    await tab.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        // A known quote: painted whatever else the page has painted already.
        '<p id="late">“We will never accept the presence of the United States army in our territory,” Sheinbaum said.</p>',
      ),
    );
    await waitInCleanWorld(tab, lateParagraphPainted);
    expect(errorsOf(tab)).toEqual([]);
  });

  it('opens its card where the page defined <borderline-ui> before us', async () => {
    const tab = await open('/predefined-host.html');
    await waitForPainted(tab);
    await tab.waitForTimeout(500);
    // Soft: an error while building our UI is worth seeing even when the card then fails to open.
    expect.soft(errorsOf(tab)).toEqual([]);
    // The page owns the name <borderline-ui> here: look for our card under whatever host holds it.
    await hoverMention(tab, await rangeCenter(tab, 'troops'), tab.locator('section.card[role="dialog"]'));
    expect(errorsOf(tab)).toEqual([]);
  });
});

describe('pages of extreme size', () => {
  it('paints the article after 100,000 elements, and nothing else, without a long task of its own', async () => {
    await expectNoLongTaskOfOurs('/elements.html', async (tab) => {
      const ranges = await waitForPainted(tab, 1, 30_000);
      expect(ranges.some((range) => range.text.includes('troops'))).toBe(true);
      expect(await paintedOnlyInside(tab, 'article')).toBe(true);
    });
  });

  it('paints the article at the bottom of 5,000 nested elements without a long task of its own', async () => {
    await expectNoLongTaskOfOurs('/deep.html', async (tab) => {
      const ranges = await waitForPainted(tab, 1, 30_000);
      expect(ranges.some((range) => range.text.includes('troops'))).toBe(true);
      expect(await paintedOnlyInside(tab, 'article')).toBe(true);
    });
  });

  it('paints the article next to a 10 MB text node, and nothing in it, without a long task of its own', async () => {
    await expectNoLongTaskOfOurs('/ten-mb.html', async (tab) => {
      const ranges = await waitForPainted(tab, 1, 30_000);
      expect(ranges.some((range) => range.text.includes('troops'))).toBe(true);
      expect(await paintedOnlyInside(tab, 'article')).toBe(true);
    });
  });

  // Its longest task (painting 500 sentences) measured 118–218 ms of CPU from run to run: too close
  // to any limit to be a test. The benchmark's task measure is where its speed belongs.
  it(`paints ${MAX_PAINTED} of thousands of mentions, says how many there are in the notice and the summary`, async () => {
    await heavyRun('/sentences.html', true, async (tab) => {
      await waitForPainted(tab, MAX_PAINTED, 30_000);
      await tab.waitForTimeout(500);
      expect((await paintedRanges(tab)).length).toBe(MAX_PAINTED);
      const tabId = await tabIdOf(browser.worker, tab);
      const summary = await sendToTab(browser.worker, tabId, { type: 'borderline:get-summary' });
      expect(summary).toMatchObject({ paintedCount: MAX_PAINTED });
      const { mentionCount, mentions } = summary as { mentionCount: number; mentions: unknown[] };
      expect(mentionCount).toBeGreaterThan(2 * MAX_PAINTED);
      expect(mentions).toHaveLength(MAX_PAINTED);
      const notice = tab.locator('borderline-ui .notice');
      await notice.waitFor({ state: 'visible' });
      // The numbers the notice states, whole (a thousands separator does not split one).
      const text = (await notice.textContent()) ?? '';
      const numbers = (text.replace(/(\d)[,.\u00a0\u202f](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).map(Number);
      // How many there are (checked claims here: the page repeats one), and how many are painted.
      expect(Math.max(...numbers), text).toBeGreaterThan(2 * MAX_PAINTED);
      expect(numbers, text).toContain(MAX_PAINTED);
    });
  });
});

describe('editing', () => {
  /**
   * Types TYPED at the caret. Returns the long tasks from the first key until the rescans that
   * typing triggers are over (they run within a second of the last key), with their CPU time.
   */
  async function typeWatched(tab: Page): Promise<{ tasks: LongTask[]; start: number }> {
    const stopTrace = await traceTab(tab);
    const start = await tab.evaluate(() => performance.now());
    await tab.keyboard.type(TYPED);
    await tab.waitForTimeout(1_200);
    return { tasks: await longTasksSince(tab, start, await stopTrace()), start };
  }

  it('never paints a contenteditable editor; 200 characters typed there land whole, caret last, with no long task', async () => {
    const tab = await open('/editors.html');
    await waitForPainted(tab);
    // The editor holds a known quote, which the scan of the page left unpainted there.
    expect(await paintedIn(tab, '#editor')).toEqual([]);
    await tab.click('#editor p');
    await tab.keyboard.press('End');
    const typing = await typeWatched(tab);
    // Editors turn some spaces into non-breaking ones as they go; that is theirs, not ours.
    const text = await tab.evaluate(() => document.getElementById('editor')!.textContent!.replace(/\u00a0/g, ' '));
    expect(text).toBe(`${EDITOR_DRAFT}${TYPED}`);
    const caret = await tab.evaluate(() => {
      const selection = getSelection()!;
      const editor = document.getElementById('editor')!;
      const before = document.createRange();
      before.setStart(editor, 0);
      before.setEnd(selection.focusNode!, selection.focusOffset);
      return { collapsed: selection.isCollapsed, offset: before.toString().length, length: editor.textContent!.length };
    });
    expect(caret).toEqual({ collapsed: true, offset: caret.length, length: caret.length });
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(longest(typing.tasks), describeTasks(typing.tasks, typing.start)).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
    // After typing: the article is still painted, and still nothing in the editor.
    expect((await paintedIn(tab, 'article')).map((range) => range.text)).toContainEqual(
      expect.stringContaining('troops'),
    );
    expect(await paintedIn(tab, '#editor')).toEqual([]);
    expect(errorsOf(tab)).toEqual([]);
  });

  it('never paints a textarea; 200 characters typed there land whole, caret last, with no long task', async () => {
    const tab = await open('/editors.html');
    await waitForPainted(tab);
    await tab.click('#notes');
    await tab.keyboard.press('Control+End');
    const typing = await typeWatched(tab);
    const field = await tab.evaluate(() => {
      const notes = document.getElementById('notes') as HTMLTextAreaElement;
      return { value: notes.value, start: notes.selectionStart, end: notes.selectionEnd };
    });
    const value = `Notes:${TYPED}`;
    expect(field).toEqual({ value, start: value.length, end: value.length });
    expect(longest(typing.tasks), describeTasks(typing.tasks, typing.start)).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
    expect(await paintedIn(tab, '#notes')).toEqual([]);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('notes');
    expect(errorsOf(tab)).toEqual([]);
  });
});

describe('a strict Content-Security-Policy', () => {
  it('opens a styled, fixed card on a page that allows no inline style and no script', async () => {
    const tab = await newTab();
    const response = await tab.goto(`${server.origin}/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await waitForPainted(tab);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    const style = await card(tab).evaluate((element) => {
      const frame = element.closest('.card-frame')!;
      const { backgroundColor, borderTopStyle } = getComputedStyle(element);
      return { backgroundColor, borderTopStyle, position: getComputedStyle(frame).position };
    });
    expect(style.position).toBe('fixed');
    expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.borderTopStyle).toBe('solid');
    expect(errorsOf(tab)).toEqual([]);
  });
});

describe('shadow roots and frames', () => {
  it('leaves text in a closed shadow root unread and paints the light DOM around it', async () => {
    const tab = await open('/closed-shadow.html');
    await waitForPainted(tab);
    const inClosedRoot = await tab.evaluate(() => {
      const root = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
      let count = 0;
      CSS.highlights.forEach((highlight) => {
        for (const range of highlight) if ((range as Range).startContainer.getRootNode() === root) count++;
      });
      return count;
    });
    expect(inClosedRoot).toBe(0);
    expect(await paintedOnlyInside(tab, 'article')).toBe(true);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    expect(errorsOf(tab)).toEqual([]);
  });

  it('paints inside a same-origin and a cross-origin frame, and not the neutral page around them', async () => {
    const tab = await open('/frames.html');
    const frames = tab.frames().filter((frame) => frame !== tab.mainFrame());
    expect(frames.map((frame) => new URL(frame.url()).origin).sort()).toEqual(
      [server.origin, otherOrigin.origin].sort(),
    );
    for (const frame of frames) {
      const ranges = await waitForPainted(frame);
      expect(ranges.some((range) => range.text.includes('troops'))).toBe(true);
    }
    expect(await paintedRanges(tab)).toEqual([]);
    expect(errorsOf(tab)).toEqual([]);
  });
});

describe('page CSS aimed at the card', () => {
  /** The card is shown, on top of everything at its centre, styled, and closes from its own button. */
  async function expectUsableCard(tab: Page): Promise<void> {
    const box = (await card(tab).boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(50);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(await tab.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre)).toBe('borderline-ui');
    const look = await card(tab).evaluate((element) => {
      const host = (element.getRootNode() as ShadowRoot).host;
      const { opacity, visibility, display } = getComputedStyle(host);
      return { opacity, visibility, display, background: getComputedStyle(element).backgroundColor };
    });
    expect(look).toMatchObject({ opacity: '1', visibility: 'visible', display: 'block' });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    // A real click: it fails if anything of the page's lies over the button.
    await card(tab).locator('.close').click({ timeout: 2_000 });
    await card(tab).waitFor({ state: 'detached', timeout: 1_000 });
  }

  for (const [i, [name, css]] of Object.entries(HOSTILE_CSS).entries()) {
    it(`keeps the card visible, on top and closable where the page’s CSS ${name} (${css})`, async () => {
      const tab = await open(`/css-${i}.html`);
      await waitForPainted(tab);
      await hoverMention(tab, await rangeCenter(tab, 'troops'));
      await expectUsableCard(tab);
      expect(errorsOf(tab)).toEqual([]);
    });
  }

  it('keeps the card on top of full-viewport overlays at the highest z-index that the page keeps last in the body', async () => {
    const tab = await open('/overlaid.html');
    await waitForPainted(tab);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    // The page's overlays come after our host (which sits before the body) in the document.
    expect(
      await tab.evaluate(() => {
        const order = document
          .querySelector('borderline-ui')!
          .compareDocumentPosition(document.querySelector('.banner')!);
        return (order & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }),
    ).toBe(true);
    await expectUsableCard(tab);
    expect(errorsOf(tab)).toEqual([]);
  });
});

describe('a page imitating the extension', () => {
  /** What the page can observe of our state: nothing of it may change. */
  async function state(tab: Page) {
    return {
      cards: await card(tab).count(),
      focus: await tab.evaluate(() => CSS.highlights.has('borderline-focus')),
      scrollY: await tab.evaluate(() => scrollY),
      painted: (await paintedRanges(tab)).length,
      settings: await readSettings(),
      tabs: browser.context.pages().length,
    };
  }

  it('cannot load the page tools by the extension’s address to learn it is installed', async () => {
    const tab = await open('/eavesdropper.html');
    // The tools are loaded here, into the content script's world, under the session's own address
    // (the page tries the lasting one below).
    await waitForPainted(tab);
    expect(requests.some((url) => PAGE_TOOLS.test(url) && !url.includes(browser.extensionId))).toBe(true);
    const tryLoad = (url: string) =>
      tab.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const script = document.createElement('script');
            script.src = src;
            script.onload = () => resolve('loaded');
            script.onerror = () => resolve('blocked');
            document.body.append(script);
          }),
        url,
      );
    expect(await tryLoad(`chrome-extension://${browser.extensionId}/page-tools.js`)).toBe('blocked');
    expect(await tab.evaluate(() => '__borderlinePageTools' in globalThis)).toBe(false);
    await tab.close();
  });

  it('ignores posted messages and DOM events shaped like its own requests', async () => {
    const tab = await open('/eavesdropper.html');
    await waitForPainted(tab);
    const before = await state(tab);
    await tab.evaluate(() => {
      const imitations = [
        { type: 'borderline:reveal-mention', index: 0 },
        { type: 'borderline:get-summary' },
        { type: 'borderline:check-quote', text: 'Sheinbaum rejected U.S. troops' },
        { type: 'borderline:command', command: 'toggle-site' },
        { type: 'borderline:command', command: 'next-mention' },
        { type: 'borderline:open-source' },
        { type: 'borderline:mention-count', count: 999 },
      ];
      for (const data of imitations) {
        window.postMessage(data, '*');
        window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window }));
        document.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
        window.dispatchEvent(new CustomEvent(data.type, { detail: data }));
      }
    });
    await tab.waitForTimeout(1_000);
    expect(await state(tab)).toEqual(before);
    expect(errorsOf(tab)).toEqual([]);
  });

  it('keeps painting and opening its card after the page replays the content script’s start-up event', async () => {
    const tab = await open('/eavesdropper.html');
    const painted = (await waitForPainted(tab)).length;
    // The content script announces itself with a window message the page can read; a store
    // extension's id is public, so the page can also build the event name without it.
    await tab.evaluate((extensionId) => {
      const overheard = (window as unknown as { overheard: { type?: unknown; contentScriptName?: unknown }[] })
        .overheard;
      const names = new Set([`${extensionId}:content:wxt:content-script-started`]);
      for (const data of overheard) if (typeof data?.type === 'string') names.add(data.type);
      for (const name of names) {
        for (const contentScriptName of ['content', ...overheard.map((data) => data?.contentScriptName)]) {
          document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName, messageId: 'impostor' } }));
        }
      }
    }, browser.extensionId);
    await tab.waitForTimeout(500);
    expect((await paintedRanges(tab)).length).toBe(painted);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    expect(errorsOf(tab)).toEqual([]);
  });

  it('keeps the card open when the page synthesises the Escape key', async () => {
    const tab = await open('/eavesdropper.html');
    await waitForPainted(tab);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    await expect.poll(() => card(tab).count()).toBe(1);
    await tab.evaluate(() => {
      for (const target of [document.body, document, window]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
      }
    });
    await tab.waitForTimeout(500);
    expect(await card(tab).count()).toBe(1);
    // The reader's own Escape still closes it.
    await tab.keyboard.press('Escape');
    await expect.poll(() => card(tab).count()).toBe(0);
  });

  it('opens no card for pointer moves the page synthesises over a mention', async () => {
    const tab = await open('/eavesdropper.html');
    await waitForPainted(tab);
    const before = await state(tab);
    const point = (await rangeCenter(tab, 'troops'))!;
    await tab.evaluate(({ x, y }) => {
      const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 5; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
      }
    }, point);
    await tab.waitForTimeout(1_500);
    expect(await state(tab)).toEqual(before);
  });

  it('does not let the page press the card’s buttons: settings stay and no tab opens', async () => {
    const tab = await open('/eavesdropper.html');
    await waitForPainted(tab);
    await hoverMention(tab, await rangeCenter(tab, 'troops'));
    const settings = await readSettings();
    const tabs = browser.context.pages().length;
    // The page reaches into our host the way it would into any open shadow root (the tests open
    // ours; a reader's is closed): it finds the card's buttons, and clicks them.
    const pressed = await tab.evaluate(() => {
      const buttons = [
        ...(document.querySelector('borderline-ui')?.shadowRoot?.querySelectorAll('.card button') ?? []),
      ];
      for (const button of buttons.reverse()) (button as HTMLButtonElement).click();
      return buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim());
    });
    expect(pressed).toEqual(expect.arrayContaining(['Close', 'Open the source', 'Turn off on this site']));
    await tab.waitForTimeout(1_000);
    expect({
      settings: await readSettings(),
      tabs: browser.context.pages().length,
      cards: await card(tab).count(),
    }).toEqual({
      settings,
      tabs,
      cards: 1,
    });
    expect(errorsOf(tab)).toEqual([]);
  });
});
