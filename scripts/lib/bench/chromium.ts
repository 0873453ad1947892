import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchExtensionBrowser, launchPlainBrowser } from './browsers';
import { type HoverResult, measureHover } from './hover';
import { LIMITS } from './limits';
import { type BenchPage, markTerms } from './pages';
import { type PageRuns, pageRow } from './results';
import { extensionRun, plainRun, tracedRun } from './runs';
import { median } from './stats';
import { type StormResult, stormRun } from './storm';
import type { Symbolizer } from './symbols';
import { Tab } from './tab';

export interface ChromiumPlan {
  extensionDir: string;
  origin: string;
  pages: BenchPage[];
  stormPages: BenchPage[];
  /** The page whose painted words are hovered. */
  hoverPage: BenchPage | undefined;
  runs: number;
  /** Finely sampled traced runs on each page read in full, for the claim finder's share. */
  claimRuns: number;
  stormMs: number;
  hover: { loads: number; hoversPerLoad: number };
  symbols: Symbolizer;
  log: (text: string) => void;
}

export interface ChromiumResults {
  runs: PageRuns[];
  storms: { name: string; result: StormResult }[];
  hover: HoverResult | { error: string } | null;
  version: string;
  /** Seconds each part took, for keeping the bench's time in check. */
  seconds: { pages: number; storms: number; hover: number };
}

/**
 * mark.js on a large page takes minutes (it walks the page once per phrase, ~1800 phrases).
 * Twelve times our own time is enough to decide the 10× target (a run cut short is over it);
 * beyond the budget the time is estimated.
 */
export const MARKJS_BUDGET = { timesOurs: 12, minMs: 100, maxMs: 3000 };

const require = createRequire(import.meta.url);
const markjsSource = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
const terms = markTerms();
export const MARKJS_PHRASES = terms.length;

const messageOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

async function measurePage(page: BenchPage, url: string, tabs: { ext: Tab; plain: Tab }, plan: ChromiumPlan) {
  const runs: PageRuns = { name: page.name, bytes: page.bytes, extension: [], plain: [], traces: [], claimTraces: [] };
  try {
    runs.traces.push(await tracedRun(tabs.ext, url));
    // One traced run is enough to clear a page; one that shows a long task is confirmed by the median of three.
    if (runs.traces[0]!.longestExtensionTaskMs > LIMITS.taskMs) {
      for (let i = 0; i < 2; i++) runs.traces.push(await tracedRun(tabs.ext, url));
    }
    for (let i = 0; i < plan.runs; i++) runs.extension.push(await extensionRun(tabs.ext, url));
    if (runs.extension[0]?.scan.read === 'full' && plan.symbols.mapped) {
      const options = { fine: true, isPart: plan.symbols.isClaimFinder };
      for (let i = 0; i < plan.claimRuns; i++) runs.claimTraces.push(await tracedRun(tabs.ext, url, options));
    }
    const ours = median(runs.extension.map((r) => r.scan.duration));
    const budgetMs = Math.min(Math.max(MARKJS_BUDGET.timesOurs * ours, MARKJS_BUDGET.minMs), MARKJS_BUDGET.maxMs);
    for (let i = 0; i < plan.runs; i++)
      runs.plain.push(await plainRun(tabs.plain, url, { markjsSource, terms, budgetMs }));
  } catch (error) {
    runs.error = messageOf(error);
  }
  return runs;
}

function progress(runs: PageRuns): string {
  const row = pageRow(runs);
  if (row.error) return `error: ${row.error}`;
  const claims = Number.isFinite(row.claims_share.median)
    ? `, claim finder ${(row.claims_share.median * 100).toFixed(0)}%`
    : '';
  return (
    `ours ${row.ours_ms.median.toFixed(1)} ms, walk ${row.walk_ms.median.toFixed(2)} ms, ` +
    `mark.js ${row.markjs_complete ? '' : '~'}${row.markjs_ms.median.toFixed(0)} ms${claims}`
  );
}

/** Every page, then the storms, then the reader's view, in Chromium with and without the extension. */
export async function measureChromium(plan: ChromiumPlan): Promise<ChromiumResults> {
  const { log, origin } = plan;
  const ext = await launchExtensionBrowser(plan.extensionDir);
  const plain = await launchPlainBrowser();
  const tabs = { ext: new Tab(ext.context), plain: new Tab(plain.context) };
  const runs: PageRuns[] = [];
  const storms: ChromiumResults['storms'] = [];
  const seconds = { pages: 0, storms: 0, hover: 0 };
  let since = Date.now();
  const lap = () => {
    const now = Date.now();
    const elapsed = (now - since) / 1000;
    since = now;
    return elapsed;
  };
  try {
    for (const [i, page] of plan.pages.entries()) {
      const t0 = Date.now();
      const pageRuns = await measurePage(page, origin + page.path, tabs, plan);
      runs.push(pageRuns);
      log(
        `[${i + 1}/${plan.pages.length}] ${page.name}: ${progress(pageRuns)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
    await tabs.plain.close();
    seconds.pages = lap();
    for (const page of plan.stormPages) {
      log(`Mutation storm on ${page.name} (${plan.stormMs / 1000} s) …`);
      const result = await stormRun(tabs.ext, origin + page.path, plan.stormMs);
      storms.push({ name: page.name, result });
      const pageRuns = runs.find((r) => r.name === page.name);
      if (pageRuns) pageRuns.storm = [result];
    }
    seconds.storms = lap();
    let hover: ChromiumResults['hover'] = null;
    if (plan.hoverPage) {
      log(`Hovering painted words on ${plan.hoverPage.name} …`);
      hover = await measureHover(ext, tabs.ext, origin + plan.hoverPage.path, plan.hover).catch((error: unknown) => ({
        error: messageOf(error),
      }));
    }
    seconds.hover = lap();
    return { runs, storms, hover, version: ext.context.browser()?.version() ?? 'unknown', seconds };
  } finally {
    await ext.close();
    await plain.close();
  }
}
