import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { articlePage } from '../../scripts/lib/demo-pages';
import { waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { defaultPack } from '../../src/pack/default';
import { READER_VIEW_PAGES } from './reader-view-pages';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages({ ...READER_VIEW_PAGES, '/article.html': articlePage });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every painted range: its text and the boxes of its lines. */
function paintedBoxes(tab: Page): Promise<{ text: string; boxes: Box[] }[]> {
  return tab.evaluate(() => {
    const out: { text: string; boxes: Box[] }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) {
        const boxes = [...(range as Range).getClientRects()].map(({ left, top, right, bottom }) => ({
          left,
          top,
          right,
          bottom,
        }));
        out.push({ text: String(range), boxes });
      }
    });
    return out;
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Words that would tell a reader their page got something wrong. */
const FAULT =
  /\b(wrong|inaccurate|misattributed|overstated|garbled|false|error)\b|equivocad|inexact|errónea|distorsionad|exagerad/i;

describe.each(['en', 'es'])('a realistic dispute page that is not the source (%s)', (lang) => {
  it('paints under 5% of the article, and nothing in its navigation, sidebar or footer', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/dispute-${lang}.html`);
    const painted = await waitForPainted(tab);
    const article = (await tab.locator('article').textContent()) ?? '';
    const share = painted.reduce((sum, range) => sum + range.text.length, 0) / article.length;
    expect(share, `${(share * 100).toFixed(1)}% painted`).toBeLessThan(0.05);
    const outside = await tab.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('borderline-')) return;
        for (const range of highlight) if (!(range as Range).startContainer.parentElement?.closest('article')) count++;
      });
      return count;
    });
    expect(outside).toBe(0);
    await tab.close();
  });

  it('opens, on every painted phrase, a card beside it that fits the window and says the page got nothing wrong', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/dispute-${lang}.html`);
    await waitForPainted(tab);
    const card = tab.locator('borderline-ui .card');
    const notice = tab.locator('borderline-ui .notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).not.toMatch(FAULT);
    for (const { text } of await paintedBoxes(tab)) {
      await tab.evaluate((wanted) => {
        CSS.highlights.forEach((highlight) => {
          for (const range of highlight)
            if (String(range) === wanted)
              (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
        });
      }, text);
      const phrase = (await paintedBoxes(tab)).find((item) => item.text === text)!;
      const first = phrase.boxes[0]!;
      await tab.mouse.move((first.left + first.right) / 2, (first.top + first.bottom) / 2);
      await card.waitFor({ state: 'visible', timeout: 3_000 });
      expect(await card.getAttribute('aria-label')).toContain(text);
      const box = (await card.boundingBox())!;
      const cardBox = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
      for (const line of phrase.boxes) expect(overlaps(cardBox, line), `card over “${text}”`).toBe(false);
      expect(cardBox.left).toBeGreaterThanOrEqual(0);
      expect(cardBox.top).toBeGreaterThanOrEqual(0);
      expect(cardBox.right).toBeLessThanOrEqual(1280);
      expect(cardBox.bottom).toBeLessThanOrEqual(800);
      // What the reader sees without opening "More": nothing says this page erred.
      expect(await card.innerText(), text).not.toMatch(FAULT);
      await tab.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      await tab.mouse.move(1, 1);
    }
    await tab.close();
  });
});

describe('on the source article', () => {
  it('leads the card on a word inside the 450,000 sentence with that sentence’s check', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/article.html`);
    await waitForPainted(tab);
    // The middle of the words "drug cartels", inside the sentence.
    const point = await tab.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf('violence from drug cartels') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 'violence from '.length);
        range.setEnd(node, at + 'violence from drug cartels'.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    });
    await tab.mouse.move(point!.x, point!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    const c8 = defaultPack.caveats.find((caveat) => caveat.id === 'C8')!;
    const lead = card.locator('.lead').first();
    expect(await lead.getAttribute('class')).toContain('claim-lead');
    expect(await lead.innerText()).toContain(c8.verdictLabel.en);
    expect(await lead.locator('.unverified').innerText()).toBe(c8.unverified!.en);
    // The verdict is in view without scrolling the card, and what happened begins there.
    const cardBox = (await card.boundingBox())!;
    const verdict = (await lead.locator('.claim').boundingBox())!;
    expect(verdict.y).toBeGreaterThanOrEqual(cardBox.y);
    expect(verdict.y + verdict.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);
    const happened = (await lead.locator('.caveat > p').nth(2).boundingBox())!;
    expect(happened.y + 40).toBeLessThanOrEqual(cardBox.y + cardBox.height);
    await tab.close();
  });
});

describe('turning Borderline off on a site from the card', () => {
  it('is undone from the same place', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/dispute-en.html`);
    const painted = (await waitForPainted(tab)).length;
    const quote = await tab.evaluate(() => {
      let center: { x: number; y: number } | null = null;
      CSS.highlights.forEach((highlight, name) => {
        if (center || !name.includes('-quote')) return;
        const [range] = highlight as unknown as Range[];
        range!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range!.getClientRects()[0]!;
        center = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      return center as { x: number; y: number } | null;
    });
    await tab.mouse.move(quote!.x, quote!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    await card.getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(async () => (await waitForPainted(tab, 0)).length).toBe(0);
    const message = tab.locator('borderline-ui .message');
    expect(await message.getAttribute('role')).toBe('status');
    expect(await message.innerText()).toContain('Borderline is off on 127.0.0.1.');
    await message.getByRole('button', { name: 'Turn back on' }).click();
    await expect.poll(async () => (await waitForPainted(tab, 0)).length).toBe(painted);
    await message.waitFor({ state: 'detached' });
    await tab.close();
  });
});
