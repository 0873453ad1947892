import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedRanges, rangeCenter, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import { type ArticleSetup, openArticle, openOptions, openPopup } from './extension-ui';
import { ARTICLE_BODY, page } from './fixtures';

let setup: ArticleSetup;
let tab: Page;
let url: string;

const paintedTexts = async (on: Page) => (await paintedRanges(on)).map((range) => range.text);

/** Opens the page again, and waits until the detector has had its say. */
async function reload(on: Page): Promise<void> {
  await on.reload();
  await waitForPainted(on);
}

beforeAll(async () => {
  setup = await openArticle(
    {},
    { '/plain.html': page(ARTICLE_BODY), '/again.html': page(ARTICLE_BODY), '/opinion/plain.html': page(ARTICLE_BODY) },
    // Several topic words on these short pages, so that switching one off leaves others.
    { sensitivity: 'broad' },
  );
  tab = await setup.browser.context.newPage();
  url = `${setup.server.origin}/plain.html`;
  await tab.goto(url);
  await waitForPainted(tab);
});

afterAll(async () => {
  await setup?.close();
});

describe('reader controls', () => {
  it('hides the highlights in one tab only, until it is reloaded', async () => {
    const other = await setup.browser.context.newPage();
    await other.goto(url);
    const painted = (await waitForPainted(other)).length;
    const popup = await openPopup(setup.browser, await tabIdOf(setup.browser.worker, tab));
    const hide = popup.getByRole('checkbox', { name: 'Hide highlights in this tab until it is reloaded' });
    await hide.check();
    await expect.poll(async () => (await paintedRanges(tab)).length).toBe(0);
    // Another tab on the same page keeps its highlights, and nothing is stored.
    expect((await paintedRanges(other)).length).toBe(painted);
    await popup.close();
    await reload(tab);
    expect((await paintedRanges(tab)).length).toBe(painted);
    await other.close();
  });

  it('switches a topic off on every page, and on again, kept over a reload', async () => {
    const options = await openOptions(setup.browser);
    expect(await paintedTexts(tab)).toContain('troops');
    const troops = options.getByRole('checkbox', { name: 'US troops and sovereignty' });
    await troops.uncheck();
    await expect.poll(() => paintedTexts(tab)).not.toContain('troops');
    const without = await paintedTexts(tab);
    expect(without.length).toBeGreaterThan(0);
    await reload(tab);
    expect(await paintedTexts(tab)).toEqual(without);
    await options.reload();
    await troops.check();
    await expect.poll(() => paintedTexts(tab)).toContain('troops');
    await options.close();
  });

  it('stops a mention marked as not about the dispute on its page, keeps it over a reload, and clears it', async () => {
    const before = await paintedTexts(tab);
    const word = 'troops';
    const point = await rangeCenter(tab, word);
    await tab.bringToFront();
    await tab.mouse.move(point!.x, point!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'This is not about the dispute' }).click();
    await expect.poll(() => paintedTexts(tab)).not.toContain(word);
    await card.waitFor({ state: 'detached' });
    // The other mentions stay.
    expect(await paintedTexts(tab)).toEqual(before.filter((text) => text.toLowerCase() !== word));
    await reload(tab);
    expect(await paintedTexts(tab)).not.toContain(word);

    // The same words on another page are still highlighted.
    const again = await setup.browser.context.newPage();
    await again.goto(`${setup.server.origin}/again.html`);
    expect((await waitForPainted(again)).map((range) => range.text)).toContain(word);
    await again.close();

    const options = await openOptions(setup.browser);
    const entry = options.locator('ul.dismissed > li');
    await expect.poll(() => entry.allTextContents()).toEqual([`“${word}” on ${url}Remove`]);
    await options.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(() => paintedTexts(tab)).toContain(word);
    await expect.poll(() => options.locator('ul.dismissed').count()).toBe(0);
    await options.close();
  });

  it('turns Borderline off for part of a site, and leaves the rest of it on', async () => {
    const opinion = await setup.browser.context.newPage();
    await opinion.goto(`${setup.server.origin}/opinion/plain.html`);
    await waitForPainted(opinion);
    const options = await openOptions(setup.browser);
    const input = options.getByLabel('Add a site');
    await input.fill('127.0.0.1/opinion/*');
    await input.press('Enter');
    await options.getByRole('button', { name: 'Remove 127.0.0.1/opinion/*' }).waitFor();
    await expect.poll(async () => (await paintedRanges(opinion)).length).toBe(0);
    await opinion.reload();
    await opinion.waitForLoadState('load');
    expect(await paintedRanges(opinion)).toEqual([]);
    // The rest of the site keeps its highlights.
    await reload(tab);
    expect((await paintedRanges(tab)).length).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Remove 127.0.0.1/opinion/*' }).click();
    await waitForPainted(opinion);
    await options.close();
    await opinion.close();
  });
});
