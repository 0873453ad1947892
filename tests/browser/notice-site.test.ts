import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage } from '../../scripts/lib/demo-pages';
import { waitForPainted } from '../../scripts/lib/inspect';
import { type ArticleSetup, openArticle, openOptions, seriousViolations } from './extension-ui';

let setup: ArticleSetup;
let tab: Page;
let other: Page;

const notice = (on: Page) => on.locator('borderline-ui .notice');
const message = (on: Page) => on.locator('borderline-ui .message');

/** The text of the element of ours that has keyboard focus (our shadow roots are open in tests). */
const focused = (on: Page) =>
  on.evaluate(() => document.querySelector('borderline-ui')?.shadowRoot?.activeElement?.textContent?.trim() ?? null);

/** Opens a page of the site, painted, with its notice shown. */
async function openPage(path: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  await page.goto(`${setup.server.origin}${path}`);
  await waitForPainted(page);
  await notice(page).waitFor({ state: 'visible' });
  return page;
}

/** Waits until the page has painted and had time to draw its notice, then says whether it did. */
async function noticeShownAfterLoad(page: Page): Promise<boolean> {
  await waitForPainted(page);
  await page.waitForTimeout(500);
  return (await notice(page).count()) > 0;
}

beforeAll(async () => {
  setup = await openArticle({}, { '/again.html': articlePage });
  tab = setup.article;
  other = await openPage('/again.html');
  await notice(tab).waitFor({ state: 'visible' });
});

afterAll(async () => {
  await setup?.close();
});

describe('hiding the corner notice', () => {
  it('on every page of the site, from the keyboard: remembered, and undone from the message that says so', async () => {
    await tab.bringToFront();
    const hide = notice(tab).getByRole('button', { name: 'Hide this note' });
    await hide.focus();
    await tab.keyboard.press('Enter');
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    const choices = notice(tab).getByRole('group', { name: 'Hide this note' });
    expect(await choices.getByRole('button').allTextContents()).toEqual([
      'Hide on this page',
      'Hide on every page of 127.0.0.1',
    ]);
    expect(await seriousViolations(tab, 'borderline-ui')).toEqual([]);
    expect(await focused(tab)).toBe('Hide on this page');
    await tab.keyboard.press('Tab');
    expect(await focused(tab)).toBe('Hide on every page of 127.0.0.1');
    await tab.keyboard.press('Enter');

    await notice(tab).waitFor({ state: 'detached' });
    expect(await message(tab).getAttribute('role')).toBe('status');
    expect(await message(tab).textContent()).toContain('The Borderline note is hidden on every page of 127.0.0.1.');
    // The control the reader used is gone: focus is on the way back.
    expect(await focused(tab)).toBe('Show it again');
    // Every page of the site, open or opened later.
    await notice(other).waitFor({ state: 'detached' });
    await other.reload();
    expect(await noticeShownAfterLoad(other)).toBe(false);

    await tab.keyboard.press('Enter');
    await notice(tab).waitFor({ state: 'visible' });
    await message(tab).waitFor({ state: 'detached' });
    await expect.poll(() => focused(tab)).toMatch(/^Borderline/);
    await notice(other).waitFor({ state: 'visible' });
  });

  it('on every page of the site, shown again from the options page', async () => {
    await tab.bringToFront();
    await notice(tab).getByRole('button', { name: 'Hide this note' }).click();
    await notice(tab).getByRole('button', { name: 'Hide on every page of 127.0.0.1' }).click();
    await notice(other).waitFor({ state: 'detached' });
    await message(tab).getByRole('button', { name: 'Close' }).click();
    await message(tab).waitFor({ state: 'detached' });

    const options = await openOptions(setup.browser);
    const show = options.getByRole('button', { name: 'Show the note on 127.0.0.1 again' });
    await show.click();
    await notice(tab).waitFor({ state: 'visible' });
    await notice(other).waitFor({ state: 'visible' });
    await options.getByRole('heading', { name: 'Sites where the corner note is hidden' }).waitFor();
    await expect.poll(() => show.count()).toBe(0);
    await options.close();
  });

  it('on this page only: the other pages keep it, and a reload brings it back', async () => {
    await tab.bringToFront();
    await notice(tab).getByRole('button', { name: 'Hide this note' }).click();
    await notice(tab).getByRole('button', { name: 'Hide on this page' }).click();
    await notice(tab).waitFor({ state: 'detached' });
    expect(await message(tab).count()).toBe(0);
    expect(await notice(other).isVisible()).toBe(true);
    await tab.reload();
    expect(await noticeShownAfterLoad(tab)).toBe(true);
  });
});
