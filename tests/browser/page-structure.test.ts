import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { articlePage } from '../../scripts/lib/demo-pages';
import { paintedRanges, patchSettings, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { ARTICLE_BODY, framing, page, SHADOW } from './fixtures';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let otherOrigin: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  otherOrigin = await servePages({ '/frame.html': page(ARTICLE_BODY) });
  server = await servePages({
    '/article.html': articlePage,
    '/shadow.html': SHADOW,
    '/frame.html': page(ARTICLE_BODY),
    '/same-origin.html': framing('/frame.html'),
    '/cross-origin.html': () => framing(`${otherOrigin.origin}/frame.html`),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await otherOrigin?.close();
});

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.origin + path);
  return tab;
}

function childFrame(tab: Page): Frame {
  const frame = tab.frames().find((f) => f !== tab.mainFrame());
  if (!frame) throw new Error('no child frame');
  return frame;
}

describe('where text lives', () => {
  it('paints inside open shadow roots, with the highlight styles adopted there', async () => {
    const tab = await open('/shadow.html');
    const ranges = await waitForPainted(tab);
    expect(ranges.some((r) => r.text.toLowerCase().includes('troops'))).toBe(true);
    const inShadow = await tab.evaluate(() => {
      const root = document.querySelector('news-card')!.shadowRoot!;
      let count = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('borderline-')) return;
        for (const range of highlight) if ((range as Range).startContainer.getRootNode() === root) count++;
      });
      return { count, sheets: root.adoptedStyleSheets.length };
    });
    expect(inShadow.count).toBeGreaterThan(0);
    expect(inShadow.sheets).toBe(1);
    await tab.close();
  });

  it('paints inside same-origin and cross-origin frames', async () => {
    for (const path of ['/same-origin.html', '/cross-origin.html']) {
      const tab = await open(path);
      await tab.waitForLoadState('load');
      const ranges = await waitForPainted(childFrame(tab));
      expect(ranges.some((r) => r.text.toLowerCase().includes('troops'))).toBe(true);
      expect(await paintedRanges(tab)).toEqual([]);
      await tab.close();
    }
  });
});

describe('the corner notice', () => {
  it('counts what the reader can act on (checked claims, known quotes), opens the card, and can be dismissed', async () => {
    const tab = await open('/article.html');
    const ranges = await waitForPainted(tab);
    const claims = ranges.filter((range) => /-claim-/.test(range.name)).length;
    expect(claims).toBeGreaterThan(0);
    const notice = tab.locator('borderline-ui .notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain(`${claims} checked claims`);
    // The source's faults are the source's: the page is never told it has them.
    expect(await notice.textContent()).not.toMatch(/caveat/);
    await notice.locator('.notice-open').click();
    await tab.locator('borderline-ui .card').waitFor({ state: 'visible', timeout: 2_000 });
    await tab.keyboard.press('Escape');
    await notice.locator('.notice-dismiss').click();
    await notice.getByRole('button', { name: 'Hide on this page' }).click();
    await notice.waitFor({ state: 'detached' });
    await tab.close();
  });

  it('stays away when turned off in the settings', async () => {
    await patchSettings(browser.worker, { showNotice: false });
    try {
      const tab = await open('/article.html');
      await waitForPainted(tab);
      await tab.waitForTimeout(300);
      expect(await tab.locator('borderline-ui .notice').count()).toBe(0);
      await tab.close();
    } finally {
      await patchSettings(browser.worker, { showNotice: true });
    }
  });
});
