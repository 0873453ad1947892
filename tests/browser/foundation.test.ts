import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/lib/demo-pages';
import { badgeText, paintedRanges, rangeCenter, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let article: Page;

beforeAll(async () => {
  server = await servePages(demoRoutes());
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension on the source article', () => {
  it('paints mentions of the dispute with the Custom Highlight API', async () => {
    const ranges = await waitForPainted(article);
    const texts = ranges.map((range) => range.text.toLowerCase());
    expect(texts.some((text) => text.includes('troops'))).toBe(true);
    // The source's sentences are painted as the checked claims they make.
    expect(ranges.some((range) => /-claim-wrong$/.test(range.name))).toBe(true);
    for (const range of ranges) expect(range.name).toMatch(/^borderline-(underline|background)-[a-z-]+$/);
  });

  it('opens a card with a quote and its real speaker when a mention is hovered', async () => {
    const point = await rangeCenter(article, 'troops');
    expect(point).not.toBeNull();
    await article.mouse.move(point!.x, point!.y);
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => card.getAttribute('aria-label')).toContain('troops');
    const text = await card.textContent();
    expect(text).toContain('Claudia Sheinbaum');
    expect(text).toMatch(/2025/);
    await article.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
  });

  it('reports the mention count in the popup and on the badge', async () => {
    const count = (await paintedRanges(article)).length;
    const tabId = await tabIdOf(browser.worker, article);
    await expect.poll(() => badgeText(browser.worker, tabId)).toBe(String(count));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.count').getAttribute('data-count')).toBe(String(count));
    await popup.close();
  });
});

describe('the extension on a page that is not about the dispute', () => {
  it('paints nothing and shows no badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    const tabId = await tabIdOf(browser.worker, page);
    // The content script answers the popup once it has scanned: wait for that, then look.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.status').waitFor();
    expect(await popup.locator('.status').textContent()).toMatch(/No mention/);
    expect(await paintedRanges(page)).toEqual([]);
    expect(await badgeText(browser.worker, tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('loading the extension the way branded Chrome needs', () => {
  it('runs the content script when loaded over the DevTools protocol', async () => {
    const viaCdp = await launchWithExtension({ loadVia: 'cdp' });
    try {
      const page = await viaCdp.context.newPage();
      await page.goto(`${server.origin}/article.html`);
      const ranges = await waitForPainted(page);
      expect(ranges.length).toBe((await paintedRanges(article)).length);
    } finally {
      await viaCdp.close();
    }
  });
});
