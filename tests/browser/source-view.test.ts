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
        await view.locator('button.mark').evaluateAll((els) => els.map((el) => el.getAttribute('data-marks') ?? ''))
      ).flatMap((ids) => ids.split(' ')),
    );
    for (const caveat of defaultPack.caveats) expect(marked, caveat.id).toContain(caveat.id);
    for (const quote of defaultPack.quotes.filter((q) => q.sourceText)) expect(marked, quote.id).toContain(quote.id);
    expect(await view.locator('.all-caveats .caveat').count()).toBe(defaultPack.caveats.length);
    expect((await view.locator('article').textContent())?.replace(/\s+/g, ' ')).toBe(
      defaultPack.source.text.replace(/\s+/g, ' '),
    );
    await view.close();
  });

  it('shows a caveat’s detail and references when its words are selected', async () => {
    const view = await browser.context.newPage();
    await view.goto(`chrome-extension://${browser.extensionId}/source.html`);
    const high = defaultPack.caveats.find((c) => c.severity === 'high')!;
    await view.locator(`button.mark[data-marks~="${high.id}"]`).first().click();
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
});
