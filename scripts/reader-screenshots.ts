/**
 * The reader's view on a realistic news page about the dispute (not the source), in English and
 * Spanish, light and dark, at 1280×800: the page as painted, with the card open on its first
 * checked claim or known quote (or, for a build that has none, its first highlight), and the
 * corner notice. Saved to docs/screenshots/reader-<label>-<lang>-<scheme>.png.
 *
 *   npx tsx scripts/reader-screenshots.ts [--label after] [--extension-dir DIR]
 *
 * With `--extension-dir` it photographs another build of the extension (its chrome-mv3 folder),
 * for instance an earlier version's, on the same pages, under another `--label`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { READER_VIEW_PAGES } from '../tests/browser/reader-view-pages';
import { EXTENSION_DIR, launchWithExtension } from './lib/browser';
import { waitForPainted } from './lib/inspect';
import { servePages } from './lib/serve';

const OUTPUT = resolve(import.meta.dirname, '../docs/screenshots');
const { values } = parseArgs({
  options: { label: { type: 'string', default: 'after' }, 'extension-dir': { type: 'string' } },
});
const label = values.label;
const extensionDir = values['extension-dir'] ? resolve(values['extension-dir']) : EXTENSION_DIR;

/** The pages as a site that follows the reader's colour scheme serves them. */
const routes = Object.fromEntries(
  Object.entries(READER_VIEW_PAGES).map(([path, html]) => [
    path,
    html.replace('<head>', '<head><meta name="color-scheme" content="light dark">'),
  ]),
);

/**
 * Scrolls the article's first checked claim or known quote (else its first highlight) to the
 * upper part of the window, and answers the middle of its first line.
 */
function firstPainted(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const article = document.querySelector('article');
    const ranges: { name: string; range: Range }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) {
        if (range instanceof Range && article?.contains(range.startContainer)) ranges.push({ name, range });
      }
    });
    ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const target = ranges.find(({ name }) => /claim|quote/.test(name)) ?? ranges[0];
    if (!target) throw new Error('Nothing painted in the article.');
    const top = target.range.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - window.innerHeight * 0.3));
    const line = target.range.getClientRects()[0]!;
    return { x: line.left + Math.min(line.width / 2, 120), y: line.top + line.height / 2 };
  });
}

const server = await servePages(routes);
mkdirSync(OUTPUT, { recursive: true });
try {
  for (const lang of ['en', 'es'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await launchWithExtension({ locale: lang, colorScheme, extensionDir });
      try {
        const tab = await browser.context.newPage();
        await tab.setViewportSize({ width: 1280, height: 800 });
        await tab.goto(`${server.origin}/dispute-${lang}.html`);
        await waitForPainted(tab);
        const point = await firstPainted(tab);
        await tab.mouse.move(point.x, point.y);
        // The card lives in a closed shadow root: give it its hover delay and its fade-in.
        await tab.waitForTimeout(1_500);
        const name = `reader-${label}-${lang}-${colorScheme}.png`;
        await tab.screenshot({ path: resolve(OUTPUT, name) });
        console.log(name);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
