/**
 * One way to drive the extension in Chromium (Playwright) and in Firefox (Puppeteer over WebDriver
 * BiDi), so that a test or the demo is written once for both browsers. What runs inside a page is
 * plain functions (`painted`, `overlayView` …) handed to `evaluate`.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { type LaunchOptions, launchWithExtension } from './browser';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './firefox';
import { tabIdOf } from './inspect';

export type BrowserName = 'Chromium' | 'Firefox';
export type Key = 'Tab' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'End';
type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface ReaderTab {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page (a library such as axe-core), whatever the page's policy. */
  run(source: string): Promise<void>;
  /** Waits until `fn` returns something truthy in the page. */
  waitUntil<A = undefined>(fn: InPage<A, unknown>, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: Key): Promise<void>;
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ReaderBrowser {
  name: BrowserName;
  newTab(url?: string): Promise<ReaderTab>;
  /** Runs `fn` where the extension's API is (`browser` in Firefox, `chrome` in Chromium). */
  inExtension<R, A>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** Opens one of the extension's own pages (`popup.html?tab=3`) in a tab. */
  openExtensionPage(path: string): Promise<ReaderTab>;
  /** The browser's id for a tab (the popup takes it as `?tab=`). */
  tabId(tab: ReaderTab): Promise<number>;
  /** Resolves when the reader closes the browser (a window of the demo). */
  closedByReader(): Promise<void>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------- Chromium (Playwright)

const playwrightPages = new WeakMap<ReaderTab, PlaywrightPage>();

/** The Playwright page behind a Chromium tab (for what only Chromium offers, such as its protocol). */
export function playwrightPageOf(tab: ReaderTab): PlaywrightPage {
  const page = playwrightPages.get(tab);
  if (!page) throw new Error('Not a Chromium tab.');
  return page;
}

export function playwrightTab(page: PlaywrightPage): ReaderTab {
  const tab: ReaderTab = {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    run: async (source) => void (await page.evaluate(source)),
    waitUntil: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
  playwrightPages.set(tab, page);
  return tab;
}

export async function chromiumReader(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  const launched = await launchWithExtension(options);
  const wrap = playwrightTab;
  return {
    name: 'Chromium',
    async newTab(url) {
      const tab = wrap(await launched.context.newPage());
      if (url) await tab.goto(url);
      return tab;
    },
    inExtension: (fn, arg) => launched.worker.evaluate(fn as never, arg) as never,
    async openExtensionPage(path) {
      const tab = wrap(await launched.context.newPage());
      await tab.goto(`chrome-extension://${launched.extensionId}/${path}`);
      return tab;
    },
    tabId: (tab) => tabIdOf(launched.worker, playwrightPageOf(tab)),
    closedByReader: () => new Promise((resolve) => launched.context.on('close', () => resolve())),
    close: () => launched.close(),
  };
}

// ---------------------------------------------------------------- Firefox (Puppeteer, WebDriver BiDi)

function puppeteerTab(page: PuppeteerPage): ReaderTab {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    run: async (source) => void (await page.evaluate(source)),
    waitUntil: async (fn, arg, timeout = 10_000) =>
      void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

/**
 * Firefox will not let the driver open the extension's pages (`moz-extension://` addresses), but
 * a page may open the extension's one web-accessible file, and from there, being then the
 * extension's own, any of its pages. The fixed address (see `FIREFOX_EXTENSION_UUID`) makes the
 * first step possible.
 */
async function openExtensionTab(firefox: FirefoxWithExtension, path: string): Promise<PuppeteerPage> {
  const page = await firefox.browser.newPage();
  for (const url of [`${firefox.origin}/${firefox.webAccessible}`, `${firefox.origin}/${path}`]) {
    await page.evaluate((address) => {
      location.href = address;
    }, url);
    const deadline = Date.now() + 10_000;
    // The old document goes away under the driver: asked too early, it answers with an error.
    while ((await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => '')) !== url) {
      if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return page;
}

export interface FirefoxReaderOptions {
  headless?: boolean;
  /** As readers have them; by default the tests open them to read the card (see `ui-shadow.ts`). */
  closedShadowRoots?: boolean;
}

export async function firefoxReader(options: FirefoxReaderOptions = {}): Promise<ReaderBrowser> {
  const firefox = await launchFirefoxWithExtension(options);
  const tabs = new WeakMap<ReaderTab, PuppeteerPage>();
  const wrap = (page: PuppeteerPage) => {
    const tab = puppeteerTab(page);
    tabs.set(tab, page);
    return tab;
  };
  try {
    // One of the extension's pages, kept open to use its API.
    const extensionPage = await openExtensionTab(firefox, 'source.html');
    const inExtension = <R, A>(fn: InPage<A, R>, arg: A): Promise<R> =>
      extensionPage.evaluate(fn as never, arg) as never;
    if (!options.closedShadowRoots)
      await inExtension(() => browser.storage.local.set({ openShadowRootsForTests: true }), undefined);
    return {
      name: 'Firefox',
      async newTab(url) {
        const tab = wrap(await firefox.browser.newPage());
        if (url) await tab.goto(url);
        return tab;
      },
      inExtension,
      openExtensionPage: async (path) => wrap(await openExtensionTab(firefox, path)),
      async tabId(tab) {
        const page = tabs.get(tab);
        if (!page) throw new Error('Not a tab of this browser.');
        await page.bringToFront();
        const id = await inExtension(async () => {
          const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
          return active?.id ?? null;
        }, undefined);
        if (id === null) throw new Error('No active tab found.');
        return id;
      },
      closedByReader: () => new Promise((resolve) => firefox.browser.once('disconnected', () => resolve())),
      close: firefox.close,
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

export function readerBrowser(
  name: BrowserName,
  options: LaunchOptions & FirefoxReaderOptions = {},
): Promise<ReaderBrowser> {
  return name === 'Firefox'
    ? firefoxReader({ headless: options.headless, closedShadowRoots: options.closedShadowRoots })
    : chromiumReader(options);
}

/** The extension's API in whichever browser the function runs (inside `inExtension`). */
declare const browser: typeof import('@wxt-dev/browser').Browser;

/**
 * Reads the page with `read` (an in-page function such as `overlayView`) until `ok` holds of what
 * it returns, and answers that; throws with the last reading after `timeoutMs`.
 */
export async function readUntil<T>(
  tab: ReaderTab,
  read: InPage<undefined, T>,
  ok: (value: T) => unknown,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await tab.evaluate(read);
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---------------------------------------------------------------- in the page (plain functions for `evaluate`)
// These run in the page: each stands alone (no closure, no helper), as only its source is sent.

/** How many ranges Borderline painted is at least `min`. */
export function paintedCount(min: number): boolean {
  let count = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('borderline-') && name !== 'borderline-focus') count += highlight.size;
  });
  return count >= min;
}

/** The painted ranges' texts and highlight names, in no particular order. */
export function painted(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
    for (const range of highlight) out.push({ name, text: range.toString() });
  });
  return out;
}

/** The viewport point at the middle of the first painted range whose text holds `text`. */
export function pointOf(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('borderline-') || name === 'borderline-focus') return;
    for (const range of highlight) {
      if (!range.toString().includes(text)) continue;
      const rect = (range as Range).getClientRects()[0];
      if (rect && rect.top >= 0 && rect.bottom <= innerHeight) {
        found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        return;
      }
    }
  });
  return found;
}

/** The text of the range the card is open on (painted as `borderline-focus`). */
export function focusedRangeText(): string | null {
  const [range] = CSS.highlights.get('borderline-focus') ?? [];
  return range ? range.toString() : null;
}

export interface OverlayView {
  card: { role: string | null; label: string; text: string } | null;
  notice: string | null;
  /** The words of the notice's list, while it is open. */
  list: string[];
  /** What the live region says. */
  announcement: string;
  /** What has keyboard focus: in Borderline's UI (its class, or its label) or on the page. */
  focus: { ours: boolean; tag: string; classes: string; label: string } | null;
}

export function overlayView(): OverlayView {
  const root = document.querySelector('borderline-ui')?.shadowRoot ?? null;
  const card = root?.querySelector('.card') ?? null;
  const inside = root?.activeElement ?? null;
  const active = inside ?? document.activeElement;
  return {
    card: card && {
      role: card.getAttribute('role'),
      label: card.getAttribute('aria-label') ?? '',
      text: card.textContent ?? '',
    },
    notice: root?.querySelector('.notice')?.textContent ?? null,
    list: [...(root?.querySelectorAll('.notice-list button') ?? [])].map((b) => b.textContent ?? ''),
    announcement: root?.querySelector('[role="status"].announcer')?.textContent ?? '',
    focus:
      !active || active === document.body
        ? null
        : {
            ours: inside !== null,
            tag: active.localName,
            classes: active.className,
            label: active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '',
          },
  };
}
