import type { Browser } from '@wxt-dev/browser';
import type { Frame, Page, Worker } from 'playwright-core';

/** The extension API as the service worker sees it (inside `worker.evaluate`). */
declare const chrome: typeof Browser;

export interface PaintedRange {
  name: string;
  text: string;
}

/** The ranges Borderline painted on a page, read from the page's highlight registry. */
export function paintedRanges(page: Page | Frame): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) out.push({ name, text: range.toString() });
    });
    return out;
  });
}

/** The painted ranges that begin or end inside an element matching `selector`. */
export function paintedIn(page: Page | Frame, selector: string): Promise<PaintedRange[]> {
  return page.evaluate((sel) => {
    const elements = [...document.querySelectorAll(sel)];
    const inside = (node: Node) => elements.some((element) => element.contains(node));
    const out: { name: string; text: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) {
        const { startContainer, endContainer } = range as Range;
        if (inside(startContainer) || inside(endContainer)) out.push({ name, text: range.toString() });
      }
    });
    return out;
  }, selector);
}

/** Waits until the content script has painted at least `min` ranges (or times out). */
export async function waitForPainted(page: Page | Frame, min = 1, timeout = 10_000): Promise<PaintedRange[]> {
  await page.waitForFunction(
    (n) => {
      let count = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('borderline-') && name !== 'borderline-focus') count += highlight.size;
      });
      return count >= n;
    },
    min,
    { timeout },
  );
  return paintedRanges(page);
}

/** The screen position of the first painted range whose text matches. */
export function rangeCenter(page: Page, text?: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (found || !name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) {
        if (wanted && !range.toString().includes(wanted)) continue;
        const rect = (range as Range).getClientRects()[0];
        if (rect) {
          found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          return;
        }
      }
    });
    return found;
  }, text);
}

/**
 * The browser's id for the tab showing `page` (the popup takes it as `?tab=`). Without the
 * "tabs" permission tab URLs are hidden, so the page is brought to the front and the active
 * tab asked for.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** The badge text the extension set for a tab. */
export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Changes stored settings from the extension's own context: the synced item, and the sites where
 * Borderline is off, which are kept apart on this device.
 */
export function patchSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  return worker.evaluate(async ({ disabledSites, ...changes }) => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: object };
    if (Object.keys(changes).length > 0) await chrome.storage.sync.set({ settings: { ...settings, ...changes } });
    if (disabledSites === undefined) return;
    // The synced copy first: the worker takes in sites from it that this device lacks.
    const mirror = Array.from({ length: 8 }, (_, i) => [`disabledSites.${i}`, i === 0 ? disabledSites : []]);
    await chrome.storage.sync.set(Object.fromEntries(mirror));
    await chrome.storage.local.set({ disabledSites });
  }, patch);
}
