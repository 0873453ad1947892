import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { demoRoutes } from '../../scripts/lib/demo-pages';
import { badgeText, paintedRanges, patchSettings, tabIdOf, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { openPopup, sendToTab, stopServiceWorker } from './extension-ui';
import { ARTICLE_BODY, DISPUTE_PARAGRAPHS, page } from './fixtures';

/** The extension API as the service worker sees it (inside `worker.evaluate`). */
declare const chrome: {
  contextMenus: { update: (id: string, props: object) => Promise<void> };
  commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> };
  storage: { session: { get: (key: string) => Promise<Record<string, unknown>> } };
};

const Q1 = 'We will never accept the presence of the United States army in our territory.';
const Q2 =
  'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.';
/** Words of White House spokeswoman Anna Kelly, rightly credited to the White House she spoke for. */
const T8 =
  'Mexico still must do more to protect Americans from dangerous foreign terrorist organizations and the drugs and violence they flood into communities on both sides of the border.';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;
/** The extension's service worker (Playwright follows it through a restart). */
let worker: Worker;

beforeAll(async () => {
  server = await servePages({
    ...demoRoutes(),
    '/framed.html': page(`${ARTICLE_BODY}<iframe src="/inner.html" width="600" height="300"></iframe>`),
    '/inner.html': page(`<p>${DISPUTE_PARAGRAPHS[1]}</p><div id="more"></div>`),
    '/quotes.html': page(
      `<p id="q1">Sheinbaum said: “${Q1}”</p><p id="q2">Trump stated: “${Q2}”</p><p id="t8">The White House said: “${T8}”</p><p id="other">The weather in Lisbon was mild all week.</p>`,
    ),
  });
  browser = await launchWithExtension();
  worker = browser.worker;
  // The badge counts what is painted: broad paints a topic word in every paragraph these short
  // pages add, where normal gives them a single cue.
  await patchSettings(worker, { sensitivity: 'broad' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const frameOf = (tab: Page, path: string): Frame => tab.frames().find((frame) => frame.url().endsWith(path))!;

describe('the badge', () => {
  let tab: Page;
  let tabId: number;
  let topCount: number;

  it('counts the mentions of every frame of the tab', async () => {
    tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/framed.html`);
    topCount = (await waitForPainted(tab)).length;
    const frameCount = (await waitForPainted(frameOf(tab, '/inner.html'))).length;
    tabId = await tabIdOf(worker, tab);
    await expect.poll(() => badgeText(worker, tabId)).toBe(String(topCount + frameCount));
  });

  it('keeps counting after the service worker is stopped and started again', async () => {
    // A mark in the worker's memory, which a restarted worker no longer has.
    await worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    const { restarted } = await stopServiceWorker(browser);

    // New mentions in the frame wake the worker, which must add them to the top frame's.
    const inner = frameOf(tab, '/inner.html');
    await inner.evaluate((text) => {
      const more = document.getElementById('more')!;
      for (let i = 0; i < 3; i++) more.insertAdjacentHTML('beforeend', `<p>${text}</p>`);
    }, DISPUTE_PARAGRAPHS[0]);
    await restarted;
    expect(await worker.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
    await expect.poll(async () => (await paintedRanges(inner)).length).toBeGreaterThan(6);
    const frameCount = (await paintedRanges(inner)).length;
    await expect.poll(() => badgeText(worker, tabId)).toBe(String(topCount + frameCount));

    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.count').getAttribute('data-count')).toBe(String(topCount));
    expect(await popup.locator('.in-frames').textContent()).toContain(String(frameCount));
    await popup.close();
  });

  it('starts again from nothing when the tab goes to another page', async () => {
    await tab.goto(`${server.origin}/unrelated.html`);
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.session.get('mentionCounts')).mentionCounts))
      .toEqual({ [tabId]: { 0: expect.objectContaining({ count: 0 }) } });
    expect(await badgeText(worker, tabId)).toBe('');
    await tab.goto(`${server.origin}/article.html`);
    const count = (await waitForPainted(tab)).length;
    await expect.poll(() => badgeText(worker, tabId)).toBe(String(count));
    await tab.close();
  });
});

describe('“Check this quote”', () => {
  let tab: Page;
  let tabId: number;

  beforeAll(async () => {
    tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/quotes.html`);
    await waitForPainted(tab);
    tabId = await tabIdOf(worker, tab);
  });

  it('is a menu on selected text', async () => {
    // Updating an item fails unless the background created it.
    await expect(
      worker.evaluate(() => chrome.contextMenus.update('borderline-check-quote', {})),
    ).resolves.toBeUndefined();
  });

  /** Selects the quoted words of a paragraph and asks, as the menu does, with the selected text. */
  async function check(id: string): Promise<string> {
    const text = await tab.evaluate((paragraph) => {
      const node = document.getElementById(paragraph)!.firstChild as Text;
      const open = node.data.indexOf('“');
      const range = document.createRange();
      range.setStart(node, open === -1 ? 0 : open + 1);
      range.setEnd(node, open === -1 ? node.length : node.data.lastIndexOf('”'));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    }, id);
    await sendToTab(worker, tabId, { type: 'borderline:check-quote', text });
    await tab.locator('borderline-ui .card').waitFor({ state: 'visible' });
    return text;
  }

  it('finds one of the source’s quotes, with its real speaker, at the selection', async () => {
    await check('q1');
    const card = tab.locator('borderline-ui .card');
    expect(await card.locator('.verdict').textContent()).toBe(
      'The source article quotes these words. Claudia Sheinbaum said them.',
    );
    const [cardBox, paragraphBox] = await Promise.all([card.boundingBox(), tab.locator('#q1').boundingBox()]);
    expect(Math.abs(cardBox!.y - (paragraphBox!.y + paragraphBox!.height))).toBeLessThan(120);
    // Keyboard focus is in the card, and Escape gives it back.
    expect(await tab.evaluate(() => document.activeElement?.localName)).toBe('borderline-ui');
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('warns when the page gives the words to someone who did not say them', async () => {
    await check('q2');
    const warning = tab.locator('borderline-ui .card .warning');
    expect(await warning.textContent()).toBe(
      'Misattributed: this page credits these words to Donald Trump. They were said by Claudia Sheinbaum.',
    );
    await tab.locator('borderline-ui .card .close').click();
    await tab.locator('borderline-ui .card').waitFor({ state: 'detached' });
  });

  it('does not warn where the page credits the body the speaker spoke for', async () => {
    await check('t8');
    const card = tab.locator('borderline-ui .card');
    await card.locator('.verdict').waitFor();
    expect(await card.locator('.warning').count()).toBe(0);
    expect(await card.locator('.credit').textContent()).toBe(
      'This page credits The White House: right, since Anna Kelly spoke for it.',
    );
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('says when the words are not a quote it knows', async () => {
    await check('other');
    const card = tab.locator('borderline-ui .card');
    expect(await card.locator('.verdict').textContent()).toBe('Not a quote Borderline knows.');
    expect(await card.locator('header .topic').textContent()).toBe('Borderline');
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });
});

describe('keyboard commands', () => {
  it('are in the manifest, with shortcuts', async () => {
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(shortcuts).toMatchObject({
      'toggle-site': 'Alt+Shift+H',
      'next-mention': 'Alt+Shift+Period',
      'previous-mention': 'Alt+Shift+Comma',
    });
  });

  it('step through the mentions and toggle the site in the tab they are relayed to', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/article.html`);
    const painted = await waitForPainted(tab);
    const tabId = await tabIdOf(worker, tab);
    const card = tab.locator('borderline-ui .card');
    const focused = () => tab.evaluate(() => [...(CSS.highlights.get('borderline-focus') ?? [])].map(String));

    // The painted words in page order (the highlight registry keeps them by kind).
    const inPageOrder = () =>
      tab.evaluate(() => {
        const out: { text: string; top: number; left: number }[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
          for (const range of highlight) {
            const box = (range as Range).getBoundingClientRect();
            out.push({ text: String(range), top: box.top + scrollY, left: box.left });
          }
        });
        return out.sort((a, b) => a.top - b.top || a.left - b.left).map((item) => item.text);
      });
    const ordered = await inPageOrder();

    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'next-mention' });
    await card.waitFor({ state: 'visible' });
    expect(await focused()).toEqual([ordered[0]]);
    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'next-mention' });
    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'previous-mention' });
    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'previous-mention' });
    await expect.poll(focused).toEqual([ordered.at(-1)]);

    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'toggle-site' });
    await expect.poll(async () => (await paintedRanges(tab)).length).toBe(0);
    await sendToTab(worker, tabId, { type: 'borderline:command', command: 'toggle-site' });
    await expect.poll(async () => (await paintedRanges(tab)).length).toBe(painted.length);
    await tab.close();
  });
});
