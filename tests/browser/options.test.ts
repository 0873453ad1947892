import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { articlePage } from '../../scripts/lib/demo-pages';
import { paintedRanges, rangeCenter, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { secondPack } from '../../src/pack/__fixtures__/second-pack';
import { openOptions } from './extension-ui';
import { DISPUTE_PARAGRAPHS, page } from './fixtures';

/** The extension API as the service worker sees it (inside `worker.evaluate`). */
declare const chrome: { storage: { sync: Storage; local: Storage } };
interface Storage {
  get: (key: string) => Promise<Record<string, unknown>>;
}

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
let article: Page;
let options: Page;

/** A sentence on the dispute that only just counts: normal sensitivity finds it, strict does not. */
const MILD = page('<p>Trump and Sheinbaum talked about fentanyl.</p>');
const HARBOR = page(
  `<p>Trump told reporters: “${secondPack.quotes[0]!.sourceText}”</p><p>${DISPUTE_PARAGRAPHS[0]}</p>`,
);

beforeAll(async () => {
  server = await servePages({ '/article.html': articlePage, '/mild.html': MILD, '/harbor.html': HARBOR });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/article.html`);
  await waitForPainted(article);
  options = await openOptions(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stored = (area: 'sync' | 'local', key: string) =>
  browser.worker.evaluate(async ([a, k]) => (await chrome.storage[a].get(k))[k], [area, key] as const);
const styles = async (tab: Page) => new Set((await paintedRanges(tab)).map((range) => range.name.split('-')[1]));

describe('options applied live to an open tab', () => {
  it('paints with the chosen highlight style', async () => {
    expect(await styles(article)).toEqual(new Set(['underline']));
    await options.getByLabel('Background colour').check();
    await expect.poll(() => styles(article)).toEqual(new Set(['background']));
    for (const range of await paintedRanges(article)) expect(range.name).toMatch(/^borderline-background-[a-z-]+$/);
    await options.getByLabel('Underline').check();
    await expect.poll(() => styles(article)).toEqual(new Set(['underline']));
  });

  it('finds more or less with the sensitivity', async () => {
    const mild = await browser.context.newPage();
    await mild.goto(`${server.origin}/mild.html`);
    const normal = (await waitForPainted(mild)).length;
    await options.getByLabel(/^Strict/).check();
    await expect.poll(async () => (await paintedRanges(mild)).length).toBe(0);
    await options.getByLabel(/^Broad/).check();
    await expect.poll(async () => (await paintedRanges(mild)).length).toBeGreaterThanOrEqual(normal);
    await options.getByLabel('Normal').check();
    await expect.poll(async () => (await paintedRanges(mild)).length).toBe(normal);
    await mild.close();
  });

  it('turns a site off and on again, refusing what is not a site', async () => {
    const painted = (await paintedRanges(article)).length;
    const input = options.getByLabel('Add a site');
    await input.fill('not a site');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not a web site name/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await stored('local', 'disabledSites')).toBeUndefined();

    await input.fill('http://127.0.0.1:8080/some/page');
    await input.press('Enter');
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(0);
    expect(await input.inputValue()).toBe('');
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(async () => (await paintedRanges(article)).length).toBe(painted);
  });

  it('shows and hides the corner notice', async () => {
    const notice = article.locator('borderline-ui .notice');
    await notice.waitFor({ state: 'visible' });
    await options.getByLabel(/small notice/).uncheck();
    await notice.waitFor({ state: 'detached' });
    await options.getByLabel(/small notice/).check();
    await notice.waitFor({ state: 'visible' });
  });

  it('waits the chosen delay before opening a card on hover', async () => {
    const slider = options.getByLabel('Delay before a card opens on hover');
    await slider.focus();
    await slider.press('End');
    await expect.poll(() => options.locator('output').textContent()).toBe('2000 ms');
    await expect
      .poll(async () => ((await stored('sync', 'settings')) as { hoverDelayMs: number }).hoverDelayMs)
      .toBe(2000);
    const point = await rangeCenter(article, 'troops');
    await article.bringToFront();
    await article.mouse.move(point!.x, point!.y);
    const card = article.locator('borderline-ui .card');
    // However slow the machine, a card may not open before its delay.
    await article.waitForTimeout(1000);
    expect(await card.count()).toBe(0);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await article.keyboard.press('Escape');
    await article.mouse.move(1, 1);
    await slider.press('Home');
    await expect
      .poll(async () => ((await stored('sync', 'settings')) as { hoverDelayMs: number }).hoverDelayMs)
      .toBe(0);
  });

  it('resets every setting to its default', async () => {
    await options.getByLabel('Background colour').check();
    await options.getByLabel(/small notice/).uncheck();
    await expect.poll(() => styles(article)).toEqual(new Set(['background']));
    await options.getByRole('button', { name: 'Reset settings to defaults' }).click();
    await expect
      .poll(() => stored('sync', 'settings'))
      .toEqual({
        enabled: true,
        highlightStyle: 'underline',
        sensitivity: 'normal',
        hoverDelayMs: 500,
        showNotice: true,
        hiddenTopics: [],
      });
    expect(await stored('local', 'disabledSites')).toEqual([]);
    await expect.poll(() => styles(article)).toEqual(new Set(['underline']));
    expect(await options.getByLabel('Underline').isChecked()).toBe(true);
    expect(await options.getByLabel(/small notice/).isChecked()).toBe(true);
    expect(await options.locator('.reset-status').textContent()).toMatch(/back to their defaults/);
  });
});

describe('source packs', () => {
  const file = (name: string, content: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
  });

  it('refuses a broken pack, saying where, and stores nothing', async () => {
    const broken = { ...secondPack, caveats: [{ ...secondPack.caveats[0]!, references: ['R7'] }] };
    await options.getByLabel('Import a pack (JSON file)').setInputFiles(file('broken.json', broken));
    await expect
      .poll(() => options.locator('.pack-outcome').textContent())
      .toBe('Not imported: caveats[0].references[0]: unknown reference "R7"');
    expect(await stored('local', 'packs')).toBeUndefined();
    await options.getByLabel('Import a pack (JSON file)').setInputFiles(file('notes.json', '{"id": '));
    await expect
      .poll(() => options.locator('.pack-outcome').textContent())
      .toBe('Not imported: the file is not valid JSON');
    expect(await stored('local', 'packs')).toBeUndefined();
  });

  it('imports a pack, which pages use once loaded, and removes it', async () => {
    await options.getByLabel('Import a pack (JSON file)').setInputFiles(file('harbor.json', secondPack));
    await expect.poll(() => options.locator('.pack-outcome').textContent()).toBe('Imported “A harbor column”.');
    expect(await options.locator('ul.packs > li').count()).toBe(2);

    const harbor = await browser.context.newPage();
    await harbor.goto(`${server.origin}/harbor.html`);
    const painted = (await waitForPainted(harbor)).map((range) => range.text);
    expect(painted).toContain('Every harbor crane will be counted twice before sunrise');
    const point = await rangeCenter(harbor, 'harbor crane');
    await harbor.mouse.move(point!.x, point!.y);
    const warning = harbor.locator('borderline-ui .card .warning');
    await warning.waitFor({ state: 'visible' });
    expect(await warning.textContent()).toContain('They were said by Dana Whitfield.');

    await options.getByRole('button', { name: 'Remove A harbor column' }).click();
    await expect.poll(() => options.locator('ul.packs > li').count()).toBe(1);
    expect(await stored('local', 'packs')).toEqual([]);
    await harbor.reload();
    const after = (await waitForPainted(harbor)).map((range) => range.text);
    expect(after.some((text) => text.includes('harbor crane'))).toBe(false);
    await harbor.close();
  });
});
