import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/browser';
import { paintedRanges, rangeCenter } from '../../scripts/lib/inspect';
import { type ArticleSetup, openArticle, openOptions, openPopup, sendToTab, seriousViolations } from './extension-ui';

let browser: ExtensionBrowser;
let article: Page;
let articleTab: number;

let setup: ArticleSetup;

beforeAll(async () => {
  setup = await openArticle({ colorScheme: 'light' });
  ({ browser, article, articleTab } = setup);
});

afterAll(() => setup?.close());

/** The card, once its opening animation (if any) is over: colours are checked at full opacity. */
async function settledCard(page: Page) {
  const card = page.locator('borderline-ui .card');
  await card.waitFor({ state: 'visible' });
  await card.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
  return card;
}

/** What has keyboard focus, in words a test can compare. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.localName,
      type: element.getAttribute('type'),
      name: element.getAttribute('name'),
      text: element.textContent?.trim() ?? '',
      outlined: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
    };
  });
}

describe('no serious or critical axe-core violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in the popup and the options page, ${scheme}`, async () => {
      const popup = await openPopup(browser, articleTab);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.count').waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      const options = await openOptions(browser);
      await options.emulateMedia({ colorScheme: scheme });
      // With a refused site on show, too.
      await options.getByLabel('Add a site').fill('no such site');
      await options.getByLabel('Add a site').press('Enter');
      await options.getByRole('alert').waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await Promise.all([popup.close(), options.close()]);
    });

    it(`in the card on a page, ${scheme}`, async () => {
      await article.emulateMedia({ colorScheme: scheme });
      await article.bringToFront();
      const point = await rangeCenter(article, 'troops');
      await article.mouse.move(point!.x, point!.y);
      await settledCard(article);
      expect(await seriousViolations(article, 'borderline-ui')).toEqual([]);
      await article.keyboard.press('Escape');
      await article.mouse.move(1, 1);
      // The card "Check this quote" opens, with its verdict.
      await sendToTab(browser.worker, articleTab, { type: 'borderline:check-quote', text: 'Mild weather in Lisbon.' });
      await article.locator('borderline-ui .card .verdict').waitFor();
      await settledCard(article);
      expect(await seriousViolations(article, 'borderline-ui')).toEqual([]);
      await article.keyboard.press('Escape');
      await article.locator('borderline-ui .card').waitFor({ state: 'detached' });
    });
  }
});

describe('keyboard only', () => {
  it('reaches everything in the popup in reading order, with visible focus, and jumps to a mention', async () => {
    const popup = await openPopup(browser, articleTab);
    await popup.locator('.count').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 60 && !order.includes('select'); i++) {
      await popup.keyboard.press('Tab');
      const now = await focused(popup);
      expect(now?.outlined, JSON.stringify(now)).toBe(true);
      const key =
        now?.tag === 'input' ? `${now.type}:${now.name}` : now?.tag === 'a' ? `a:${now.text}` : (now?.tag ?? '');
      if (order.at(-1) !== key) order.push(key);
    }
    // The page's checked claims and quotes first, then the topics.
    expect(order.slice(0, 5)).toEqual(['a:Settings', 'a:Open the source', 'button', 'summary', 'button']);
    expect(order.slice(-4)).toEqual(['checkbox:site', 'checkbox:everywhere', 'checkbox:hide-in-tab', 'select']);

    await popup.reload();
    await popup.locator('.count').waitFor();
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab');
    const check = await focused(popup);
    expect(check?.tag).toBe('button');
    const words = await popup.evaluate(() => document.activeElement?.querySelector('.check-words')?.textContent);
    expect(check?.text).toContain(words);
    await popup.keyboard.press('Enter');
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('aria-label')).toContain(words);
    await article.keyboard.press('Escape');
    await popup.close();
  });

  it('changes options from the keyboard, and the page follows', async () => {
    const options = await openOptions(browser);
    await options.getByLabel('Underline').focus();
    expect((await focused(options))?.outlined).toBe(true);
    await options.keyboard.press('ArrowDown');
    await expect
      .poll(async () => new Set((await paintedRanges(article)).map((r) => r.name.split('-')[1])))
      .toEqual(new Set(['background']));
    await options.keyboard.press('ArrowUp');
    await expect
      .poll(async () => new Set((await paintedRanges(article)).map((r) => r.name.split('-')[1])))
      .toEqual(new Set(['underline']));
    await options.close();
  });
});

describe('reduced motion', () => {
  it('opens the card without animation', async () => {
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.bringToFront();
    const point = await rangeCenter(article, 'troops');
    await article.mouse.move(point!.x, point!.y);
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
    await article.keyboard.press('Escape');
  });
});
