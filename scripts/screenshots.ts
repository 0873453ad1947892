/**
 * `npm run screenshots`: the card on the source's first quote, the popup (on the source article)
 * and the options page, in English and in Spanish, saved to docs/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/browser';
import { demoRoutes } from './lib/demo-pages';
import { tabIdOf, waitForPainted } from './lib/inspect';
import { servePages } from './lib/serve';

const OUTPUT = resolve(import.meta.dirname, '../docs/screenshots');

/** The middle of the first place `words` stand on the page, scrolled into view. */
async function wordsCenter(page: Page, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`“${wanted}” is not on the page`);
  }, words);
}

const server = await servePages(demoRoutes());
mkdirSync(OUTPUT, { recursive: true });
try {
  for (const locale of ['en', 'es'] as const) {
    const browser = await launchWithExtension({ locale, colorScheme: 'light' });
    try {
      const { context, worker, extensionId } = browser;
      const article = await context.newPage();
      await article.goto(`${server.origin}/article.html`);
      await waitForPainted(article);
      const tabId = await tabIdOf(worker, article);

      await article.setViewportSize({ width: 1000, height: 760 });
      const quote = await wordsCenter(article, 'We will never accept');
      await article.mouse.move(quote.x, quote.y);
      // The card lives in a closed shadow root: give it its hover delay and a frame to paint.
      await article.waitForTimeout(1_500);
      await article.screenshot({ path: resolve(OUTPUT, `card-${locale}.png`) });

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.count').waitFor({ timeout: 5_000 });
      await popup.screenshot({ path: resolve(OUTPUT, `popup-${locale}.png`) });

      const options = await context.newPage();
      await options.setViewportSize({ width: 720, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('main.options').waitFor({ timeout: 5_000 });
      await options.screenshot({ path: resolve(OUTPUT, `options-${locale}.png`), fullPage: true });
      console.log(`${locale}: card-${locale}.png, popup-${locale}.png, options-${locale}.png`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
