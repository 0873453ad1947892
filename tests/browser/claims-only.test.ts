import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { paintedRanges, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { ARTICLE_BODY, page } from './fixtures';

/** Checked claims (C5, C16) in words that name no topic, side or quote of the dispute. */
const CLAIM_ONLY = [
  'For almost twenty years, both countries have been plagued by cross-border violence.',
  'Because under here, for the first time, military personnel are now allowed to take migrants in their custody that irregularly cross the border.',
];

/** Adds a paragraph to the page, once the extension's first look at it is done. */
async function addLater(tab: Page, text: string): Promise<void> {
  await tab.waitForFunction(() => performance.getEntriesByName('borderline:scan').length > 0);
  await tab.evaluate((words) => {
    const p = document.createElement('p');
    p.textContent = words;
    document.body.append(p);
  }, text);
}

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages({
    '/claims.html': page(
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Notes</h1>${CLAIM_ONLY.map((p) => `<p>${p}</p>`).join('')}</article>`,
    ),
    '/quiet.html': page(
      '<article><h1>Lemon cake</h1><p>Beat the butter and sugar, then fold in the flour.</p></article>',
    ),
    '/painted.html': page(ARTICLE_BODY),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(server.origin + path);
  return tab;
}

const claimTexts = async (tab: Page) =>
  (await paintedRanges(tab)).filter((range) => /-claim-/.test(range.name)).map((range) => range.text);

describe('a page that only makes a checked claim', () => {
  it('is let through by the gate and the claims are painted', async () => {
    const tab = await open('/claims.html');
    await waitForPainted(tab, CLAIM_ONLY.length);
    expect(await claimTexts(tab)).toEqual(CLAIM_ONLY);
    await tab.close();
  });

  it('is painted when the claim arrives after the gate turned the page away', async () => {
    const tab = await open('/quiet.html');
    await addLater(tab, CLAIM_ONLY[0]!);
    await expect.poll(() => claimTexts(tab), { timeout: 15_000 }).toEqual([CLAIM_ONLY[0]]);
    await tab.close();
  });

  it('is looked at again when a claim is added to a page already painted', async () => {
    const tab = await open('/painted.html');
    await waitForPainted(tab);
    await addLater(tab, CLAIM_ONLY[0]!);
    await expect.poll(() => claimTexts(tab), { timeout: 15_000 }).toContain(CLAIM_ONLY[0]);
    await tab.close();
  });
});
