/**
 * `npm start`: the extension on its built-in demo, in Chromium or Chrome, or in Firefox with
 * `npm start -- --browser firefox`. With a display, a browser window opens on the demo pages;
 * without one, it runs headless, saves screenshots to demo-output/ (demo-output/firefox/ for
 * Firefox) and prints what it found on each page.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoRoutes } from './lib/demo-pages';
import {
  type BrowserName,
  type OverlayView,
  overlayView,
  painted,
  paintedCount,
  pointOf,
  type ReaderBrowser,
  type ReaderTab,
  readerBrowser,
  readUntil,
} from './lib/reader';
import { servePages } from './lib/serve';

const PAGES = [
  { path: '/article.html', label: 'The source article' },
  { path: '/unrelated.html', label: 'An unrelated news page (NYT, Sudan sanctions)' },
];

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function browserName(): BrowserName {
  const { values } = parseArgs({ options: { browser: { type: 'string', default: 'chromium' } } });
  const wanted = values.browser.toLowerCase();
  if (wanted === 'chromium' || wanted === 'chrome') return 'Chromium';
  if (wanted === 'firefox') return 'Firefox';
  throw new Error(`--browser ${values.browser}: say chromium or firefox.`);
}

async function interactive(reader: ReaderBrowser, origin: string): Promise<void> {
  const closed = reader.closedByReader();
  const tabs: ReaderTab[] = [];
  for (const { path } of PAGES) tabs.push(await reader.newTab(origin + path));
  await tabs[0]?.bringToFront();
  console.log(
    `Borderline is running in ${reader.name} on the demo pages. Hover a highlighted phrase, or Tab to the ` +
      'corner notice and step through the mentions; close the browser to stop.',
  );
  await closed;
}

/** Presses Tab until Borderline's UI has focus where `wanted` says (at most 12 times). */
async function tabUntil(tab: ReaderTab, wanted: (focus: NonNullable<OverlayView['focus']>) => boolean): Promise<void> {
  for (let presses = 0; presses < 12; presses++) {
    await tab.press('Tab');
    const { focus } = await tab.evaluate(overlayView);
    if (focus?.ours && wanted(focus)) return;
  }
  throw new Error('Tab never reached the notice’s list.');
}

async function headless(reader: ReaderBrowser, origin: string, output: string): Promise<void> {
  mkdirSync(output, { recursive: true });
  const shot = (tab: ReaderTab, name: string) => tab.screenshot(resolve(output, name));
  const article = await reader.newTab(origin + PAGES[0]!.path);
  await article.waitUntil(paintedCount, 1);
  await readUntil(article, overlayView, (view) => view.notice !== null);
  await shot(article, 'article.png');

  const target = await article.evaluate(pointOf, 'troops');
  if (!target) throw new Error('No highlighted mention to hover on the article.');
  await article.mouseMove(target.x, target.y);
  await readUntil(article, overlayView, (view) => view.card !== null);
  // The card fades in over 120 ms: the picture is of the card, not of its arrival.
  await new Promise((done) => setTimeout(done, 400));
  await shot(article, 'card.png');
  await article.press('Escape');
  await article.mouseMove(1, 1);

  // From the keyboard alone: Tab to the notice's list, open it, go to its second entry.
  await tabUntil(article, (focus) => focus.classes.includes('notice-toggle-list'));
  await article.press('Enter');
  await tabUntil(article, (focus) => focus.tag === 'button' && focus.label.includes('“'));
  await article.press('Tab');
  await article.press('Enter');
  await readUntil(article, overlayView, (view) => view.focus?.classes === 'card' && view.announcement !== '');
  await new Promise((done) => setTimeout(done, 400));
  await shot(article, 'keyboard.png');
  const { announcement } = await article.evaluate(overlayView);
  await article.press('Escape');

  const unrelated = await reader.newTab(origin + PAGES[1]!.path);
  await new Promise((done) => setTimeout(done, 1_000));

  const popup = await reader.openExtensionPage(`popup.html?tab=${await reader.tabId(article)}`);
  await popup.setViewport(360, 560);
  await popup.waitUntil(() => document.querySelector('.count'));
  await shot(popup, 'popup.png');

  console.log(`Borderline demo (headless, ${reader.name})`);
  for (const [i, tab] of [article, unrelated].entries()) {
    const ranges = await tab.evaluate(painted);
    const topics = [...new Set(ranges.map((r) => r.name.replace(/^borderline-\w+-/, '')))].join(', ');
    console.log(`  ${PAGES[i]!.label}: ${ranges.length} mentions${topics ? ` (${topics})` : ''}`);
  }
  console.log(`  Reached from the keyboard, a screen reader hears: ${announcement}`);
  const names = ['article.png', 'card.png', 'keyboard.png', 'popup.png'];
  console.log(`Screenshots: ${names.map((name) => resolve(output, name)).join(', ')}`);
}

async function main(): Promise<void> {
  const name = browserName();
  const server = await servePages(demoRoutes());
  const withDisplay = hasDisplay();
  let reader: ReaderBrowser | undefined;
  try {
    reader = await readerBrowser(name, { headless: !withDisplay, closedShadowRoots: withDisplay });
    const output = resolve(import.meta.dirname, '../demo-output', name === 'Firefox' ? 'firefox' : '');
    if (withDisplay) await interactive(reader, server.origin);
    else await headless(reader, server.origin, output);
  } finally {
    await reader?.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
