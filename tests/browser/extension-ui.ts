import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/lib/demo-pages';
import { patchSettings, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import { playwrightTab, type ReaderTab } from '../../scripts/lib/reader';
import { type Routes, servePages } from '../../scripts/lib/serve';
import type { ContentRequest } from '../../src/messaging/protocol';

/** The extension API as the service worker sees it (inside `worker.evaluate`). */
declare const chrome: { tabs: { sendMessage: (...args: unknown[]) => Promise<unknown> } };

/** The popup, opened as a page reporting on the tab `tabId`. */
export async function openPopup(browser: ExtensionBrowser, tabId: number, width = 400): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main.popup').waitFor();
  return popup;
}

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('main.options').waitFor();
  return options;
}

/** Sends a content request the way the background does, to one frame of a tab. */
export function sendToTab(worker: Worker, tabId: number, request: ContentRequest, frameId = 0): Promise<unknown> {
  return worker.evaluate(([id, message, frame]) => chrome.tabs.sendMessage(id, message, { frameId: frame }), [
    tabId,
    request,
    frameId,
  ] as const);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

/**
 * Serious and critical axe-core violations on the page (or within one element of it), shadow
 * roots included, in either browser. Evaluated by the driver: extension pages'
 * Content-Security-Policy refuses inline script tags.
 */
export async function seriousViolationsIn(tab: ReaderTab, within?: string): Promise<AxeViolation[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.run(AXE);
  return tab.evaluate(async (selector) => {
    const { violations } = await (
      window as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, within);
}

export function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  return seriousViolationsIn(playwrightTab(page), within);
}

type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** Resolves when the DevTools protocol reports the extension's service worker in `status`. */
function workerReaches(cdp: CDPSession, extensionId: string, status: WorkerStatus): Promise<void> {
  return new Promise((resolve) => {
    const onUpdate = (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = event.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (!ours.some((v) => v.runningStatus === status)) return;
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      resolve();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
}

/**
 * Stops the extension's service worker as the browser does when it idles, and answers a promise
 * that resolves once the browser has started it again (for the next event).
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<{ restarted: Promise<void> }> {
  // An extension page's session sees the extension's workers.
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/source.html`);
  const cdp = await browser.context.newCDPSession(page);
  const stopped = workerReaches(cdp, browser.extensionId, 'stopped');
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  const restarted = workerReaches(cdp, browser.extensionId, 'running').finally(() => page.close());
  return { restarted };
}

export interface ArticleSetup {
  browser: ExtensionBrowser;
  server: Awaited<ReturnType<typeof servePages>>;
  /** The demo article, painted. */
  article: Page;
  articleTab: number;
  close: () => Promise<void>;
}

/** A browser with the extension, the demo pages (and `routes`) served, the article open and painted. */
export async function openArticle(
  launch: LaunchOptions = {},
  routes: Routes = {},
  settings: Record<string, unknown> = {},
): Promise<ArticleSetup> {
  const server = await servePages({ ...demoRoutes(), ...routes });
  const browser = await launchWithExtension(launch);
  if (Object.keys(settings).length > 0) await patchSettings(browser.worker, settings);
  const article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
  await waitForPainted(article);
  const articleTab = await tabIdOf(browser.worker, article);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { browser, server, article, articleTab, close };
}
