/**
 * `npm run screenshots`: the popup (on the source article) and the options page, in English and
 * in Spanish, saved to docs/screenshots/ for the README.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { demoRoutes } from './lib/demo-pages';
import { tabIdOf, waitForPainted } from './lib/inspect';
import { servePages } from './lib/serve';

const OUTPUT = resolve(import.meta.dirname, '../docs/screenshots');

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
      console.log(`${locale}: popup-${locale}.png, options-${locale}.png`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
