import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { articlePage } from '../../scripts/lib/demo-pages';
import {
  paintedIn,
  paintedRanges,
  patchSettings,
  rangeCenter,
  tabIdOf,
  waitForPainted,
} from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { sendToTab } from './extension-ui';
import { ARTICLE_BODY, EDITABLE, LATE_CONTENT, page, preactModule, QUIET_THEN_LATE, REACT_LIKE } from './fixtures';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await servePages({
    '/article.html': articlePage,
    '/plain.html': page(ARTICLE_BODY),
    '/late.html': LATE_CONTENT,
    '/quiet.html': QUIET_THEN_LATE,
    '/editable.html': EDITABLE,
    '/react.html': REACT_LIKE,
    '/preact.js': preactModule,
  });
  browser = await launchWithExtension();
  // These tests are about how painting works, on short fixtures: broad paints a topic word in
  // every paragraph, where normal gives a short text a single cue.
  await patchSettings(browser.worker, { sensitivity: 'broad' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The pages a test opened threw no error: checked after each test, so that one run alone checks its own.
afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  tab.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await tab.goto(server.origin + path);
  return tab;
}

/** The page's body as its own markup, leaving out the one host element the extension may add. */
function bodyWithoutOurHost(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('borderline-ui')) host.remove();
    return clone.innerHTML;
  });
}

describe('painting', () => {
  it('paints mentions without changing the page’s DOM apart from its own host element', async () => {
    const tab = await open('/plain.html');
    const ranges = await waitForPainted(tab, 2);
    expect(ranges.some((r) => r.text.toLowerCase().includes('troops'))).toBe(true);
    const original = await tab.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
      page(ARTICLE_BODY),
    );
    expect(await bodyWithoutOurHost(tab)).toBe(original);
    expect(await tab.evaluate(() => document.head.querySelectorAll('style, link').length)).toBe(0);
    expect(await tab.evaluate(() => [...document.documentElement.attributes].map((a) => a.name))).toEqual(['lang']);
    await tab.close();
  });

  it('never paints inside editable regions or form fields, and typing there is untouched', async () => {
    const tab = await open('/editable.html');
    await waitForPainted(tab, 2);
    // The editor and the field hold the article's words; only the article's are painted.
    const inArticle = async () => (await paintedIn(tab, 'article')).map((range) => range.text.toLowerCase());
    expect(await inArticle()).toContainEqual(expect.stringContaining('troops'));
    expect(await paintedIn(tab, '#editor, #notes')).toEqual([]);
    await tab.click('#editor p');
    await tab.keyboard.press('End');
    await tab.keyboard.type(' Trump troops.');
    expect(await tab.locator('#editor').textContent()).toContain('cartels. Trump troops.');
    // Typing makes changes the page is looked at again for: still nothing painted where it is typed.
    await tab.waitForTimeout(1_000);
    expect(await inArticle()).toContainEqual(expect.stringContaining('troops'));
    expect(await paintedIn(tab, '#editor, #notes')).toEqual([]);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('editor');
    await tab.close();
  });

  it('paints text appended two seconds after load', async () => {
    const tab = await open('/late.html');
    await waitForPainted(tab);
    const inLate = async () => (await paintedIn(tab, '#late')).map((range) => range.text.toLowerCase());
    await expect.poll(inLate, { timeout: 10_000 }).toContainEqual(expect.stringContaining('troops'));
    await tab.close();
  });

  it('settles a page with nothing of the dispute by the gate alone, and still paints what arrives later', async () => {
    const tab = await open('/quiet.html');
    const first = await tab.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const scan = list.getEntriesByName('borderline:scan')[0] as PerformanceMeasure | undefined;
            if (!scan) return;
            observer.disconnect();
            resolve(scan.detail);
          }).observe({ type: 'measure', buffered: true });
        }),
    );
    // The gate's verdict came from the background, whose work the measure counts.
    expect(first).toEqual({ mentions: 0, read: 'gate', backgroundMs: expect.any(Number) });
    expect(await paintedRanges(tab)).toEqual([]);
    const ranges = await waitForPainted(tab, 2, 5_000);
    expect(ranges.map((r) => r.text)).toContain('troops into Mexico');
    const last = await tab.evaluate(
      () => (performance.getEntriesByName('borderline:scan').at(-1) as PerformanceMeasure).detail,
    );
    expect(last).toMatchObject({ read: 'full' });
    await tab.close();
  });

  it('keeps a page that re-renders itself working while painted', async () => {
    const tab = await open('/react.html');
    await waitForPainted(tab);
    await tab.waitForFunction(() => document.getElementById('counter')?.textContent === 'tick 60', null, {
      timeout: 10_000,
    });
    expect(await tab.evaluate(() => (window as { renderErrors?: number }).renderErrors)).toBe(0);
    expect(await tab.locator('li').count()).toBe(2);
    await tab.waitForTimeout(1_200);
    const texts = (await paintedRanges(tab)).map((r) => r.text.toLowerCase());
    expect(texts.some((text) => text.includes('troops'))).toBe(true);
    // Every painted range still sits in the live document.
    expect(
      await tab.evaluate(() => {
        let detached = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('borderline-')) return;
          for (const range of highlight) if (!(range as Range).startContainer.isConnected) detached++;
        });
        return detached;
      }),
    ).toBe(0);
    await tab.close();
  });
});

describe('the card', () => {
  it('opens on hover after a dwell, shows quotes and caveats, and closes on Escape', async () => {
    const tab = await open('/article.html');
    await waitForPainted(tab);
    const point = await rangeCenter(tab, 'troops');
    await tab.mouse.move(point!.x, point!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    const text = await card.textContent();
    expect(text).toContain('Claudia Sheinbaum');
    expect(await card.locator('.caveat').count()).toBeGreaterThan(0);
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 1_000 });
    await tab.close();
  });

  it('stays open while the pointer moves onto it and closes after leaving it', async () => {
    const tab = await open('/article.html');
    await waitForPainted(tab);
    const point = await rangeCenter(tab, 'troops');
    await tab.mouse.move(point!.x, point!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    const box = (await card.boundingBox())!;
    await tab.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await tab.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);
    await tab.mouse.move(5, 5);
    await card.waitFor({ state: 'detached', timeout: 2_000 });
    await tab.close();
  });

  it('moves through mentions with the browser’s shortcuts and gives focus back on Escape', async () => {
    const tab = await open('/plain.html');
    const ranges = await waitForPainted(tab, 2);
    expect(ranges.length).toBeGreaterThan(1);
    await tab.focus('body');
    const tabId = await tabIdOf(browser.worker, tab);
    // The shortcut itself is the browser's; the background relays it as this message.
    const next = () => sendToTab(browser.worker, tabId, { type: 'borderline:command', command: 'next-mention' });
    const focused = () =>
      tab.evaluate(() => {
        const [range] = CSS.highlights.get('borderline-focus') ?? [];
        if (!range) return null;
        const r = range as Range;
        return `${r.startContainer.textContent?.slice(0, 20)}@${r.startOffset}`;
      });
    expect(await next()).toBe(true);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 2_000 });
    const first = await focused();
    expect(first).not.toBeNull();
    await next();
    await expect.poll(focused).not.toBe(first);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.localName)).toBe('borderline-ui');
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 1_000 });
    expect(await tab.evaluate(() => document.activeElement?.localName)).toBe('body');
    await tab.close();
  });
});

describe('settings', () => {
  it('removes every highlight at once when the site is turned off, and paints again when back on', async () => {
    const tab = await open('/plain.html');
    const before = (await waitForPainted(tab)).length;
    await patchSettings(browser.worker, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => paintedRanges(tab).then((r) => r.length)).toBe(0);
    expect(await tab.locator('borderline-ui .notice').count()).toBe(0);
    await patchSettings(browser.worker, { disabledSites: [] });
    await expect.poll(() => paintedRanges(tab).then((r) => r.length)).toBe(before);
    await tab.close();
  });
});
