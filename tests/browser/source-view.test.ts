import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { articlePage } from '../../scripts/lib/demo-pages';
import { rangeCenter, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { defaultPack } from '../../src/pack/default';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages({ '/article.html': articlePage });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the source view', () => {
  it('marks every caveat and every quote of the source, and lists all caveats', async () => {
    const view = await browser.context.newPage();
    await view.goto(`chrome-extension://${browser.extensionId}/source.html`);
    await view.locator('article').waitFor();
    const marked = new Set(
      (
        await view
          .locator('.mark[role="button"]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-marks') ?? ''))
      ).flatMap((ids) => ids.split(' ')),
    );
    for (const caveat of defaultPack.caveats) expect(marked, caveat.id).toContain(caveat.id);
    for (const quote of defaultPack.quotes.filter((q) => q.sourceText)) expect(marked, quote.id).toContain(quote.id);
    expect(await view.locator('.all-caveats .caveat').count()).toBe(defaultPack.caveats.length);
    // The article reads as its paragraphs, word for word.
    expect(await view.locator('article p').allTextContents()).toEqual(defaultPack.source.text.split('\n'));
    await view.close();
  });

  it('shows a caveat’s detail and references when its words are selected', async () => {
    const view = await browser.context.newPage();
    await view.goto(`chrome-extension://${browser.extensionId}/source.html`);
    const high = defaultPack.caveats.find((c) => c.severity === 'high')!;
    await view.locator(`.mark[role="button"][data-marks~="${high.id}"]`).first().click();
    const aside = view.locator('aside');
    await expect.poll(() => aside.textContent()).toContain(high.explanation.en.slice(0, 40));
    const links = await aside.locator('.refs a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const expected = defaultPack.references.filter((r) => high.references.includes(r.id)).map((r) => r.url);
    expect(links).toEqual(expect.arrayContaining(expected));
    await view.close();
  });

  it('is reached from the card', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/article.html`);
    await waitForPainted(tab);
    const point = await rangeCenter(tab, 'troops');
    await tab.mouse.move(point!.x, point!.y);
    const card = tab.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    const [view] = await Promise.all([
      browser.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Open the source' }).click(),
    ]);
    await view.waitForLoadState();
    expect(view.url()).toBe(`chrome-extension://${browser.extensionId}/source.html`);
    await tab.close();
  });

  it('reads as an article at 500 px wide, and brings the words a card opens into view', async () => {
    const view = await browser.context.newPage();
    await view.setViewportSize({ width: 500, height: 800 });
    const far = defaultPack.caveats.find((c) => c.id === 'C18')!;
    await view.goto(`chrome-extension://${browser.extensionId}/source.html?select=${far.id}`);
    await view.locator('article p').first().waitFor();
    // Marked words flow with the text: a long one wraps over lines instead of standing as a box.
    const lines = await view
      .locator(`.mark[data-marks~="${far.id}"]`)
      .first()
      .evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
    expect(lines).toBeGreaterThan(1);
    const box = (await view.locator(`.mark[data-marks~="${far.id}"]`).first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    await expect.poll(() => view.locator('aside').textContent()).toContain(far.explanation.en.slice(0, 40));
    await view.close();
  });
});
