/**
 * `npm start`: the extension on its built-in demo. With a display, a browser window opens on the
 * demo pages; without one, it runs headless, saves screenshots to demo-output/ and prints what it
 * found on each page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from './lib/browser';
import { demoRoutes } from './lib/demo-pages';
import { paintedRanges, rangeCenter, tabIdOf, waitForPainted } from './lib/inspect';
import { servePages } from './lib/serve';

const OUTPUT = resolve(import.meta.dirname, '../demo-output');
const PAGES = [
  { path: '/article.html', label: 'The source article' },
  { path: '/unrelated.html', label: 'An unrelated news page (NYT, Sudan sanctions)' },
];

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function interactive(browser: ExtensionBrowser, origin: string): Promise<void> {
  const [first, ...rest] = PAGES;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(origin + first!.path);
  for (const { path } of rest) await (await browser.context.newPage()).goto(origin + path);
  await page.bringToFront();
  console.log('Borderline is running on the demo pages. Hover a highlighted phrase; close the browser to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

async function headless(browser: ExtensionBrowser, origin: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const { context, worker, extensionId } = browser;
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(origin + PAGES[0]!.path);
  await waitForPainted(article);
  await article.screenshot({ path: resolve(OUTPUT, 'article.png') });

  const target = await rangeCenter(article, 'troops');
  if (!target) throw new Error('No highlighted mention to hover on the article.');
  await article.mouse.move(target.x, target.y);
  await article.locator('borderline-ui .card').waitFor({ state: 'visible', timeout: 5_000 });
  await article.screenshot({ path: resolve(OUTPUT, 'card.png') });

  const unrelated = await context.newPage();
  await unrelated.goto(origin + PAGES[1]!.path);
  await unrelated.waitForTimeout(1_000);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, article)}`);
  await popup.locator('.count').waitFor({ timeout: 5_000 });
  await popup.screenshot({ path: resolve(OUTPUT, 'popup.png') });

  console.log('Borderline demo (headless)');
  const pages: Page[] = [article, unrelated];
  for (const [i, page] of pages.entries()) {
    const ranges = await paintedRanges(page);
    const topics = [...new Set(ranges.map((r) => r.name.replace(/^borderline-\w+-/, '')))].join(', ');
    console.log(`  ${PAGES[i]!.label}: ${ranges.length} mentions${topics ? ` (${topics})` : ''}`);
  }
  console.log(`Screenshots: ${['article.png', 'card.png', 'popup.png'].map((f) => `demo-output/${f}`).join(', ')}`);
}

async function main(): Promise<void> {
  const server = await servePages(demoRoutes());
  const withDisplay = hasDisplay();
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension({ headless: !withDisplay });
    if (withDisplay) await interactive(browser, server.origin);
    else await headless(browser, server.origin);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
