import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/browser';
import { paintedRanges, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import { defaultPack } from '../../src/pack/default';
import { caveatsForTopic, isSourceQuote, quotesForTopic } from '../../src/ui/pack-view';
import { type ArticleSetup, openArticle, openPopup } from './extension-ui';
import { ARTICLE_BODY, page } from './fixtures';

let browser: ExtensionBrowser;
let article: Page;
let articleTab: number;

let setup: ArticleSetup;

beforeAll(async () => {
  setup = await openArticle(
    {},
    {
      // Far more mentions than are worth painting.
      '/many.html': page(ARTICLE_BODY.repeat(150)),
    },
    // A topic word in every paragraph, so that the page above has them by the thousand.
    { sensitivity: 'broad' },
  );
  ({ browser, article, articleTab } = setup);
});

afterAll(() => setup?.close());

async function tabOf(path: string): Promise<{ tab: Page; tabId: number }> {
  const tab = await browser.context.newPage();
  await tab.goto(path.startsWith('about:') ? path : setup.server.origin + path);
  return { tab, tabId: await tabIdOf(browser.worker, tab) };
}

const numberIn = async (popup: Page, selector: string) =>
  Number(await popup.locator(selector).getAttribute('data-count'));

describe('the popup on a page about the dispute', () => {
  it('lists the page’s mentions by topic, with counts', async () => {
    const popup = await openPopup(browser, articleTab);
    await popup.locator('.count').waitFor();
    const count = await numberIn(popup, '.count');
    expect(count).toBe((await paintedRanges(article)).length);
    const topicCounts = (await popup.locator('.topic-count').allTextContents()).map(Number);
    expect(topicCounts.length).toBeGreaterThan(2);
    expect(topicCounts.reduce((a, b) => a + b, 0)).toBe(count);
    expect([...topicCounts].sort((a, b) => b - a)).toEqual(topicCounts);
    expect(await popup.locator('.mentions button').count()).toBe(count);
    expect(await popup.locator('.partly-painted').count()).toBe(0);
    await popup.close();
  });

  it('leads with the page’s checked claims, each labelled with its verdict and a way to it', async () => {
    const popup = await openPopup(browser, articleTab);
    await popup.locator('.count').waitFor();
    const painted = await paintedRanges(article);
    const claims = painted.filter((range) => /-claim-/.test(range.name));
    expect(claims.length).toBeGreaterThan(0);
    const listed = popup.locator('.page-checks .check');
    expect(await listed.count()).toBeGreaterThanOrEqual(claims.length);
    // The first thing under the count is this page's checks, before any topic.
    const order = await popup.evaluate(() => {
      const checks = document.querySelector('.page-checks');
      const topics = document.querySelector('.topic-groups');
      return checks && topics ? checks.compareDocumentPosition(topics) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    const c2 = defaultPack.caveats.find((c) => c.id === 'C2')!;
    const first = listed.filter({ hasText: c2.verdictLabel.en }).first();
    expect(await first.textContent()).toContain('former U.S. President Donald Trump');
    await first.locator('button').click();
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.claim-lead').textContent()).toContain(c2.explanation.en.slice(0, 40));
    await article.keyboard.press('Escape');
    await popup.close();
  });

  it('jumps to a mention: the page scrolls to it and its card opens', async () => {
    const popup = await openPopup(browser, articleTab);
    await article.evaluate(() => window.scrollTo(0, 0));
    const group = popup.locator('.topic-group').last();
    await group.locator('summary').click();
    const button = group.locator('.mentions button').last();
    const text = (await button.textContent()) ?? '';
    await button.click();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('aria-label')).toContain(text);
    const focused = await article.evaluate(() => [...(CSS.highlights.get('borderline-focus') ?? [])].map(String));
    expect(focused).toEqual([text]);
    await article.keyboard.press('Escape');
    await popup.close();
  });

  it('filters the source’s quotes and caveats by topic, with their references', async () => {
    const popup = await openPopup(browser, articleTab);
    expect(await popup.locator('.from-source .caveats > li').count()).toBe(defaultPack.caveats.length);
    await popup.getByLabel('Topic').selectOption('arms');
    const caveats = caveatsForTopic(defaultPack, 'arms');
    await expect.poll(() => popup.locator('.from-source .caveats > li').count()).toBe(caveats.length);
    // The source's own quotes under the source; the others apart, as context.
    const quotes = quotesForTopic(defaultPack, 'arms');
    expect(await popup.locator('.from-source .quotes > li').count()).toBe(quotes.filter(isSourceQuote).length);
    expect(await popup.locator('.other-quotes .quotes > li').count()).toBe(
      quotes.filter((q) => !isSourceQuote(q)).length,
    );
    const headings = await popup.locator('.severity-heading').allTextContents();
    const order = ['High', 'Medium', 'Low', 'Checked'];
    expect(headings.map((h) => order.indexOf(h))).toEqual([...headings.map((h) => order.indexOf(h))].sort());
    expect(await popup.locator('.from-source .quotes > li .refs a').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('turns Borderline off and on for this site and for every site, and the page follows at once', async () => {
    const popup = await openPopup(browser, articleTab);
    const painted = (await paintedRanges(article)).length;
    const site = popup.getByLabel('On 127.0.0.1');
    await site.uncheck();
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(0);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/off on this site/);
    await site.check();
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(painted);

    const everywhere = popup.getByLabel('On every site');
    await everywhere.uncheck();
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(0);
    expect(await site.isDisabled()).toBe(true);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/off on every site/);
    await everywhere.check();
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(painted);
    await expect.poll(() => numberIn(popup, '.count')).toBe(painted);
    await popup.close();
  });

  it('links to the options page and the source view', async () => {
    const popup = await openPopup(browser, articleTab);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Settings' }).click(),
    ]);
    await options.waitForURL(/options\.html$/);
    const [source] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Open the source' }).click(),
    ]);
    await source.waitForURL(/source\.html$/);
    await Promise.all([options.close(), source.close(), popup.close()]);
  });
});

describe('the popup elsewhere', () => {
  it('says when a page has no mention, and still offers the source’s quotes and caveats', async () => {
    const { tab, tabId } = await tabOf('/unrelated.html');
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/No mention/);
    expect(await popup.locator('.topic-group').count()).toBe(0);
    expect(await popup.locator('.from-source .caveats > li').count()).toBe(defaultPack.caveats.length);
    expect(await popup.locator('.from-source .quotes > li').count()).toBe(
      defaultPack.quotes.filter(isSourceQuote).length,
    );
    expect(await popup.locator('.other-quotes .quotes > li').count()).toBe(
      defaultPack.quotes.filter((q) => !isSourceQuote(q)).length,
    );
    await Promise.all([popup.close(), tab.close()]);
  });

  it('says when it cannot read a page, and still offers the source’s quotes and caveats', async () => {
    const { tab, tabId } = await tabOf('about:blank');
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.status').textContent()).toMatch(/cannot read/);
    expect(await popup.getByLabel('On every site').isChecked()).toBe(true);
    expect(await popup.locator('input[name="site"]').count()).toBe(0);
    expect(await popup.locator('.from-source .caveats > li').count()).toBe(defaultPack.caveats.length);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('says when the page has more mentions than are highlighted', async () => {
    const { tab, tabId } = await tabOf('/many.html');
    await waitForPainted(tab, 500, 30_000);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.count').waitFor();
    expect(await numberIn(popup, '.count')).toBeGreaterThan(500);
    expect(await popup.locator('.partly-painted').textContent()).toBe('Only the first 500 are highlighted.');
    expect(await popup.locator('.mentions button').count()).toBe(500);
    await Promise.all([popup.close(), tab.close()]);
  });
});
