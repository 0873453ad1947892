import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedRanges, rangeCenter, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import type { SitesOutcome } from '../../src/messaging/protocol';
import { type ArticleSetup, openArticle, openOptions, openPopup, sendToTab } from './extension-ui';

/** The extension API as its service worker and pages see it (inside `evaluate`). */
declare const chrome: {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  storage: {
    local: StorageArea & { QUOTA_BYTES: number };
    sync: StorageArea & { QUOTA_BYTES: number; QUOTA_BYTES_PER_ITEM: number };
  };
};
interface StorageArea {
  get: (keys: string | string[] | null) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (keys: string | string[]) => Promise<void>;
  getBytesInUse: (keys: string | string[] | null) => Promise<number>;
}

let setup: ArticleSetup;
let worker: Worker;
let options: Page;
const pageErrors: string[] = [];

const storedSites = async (): Promise<string[]> =>
  ((await worker.evaluate(() => chrome.storage.local.get('disabledSites'))).disabledSites as string[] | undefined) ??
  [];

/** Every synced item and its size in bytes, as the browser counts them against its quotas. */
const syncedItems = () =>
  worker.evaluate(async () => {
    const all = await chrome.storage.sync.get(null);
    const sizes = await Promise.all(Object.keys(all).map((key) => chrome.storage.sync.getBytesInUse(key)));
    return {
      all,
      sizes,
      total: await chrome.storage.sync.getBytesInUse(null),
      perItem: chrome.storage.sync.QUOTA_BYTES_PER_ITEM,
      quota: chrome.storage.sync.QUOTA_BYTES,
    };
  });

const siteNames = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}.example.org`);

async function clearSites(): Promise<void> {
  const outcome = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'borderline:change-sites', change: { clear: true } }),
  );
  expect(outcome).toMatchObject({ ok: true, count: 0 });
}

beforeAll(async () => {
  setup = await openArticle();
  worker = setup.browser.worker;
  options = await openOptions(setup.browser);
  options.on('pageerror', (error) => pageErrors.push(error.message));
  setup.article.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await setup?.close();
});

describe('the sites where Borderline is off, far beyond what one synced item holds', () => {
  it('keeps 5,000 sites, all of them after a reload, and syncs as many as fit the quotas', async () => {
    // The article's own site among them: pages must honour the list too.
    const sites = [...siteNames(4_999, 'many'), '127.0.0.1'];
    // Asked all at once from the options page, through the one writer every part of Borderline uses.
    const outcomes = (await options.evaluate(
      (names) =>
        Promise.all(
          names.map((site) => chrome.runtime.sendMessage({ type: 'borderline:change-sites', change: { add: [site] } })),
        ),
      sites,
    )) as SitesOutcome[];
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
    await expect.poll(async () => (await paintedRanges(setup.article)).length).toBe(0);

    await options.reload();
    await options.locator('main.options').waitFor();
    await expect.poll(() => options.locator('ul.sites > li').count()).toBe(5_000);
    expect(new Set(await storedSites())).toEqual(new Set(sites));
    await setup.article.reload();
    await setup.article.waitForLoadState('load');
    expect(await paintedRanges(setup.article)).toEqual([]);

    // The synced copy: every item under the per-item quota, all of them well under the total.
    // Written at most once every 5 s: an earlier, shorter copy may stand until then.
    const mirroredNow = async () =>
      Object.entries((await syncedItems()).all)
        .filter(([key]) => key.startsWith('disabledSites.'))
        .flatMap(([, value]) => value as string[]).length;
    await expect.poll(mirroredNow, { timeout: 20_000 }).toBeGreaterThan(2_000);
    const synced = await syncedItems();
    for (const size of synced.sizes) expect(size).toBeLessThanOrEqual(synced.perItem);
    expect(synced.total).toBeLessThan(synced.quota);
    const mirrored = Object.entries(synced.all)
      .filter(([key]) => key.startsWith('disabledSites.'))
      .flatMap(([, value]) => value as string[]);
    expect(mirrored.length).toBeGreaterThan(2_000);
    expect(mirrored.every((site) => sites.includes(site))).toBe(true);
    expect(await options.locator('.sites-synced').textContent()).toBe(
      `The first ${mirrored.length} of these 5000 sites are synced to your other browsers; the others are kept on this browser only.`,
    );
    expect(pageErrors).toEqual([]);
    await clearSites();
    await waitForPainted(setup.article);
  });

  it('keeps 300 sites added one by one on the options page in 10 seconds', async () => {
    const sites = siteNames(300, 'typed');
    // Typed into the field and added, one every 33 ms, as the page's own events: 300 in 10 s.
    await options.evaluate(async (names) => {
      const input = document.querySelector<HTMLInputElement>('#add-site-input')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const start = performance.now();
      for (const [i, site] of names.entries()) {
        setValue.call(input, site);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        input.form!.requestSubmit();
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + (i + 1) * 33 - performance.now())));
      }
    }, sites);
    await expect.poll(async () => (await storedSites()).length).toBe(300);
    expect(new Set(await storedSites())).toEqual(new Set(sites));
    expect(await options.locator('#add-site-error').count()).toBe(0);
    await options.reload();
    await expect.poll(() => options.locator('ul.sites > li').count()).toBe(300);
    expect(pageErrors).toEqual([]);
    await clearSites();
  });

  it('keeps both sites when two tabs are turned off at the same moment, and both on again', async () => {
    const { browser, server, articleTab } = setup;
    // The same page under a second site name.
    const other = await browser.context.newPage();
    await other.goto(server.origin.replace('127.0.0.1', 'localhost') + '/article.html');
    await waitForPainted(other);
    const otherTab = await tabIdOf(worker, other);
    const toggle = (tabId: number) => sendToTab(worker, tabId, { type: 'borderline:command', command: 'toggle-site' });
    await Promise.all([toggle(articleTab), toggle(otherTab)]);
    await expect.poll(async () => new Set(await storedSites())).toEqual(new Set(['127.0.0.1', 'localhost']));
    await expect.poll(async () => (await paintedRanges(other)).length).toBe(0);
    await expect.poll(async () => (await paintedRanges(setup.article)).length).toBe(0);
    await Promise.all([toggle(articleTab), toggle(otherTab)]);
    await expect.poll(storedSites).toEqual([]);
    await waitForPainted(other);
    await other.close();
  });
});

describe('a change the browser refuses to store', () => {
  /** Fills local storage to within a few bytes of its quota, so that the next longer list cannot be written. */
  const fillLocalStorage = () =>
    worker.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      const room = chrome.storage.local.QUOTA_BYTES - used - 'ballast'.length - 2 - 4;
      await chrome.storage.local.set({ ballast: 'x'.repeat(room) });
    });
  const emptyBallast = () => worker.evaluate(() => chrome.storage.local.remove('ballast'));

  it('is told in words on the options page, the popup and the card, and nothing stored is lost', async () => {
    const { browser, article, articleTab } = setup;
    const input = options.getByLabel('Add a site');
    await input.fill('kept.example.org');
    await input.press('Enter');
    await expect.poll(storedSites).toEqual(['kept.example.org']);
    const painted = (await waitForPainted(article)).length;

    await fillLocalStorage();
    try {
      await input.fill('refused.example.org');
      await input.press('Enter');
      const error = options.locator('#add-site-error');
      await expect
        .poll(() => error.textContent())
        .toMatch(
          /^refused\.example\.org: The browser would not store this change \(.*quota.*\)\. Nothing stored before is lost; try again\.$/i,
        );
      expect(await storedSites()).toEqual(['kept.example.org']);

      const popup = await openPopup(browser, articleTab);
      const siteSwitch = popup.getByRole('checkbox', { name: 'On 127.0.0.1' });
      // The switch goes back on its own once the change is refused: a click, not `uncheck`.
      await siteSwitch.click();
      await expect.poll(() => popup.locator('.switch-problem').textContent()).toMatch(/would not store this change/);
      expect(await siteSwitch.isChecked()).toBe(true);
      await popup.close();

      const point = await rangeCenter(article, 'troops');
      await article.bringToFront();
      await article.mouse.move(point!.x, point!.y);
      const card = article.locator('borderline-ui .card');
      await card.waitFor({ state: 'visible' });
      await card.getByRole('button', { name: 'Turn off on this site' }).click();
      const problem = article.locator('borderline-ui .message');
      await problem.waitFor({ state: 'visible' });
      expect(await problem.textContent()).toMatch(/would not store this change/);
      expect((await paintedRanges(article)).length).toBe(painted);
      expect(await storedSites()).toEqual(['kept.example.org']);
    } finally {
      await emptyBallast();
    }
    // Room again: the same change is kept.
    await input.fill('refused.example.org');
    await input.press('Enter');
    await expect
      .poll(async () => new Set(await storedSites()))
      .toEqual(new Set(['kept.example.org', 'refused.example.org']));
    expect(pageErrors).toEqual([]);
  });
});
