import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { openOptions } from './extension-ui';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the pack format, inside the extension', () => {
  it('opens from the options page and shows the doc, its own links and the example it ships', async () => {
    const options = await openOptions(browser);
    const [doc] = await Promise.all([
      browser.context.waitForEvent('page'),
      options.getByRole('link', { name: 'How to write a pack' }).click(),
    ]);
    await doc.waitForLoadState();
    expect(new URL(doc.url()).pathname).toBe('/pack-format.html');
    await expect.poll(() => doc.locator('h1').textContent()).toBe('Writing a source pack');
    // A link inside the doc finds its heading.
    const target = await doc.locator('a[href="#what-the-importer-refuses"]').first().getAttribute('href');
    expect(await doc.locator(target!).count()).toBe(1);
    // The example is a file the extension ships, and it is a pack.
    const example = await doc.getByRole('link', { name: 'docs/examples/example-pack.json' }).getAttribute('href');
    const pack = await doc.evaluate(async (href) => (await fetch(href)).json(), example!);
    expect(pack.id).toBe('example-april-call');
  });
});
