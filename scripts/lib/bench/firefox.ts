import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../firefox';
import type { BenchPage } from './pages';
import { FLOOR_EXPRESSION, type Floor } from './runs';
import { type Spread, spread } from './stats';
import { type FirstScan, PAGE_TIMEOUT_MS, waitForFirstScan } from './tab';

/** One page in Firefox: the first look against the floor, as in Chromium, median (min–max) over runs. */
export interface FirefoxRow {
  name: string;
  read: FirstScan['read'];
  walk_ms: Spread;
  ours_ms: Spread;
  ratio_ours_to_walk: Spread;
  error?: string;
}

/** What Chromium measures and Firefox offers no way to: said beside its numbers. */
export const FIREFOX_CANNOT =
  'no CPU profiles or traces over WebDriver BiDi (so no task attribution, claim finder share, storm CPU), ' +
  'no long tasks API, no heap figures';

const IN_PAGE_SCRIPT = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8');
/** The Firefox default rounds `performance.now()` to 1 ms, coarser than a small page's floor. */
const FINE_TIMERS = { 'privacy.reduceTimerPrecision': false };

interface Sandbox {
  evaluate(expression: string, awaitPromise: boolean): Promise<{ type: string; result?: { value?: unknown } }>;
}

/**
 * A sandbox of the tab's own (WebDriver BiDi `sandbox`), as Firefox gives each content script:
 * a fresh one in every new document. Puppeteer offers this only inside its frames.
 */
function sandboxOf(page: Page, name: string): Sandbox {
  const frame = page.mainFrame() as unknown as { browsingContext?: { createWindowRealm(name: string): Sandbox } };
  if (!frame.browsingContext) throw new Error('This Puppeteer does not reach the BiDi browsing context.');
  return frame.browsingContext.createWindowRealm(name);
}

async function floorIn(sandbox: Sandbox): Promise<Floor> {
  const answer = await sandbox.evaluate(`JSON.stringify(${FLOOR_EXPRESSION})`, false);
  if (answer.type !== 'success') throw new Error(`floor: ${JSON.stringify(answer)}`);
  return JSON.parse(String(answer.result?.value)) as Floor;
}

/** Every page in Firefox ESR with the extension, `runs` loads each: its first look, then the floor. */
export async function measureFirefox(
  extensionDir: string,
  pages: BenchPage[],
  origin: string,
  runs: number,
  log: (text: string) => void,
): Promise<{ version: string; rows: FirefoxRow[] }> {
  const firefox = await launchFirefoxWithExtension({ extensionDir, prefs: FINE_TIMERS });
  const openTab = async () => {
    const page = await firefox.browser.newPage();
    // Saved pages may call alert(): dismissed, as Playwright does in Chromium, or the load never ends.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    await page.evaluateOnNewDocument(IN_PAGE_SCRIPT);
    return { page, sandbox: sandboxOf(page, 'bench-floor') };
  };
  try {
    let { page, sandbox } = await openTab();
    const rows: FirefoxRow[] = [];
    for (const bench of pages) {
      const scans: FirstScan[] = [];
      const floors: Floor[] = [];
      let error: string | undefined;
      try {
        for (let i = 0; i < runs; i++) {
          await page.goto(origin + bench.path, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
          scans.push(await waitForFirstScan(page));
          floors.push(await floorIn(sandbox));
        }
      } catch (caught) {
        error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
        // A fresh tab for the next page, as in Chromium.
        await page.close().catch(() => undefined);
        ({ page, sandbox } = await openTab());
      }
      rows.push({
        name: bench.name,
        read: scans[0]?.read ?? null,
        walk_ms: spread(floors.map((f) => f.ms)),
        ours_ms: spread(scans.map((s) => s.duration)),
        ratio_ours_to_walk: spread(floors.map((floor, i) => scans[i]!.duration / floor.ms)),
        ...(error && { error }),
      });
      if (error) log(`Firefox ${bench.name}: error: ${error}`);
    }
    return { version: await firefox.browser.version(), rows };
  } finally {
    await firefox.close();
  }
}
