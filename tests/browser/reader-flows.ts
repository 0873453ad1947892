/**
 * The reader's main flows, written once and run in each browser (see `reader.*.test.ts`): what is
 * painted, the card by pointer and by keyboard, the notice's way in for keyboards and screen
 * readers, the shortcuts, settings applied live, a page that changes, the popup and options.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRoutes } from '../../scripts/lib/demo-pages';
import {
  type BrowserName,
  focusedRangeText,
  type OverlayView,
  overlayView,
  painted,
  paintedCount,
  pointOf,
  type ReaderBrowser,
  type ReaderTab,
  readerBrowser,
  readUntil,
} from '../../scripts/lib/reader';
import { servePages } from '../../scripts/lib/serve';
import { seriousViolationsIn } from './extension-ui';
import { ARTICLE_BODY, LATE_CONTENT, page } from './fixtures';

/** A dispute page as news sites print one: links before the article and after it. */
export const LINKED_ARTICLE = page(
  `<header><nav><a href="#home">Home</a> <a href="#world">World</a></nav></header>
  ${ARTICLE_BODY}<footer><a href="#contact">Contact</a></footer>`,
);

/** The extension's API where `inExtension` runs (Firefox's `browser`, Chromium's `chrome`). */
declare const chrome: typeof import('@wxt-dev/browser').Browser;
declare const browser: typeof chrome | undefined;

export interface ReaderFlows {
  reader: () => ReaderBrowser;
  origin: () => string;
}

/** Opens a served page and waits until something is painted on it. */
async function openPainted(reader: ReaderBrowser, url: string): Promise<ReaderTab> {
  const tab = await reader.newTab(url);
  await tab.waitUntil(paintedCount, 1);
  return tab;
}

const view = (tab: ReaderTab) => tab.evaluate(overlayView);

type Focus = NonNullable<OverlayView['focus']>;

/** Presses Tab until `wanted` holds of what has focus in Borderline's UI (at most `max` times); how many it took. */
async function tabUntil(tab: ReaderTab, wanted: (focus: Focus) => boolean, max = 12): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await tab.press('Tab');
    const { focus } = await view(tab);
    if (focus?.ours && wanted(focus)) return presses;
  }
  throw new Error(`Tab never got there: focus is on ${JSON.stringify((await view(tab)).focus)}`);
}

/** Presses Tab until the element of Borderline's UI with class `name` has focus. */
const tabTo = (tab: ReaderTab, name: string) => tabUntil(tab, (focus) => focus.classes.split(' ').includes(name));
/** Presses Tab until the element of Borderline's UI labelled `label` has focus. */
const tabToLabel = (tab: ReaderTab, label: string) => tabUntil(tab, (focus) => focus.label === label);

function setSettings(reader: ReaderBrowser, patch: Record<string, unknown>): Promise<void> {
  return reader.inExtension(async (changes) => {
    const api = typeof browser === 'undefined' ? chrome : browser;
    const { settings } = (await api.storage.sync.get('settings')) as { settings?: object };
    await api.storage.sync.set({ settings: { ...settings, ...changes } });
  }, patch);
}

/** The highlight styles painted on a page ('underline', 'background'). */
async function styles(tab: ReaderTab): Promise<string[]> {
  return [...new Set((await tab.evaluate(painted)).map((range) => range.name.split('-')[1] ?? ''))].sort();
}

export function describeReaderFlows(name: BrowserName, extra: (flows: ReaderFlows) => void = () => undefined): void {
  let reader: ReaderBrowser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages({ ...demoRoutes(), '/linked.html': LINKED_ARTICLE, '/late.html': LATE_CONTENT });
    reader = await readerBrowser(name);
    // The flows are about reaching what is painted, on short pages: broad paints a topic word in
    // every paragraph, where normal gives a short text a single cue.
    await setSettings(reader, { sensitivity: 'broad' });
  });

  afterAll(async () => {
    await reader?.close();
    await server?.close();
  });

  describe(`${name}: what is painted`, () => {
    it('paints mentions on the article, and nothing on a page that is not about the dispute', async () => {
      const article = await openPainted(reader, `${server.origin}/article.html`);
      const texts = (await article.evaluate(painted)).map((range) => range.text.toLowerCase());
      expect(texts.some((text) => text.includes('troops'))).toBe(true);
      expect(texts.some((text) => text.includes('cartels'))).toBe(true);
      await article.close();

      const unrelated = await reader.newTab(`${server.origin}/unrelated.html`);
      const tabId = await reader.tabId(unrelated);
      // The page's own answer once it has been read: nothing there.
      const summary = await reader.inExtension(
        (id) =>
          (typeof browser === 'undefined' ? chrome : browser).tabs.sendMessage(id, { type: 'borderline:get-summary' }),
        tabId,
      );
      expect(summary).toMatchObject({ mentionCount: 0 });
      expect(await unrelated.evaluate(painted)).toEqual([]);
      expect((await view(unrelated)).notice).toBeNull();
      await unrelated.close();
    });

    it('paints what a page adds after it has loaded', async () => {
      const tab = await openPainted(reader, `${server.origin}/late.html`);
      await readUntil(tab, painted, (ranges) => ranges.some((range) => range.text.includes('tariffs')), 6_000);
      await tab.close();
    });
  });

  describe(`${name}: the card`, () => {
    it('opens on hover with a quote and its real speaker, and closes on Escape', async () => {
      const tab = await openPainted(reader, `${server.origin}/article.html`);
      const point = await tab.evaluate(pointOf, 'troops');
      expect(point).not.toBeNull();
      await tab.mouseMove(point!.x, point!.y);
      await readUntil(tab, overlayView, (v) => v.card !== null);
      const { card } = await view(tab);
      expect(card?.role).toBe('dialog');
      expect(card?.label).toContain('troops');
      expect(card?.text).toContain('Claudia Sheinbaum');
      await tab.press('Escape');
      await readUntil(tab, overlayView, (v) => v.card === null);
      await tab.close();
    });
  });

  describe(`${name}: keyboard and screen reader`, () => {
    it('Tab from the top reaches the notice first; Enter steps to a mention, its dialog takes focus and is announced once; Escape returns', async () => {
      const tab = await openPainted(reader, `${server.origin}/linked.html`);
      await readUntil(tab, overlayView, (v) => v.notice !== null);
      // Borderline's control comes before the page's first link.
      expect(await tabTo(tab, 'notice-open')).toBe(1);
      expect(await tabTo(tab, 'notice-next')).toBe(2);
      const next = (await view(tab)).focus;
      expect(next?.label).toBe('Next mention');

      await tab.press('Enter');
      await readUntil(tab, overlayView, (v) => v.announcement !== '');
      const opened = await view(tab);
      const first = await tab.evaluate(focusedRangeText);
      expect(first).toBeTruthy();
      expect(opened.card?.role).toBe('dialog');
      expect(opened.card?.label).toContain(first);
      expect(opened.focus).toMatchObject({ ours: true, classes: 'card' });
      const total = (await tab.evaluate(painted)).length;
      expect(opened.announcement).toContain(`“${first}”`);
      expect(opened.announcement).toMatch(new RegExp(`, 1 of ${total}$`));

      await tab.press('Escape');
      await readUntil(tab, overlayView, (v) => v.card === null);
      expect((await view(tab)).focus).toMatchObject({ ours: true, label: 'Next mention' });
      // And again from there: the second mention.
      await tab.press('Enter');
      await readUntil(tab, overlayView, (v) => v.announcement.endsWith(`, 2 of ${total}`));
      await tab.press('Escape');
      await tab.close();
    });

    it('lists what is painted in words, each a button that goes to it', async () => {
      const tab = await openPainted(reader, `${server.origin}/linked.html`);
      await readUntil(tab, overlayView, (v) => v.notice !== null);
      await tabTo(tab, 'notice-toggle-list');
      await tab.press('Enter');
      const { list } = await view(tab);
      const ranges = await tab.evaluate(painted);
      expect(list).toHaveLength(ranges.length);
      for (const words of list) expect(ranges.some((range) => words.includes(`“${range.text}”`))).toBe(true);
      // The list's second item: Tab into the list (past the notice's last button), once more, Enter.
      await tabToLabel(tab, list[0]!);
      await tab.press('Tab');
      expect((await view(tab)).focus?.label).toBe(list[1]);
      await tab.press('Enter');
      await readUntil(tab, overlayView, (v) => v.focus?.classes === 'card');
      await readUntil(tab, overlayView, (v) => v.announcement.endsWith(`, 2 of ${ranges.length}`));
      expect((await view(tab)).announcement.startsWith(list[1]!)).toBe(true);
      await tab.press('Escape');
      expect((await view(tab)).focus?.label).toBe(list[1]);
      await tab.close();
    });

    it('the browser’s shortcuts take the same path: next and previous mention, focus in the dialog, one announcement', async () => {
      const tab = await openPainted(reader, `${server.origin}/article.html`);
      const tabId = await reader.tabId(tab);
      const total = (await tab.evaluate(painted)).length;
      // The shortcut itself is the browser's; the background relays it to the page as this message.
      const command = (which: 'next-mention' | 'previous-mention') =>
        reader.inExtension(
          ([id, name]) =>
            (typeof browser === 'undefined' ? chrome : browser).tabs.sendMessage(
              id,
              { type: 'borderline:command', command: name },
              { frameId: 0 },
            ),
          [tabId, which] as const,
        );
      expect(await command('previous-mention')).toBe(true);
      await readUntil(tab, overlayView, (v) => v.announcement.endsWith(`, ${total} of ${total}`));
      expect((await view(tab)).focus).toMatchObject({ ours: true, classes: 'card' });
      await command('next-mention');
      await readUntil(tab, overlayView, (v) => v.announcement.endsWith(`, 1 of ${total}`));
      expect((await view(tab)).card?.label).toContain((await tab.evaluate(focusedRangeText)) ?? '?');
      await tab.press('Escape');
      await readUntil(tab, overlayView, (v) => v.card === null);
      expect((await view(tab)).focus).toBeNull();
      await tab.close();
    });

    it('has no serious or critical axe-core violation with the notice, its list and a card open', async () => {
      const tab = await openPainted(reader, `${server.origin}/linked.html`);
      await readUntil(tab, overlayView, (v) => v.notice !== null);
      await tabTo(tab, 'notice-toggle-list');
      await tab.press('Enter');
      await tabToLabel(tab, (await view(tab)).list[0]!);
      await tab.press('Enter');
      await readUntil(tab, overlayView, (v) => v.focus?.classes === 'card');
      expect(await seriousViolationsIn(tab)).toEqual([]);
      await tab.press('Escape');
      await tab.close();
    });
  });

  describe(`${name}: settings and the extension’s pages`, () => {
    it('applies settings at once to an open page: highlight style, Borderline turned off and on', async () => {
      const tab = await openPainted(reader, `${server.origin}/article.html`);
      const before = (await tab.evaluate(painted)).length;
      expect(await styles(tab)).toEqual(['underline']);
      await setSettings(reader, { highlightStyle: 'background' });
      // As many ranges as before, all in the new style (no range at all is a page not yet repainted).
      await readUntil(
        tab,
        painted,
        (ranges) =>
          ranges.length === before && ranges.every((range) => range.name.startsWith('borderline-background-')),
      );
      await setSettings(reader, { highlightStyle: 'underline', enabled: false });
      await readUntil(tab, painted, (ranges) => ranges.length === 0);
      await readUntil(tab, overlayView, (v) => v.notice === null);
      await setSettings(reader, { enabled: true });
      await readUntil(tab, painted, (ranges) => ranges.length === before);
      expect(await styles(tab)).toEqual(['underline']);
      await tab.close();
    });

    it('the popup counts the page’s mentions, and the options page changes the page from the keyboard', async () => {
      const article = await openPainted(reader, `${server.origin}/article.html`);
      const count = (await article.evaluate(painted)).length;
      const popup = await reader.openExtensionPage(`popup.html?tab=${await reader.tabId(article)}`);
      await popup.waitUntil((n) => document.querySelector('.count')?.getAttribute('data-count') === String(n), count);
      await popup.close();

      const options = await reader.openExtensionPage('options.html');
      await options.waitUntil(() => document.querySelector('main.options'));
      await options.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
          .find((input) => input.labels?.[0]?.textContent?.includes('Underline'))
          ?.focus(),
      );
      await options.press('ArrowDown');
      await readUntil(
        article,
        painted,
        (ranges) => ranges.length === count && ranges.every((range) => range.name.startsWith('borderline-background-')),
      );
      await options.press('ArrowUp');
      await readUntil(
        article,
        painted,
        (ranges) => ranges.length === count && ranges.every((range) => range.name.startsWith('borderline-underline-')),
      );
      await options.close();
      await article.close();
    });
  });

  extra({ reader: () => reader, origin: () => server.origin });
}
