/**
 * Borderline's speed in real Chromium with the built extension, on every corpus page and the demo
 * pages, in one run: the floor (one TreeWalker pass over the text), the content script's own scan
 * and paint (its `borderline:scan` measure), mark.js marking the same lexicon, the longest task the
 * extension causes, its heap, its CPU under a mutation storm, and the bundle sizes. Prints a table
 * with PASS/MISS per target, where a target is missed says what dominates (profiles, bundle
 * composition), and writes bench-results.json. See scripts/lib/bench/ for how each is measured.
 *
 * Env: BENCH_RUNS (default 3), BENCH_STORM_MS (10000), BENCH_PAGES (a regexp to pick pages),
 * BORDERLINE_SHARED (where the shared corpus is).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { launchExtensionBrowser, launchPlainBrowser, snapshotExtension } from './lib/bench/browsers';
import { bundleBytes, popupFiles } from './lib/bench/bundle';
import { reportFindings } from './lib/bench/findings';
import { type BenchPage, benchPages, markTerms } from './lib/bench/pages';
import { printBundle, printPages, printStorms, printSummary, printTargets } from './lib/bench/report';
import { LIMITS, medians, type PageRow, type PageRuns, pageRow, targets } from './lib/bench/results';
import { extensionRun, plainRun, Tab, tracedRun } from './lib/bench/runs';
import { median } from './lib/bench/stats';
import { type StormResult, stormRun } from './lib/bench/storm';
import { buildWithSourceMaps, Symbolizer } from './lib/bench/symbols';
import { repoRoot, requireCorpus } from './lib/corpus';
import { servePages } from './lib/serve';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STORM_MS = Number(process.env.BENCH_STORM_MS ?? 10_000);
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
/**
 * mark.js on a large page takes minutes (it walks the page once per phrase, ~1800 phrases).
 * Twelve times our own time is enough to decide the 10× target (a run cut short is over it);
 * beyond the budget the time is estimated.
 */
const MARKJS_BUDGET = { timesOurs: 12, minMs: 100, maxMs: 3000 };

const require = createRequire(import.meta.url);
const markjsSource = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
const terms = markTerms();
const CONTENT_JS = 'content-scripts/content.js';
/** The extension's scripts that run in pages: the content script, and what it loads where the gate opens. */
const PAGE_SCRIPTS = [CONTENT_JS, 'page-tools.js'];
const log = (text: string) => process.stderr.write(`${text}\n`);

type Storm = { name: string; result: StormResult };

interface Tabs {
  ext: Tab;
  plain: Tab;
}

async function measurePage(page: BenchPage, url: string, tabs: Tabs): Promise<PageRuns> {
  const runs: PageRuns = { name: page.name, bytes: page.bytes, extension: [], plain: [], traces: [] };
  try {
    runs.traces.push(await tracedRun(tabs.ext, url));
    // One traced run is enough to clear a page; one that shows a long task is confirmed by the median of three.
    if (runs.traces[0]!.longestExtensionTaskMs > LIMITS.taskMs) {
      for (let i = 0; i < 2; i++) runs.traces.push(await tracedRun(tabs.ext, url));
    }
    for (let i = 0; i < RUNS; i++) runs.extension.push(await extensionRun(tabs.ext, url));
    const ours = median(runs.extension.map((r) => r.scan.duration));
    const budgetMs = Math.min(Math.max(MARKJS_BUDGET.timesOurs * ours, MARKJS_BUDGET.minMs), MARKJS_BUDGET.maxMs);
    for (let i = 0; i < RUNS; i++) runs.plain.push(await plainRun(tabs.plain, url, { markjsSource, terms, budgetMs }));
  } catch (error) {
    runs.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return runs;
}

/** Every page, then the storms, in the two browsers. */
async function measureAll(
  extensionDir: string,
  pages: BenchPage[],
  stormPages: BenchPage[],
): Promise<{ runs: PageRuns[]; storms: Storm[]; chromium: string }> {
  const server = await servePages(benchPages().routes);
  const ext = await launchExtensionBrowser(extensionDir);
  const plain = await launchPlainBrowser();
  const tabs: Tabs = { ext: new Tab(ext.context), plain: new Tab(plain.context) };
  const runs: PageRuns[] = [];
  const storms: Storm[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const t0 = Date.now();
      const pageRuns = await measurePage(page, server.origin + page.path, tabs);
      runs.push(pageRuns);
      const row = pageRow(pageRuns);
      const summary = row.error
        ? `error: ${row.error}`
        : `ours ${row.ours_ms.median.toFixed(1)} ms, walk ${row.walk_ms.median.toFixed(2)} ms, ` +
          `mark.js ${row.markjs_complete ? '' : '~'}${row.markjs_ms.median.toFixed(0)} ms`;
      log(`[${i + 1}/${pages.length}] ${page.name}: ${summary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    for (const page of stormPages) {
      log(`Mutation storm on ${page.name} (${STORM_MS / 1000} s) …`);
      const result = await stormRun(tabs.ext, server.origin + page.path, STORM_MS);
      storms.push({ name: page.name, result });
      const pageRuns = runs.find((r) => r.name === page.name);
      if (pageRuns) pageRuns.storm = [result];
    }
    return { runs, storms, chromium: ext.context.browser()?.version() ?? 'unknown' };
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  requireCorpus('bench');
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0]!;
  const pages = benchPages().pages.filter((page) => !ONLY || ONLY.test(page.name));
  if (pages.length === 0) throw new Error(`No page matches BENCH_PAGES=${process.env.BENCH_PAGES}`);
  const largestPage = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const stormPages = [pages.find((p) => p.name === 'demo/article.html'), largestPage].filter(
    (p, i, list): p is BenchPage => p !== undefined && list.indexOf(p) === i,
  );

  const snapshot = snapshotExtension();
  log('Building a copy with source maps, to name functions and bundle contents …');
  const maps = await buildWithSourceMaps().catch((error: unknown) => {
    snapshot.remove();
    throw error;
  });
  try {
    const bundle = bundleBytes(snapshot.dir);
    const sameCode = PAGE_SCRIPTS.every((file) =>
      readFileSync(path.join(snapshot.dir, file)).equals(readFileSync(path.join(maps.dir, file))),
    );
    const { runs, storms, chromium } = await measureAll(snapshot.dir, pages, stormPages);

    const rows: PageRow[] = runs.map(pageRow);
    const okRows = rows.filter((row) => !row.error);
    if (okRows.length === 0) throw new Error('Every page failed: see the errors above');
    const m = medians(
      rows,
      storms.map((s) => s.result),
    );
    const largest = okRows.find((row) => row.name === largestPage.name) ?? okRows[okRows.length - 1]!;
    const results = targets(m, largest, rows, storms, bundle);

    printPages(rows, MARKJS_BUDGET.timesOurs);
    printSummary(m, largest, rows);
    printStorms(storms);
    printBundle(bundle);
    printTargets(results);
    if (!sameCode) {
      console.log(
        '\nNote: the sources changed since .output was built, so functions are given by their place in the ' +
          'minified content.js and page-tools.js, and the bundle composition below is that of the current sources.',
      );
    }
    const findings = reportFindings({
      targets: results,
      runs,
      rows,
      largest,
      storms,
      // Names from the source maps only hold for the very code measured.
      symbols: new Symbolizer(sameCode ? maps.dir : null),
      bundleFiles: { content: [path.join(maps.dir, CONTENT_JS)], popup: popupFiles(maps.dir) },
    });

    const output = {
      generated: new Date().toISOString(),
      machine: { cpus: cpus().length, load_average: { start: loadAtStart, end: loadavg()[0] }, chromium },
      runs_per_page: RUNS,
      traced_runs_per_page: `1, or 3 where the first shows an extension task over ${LIMITS.taskMs} ms`,
      markjs: { phrases: terms.length, budget: MARKJS_BUDGET },
      storm: {
        ms: STORM_MS,
        changes_per_second: 1000,
        pages: storms.map(({ name, result: { topExtension, ...result } }) => ({ name, ...result })),
      },
      bundle_bytes: bundle,
      targets: results,
      medians: m,
      largest,
      pages: rows,
      findings,
      seconds: (Date.now() - startedAt) / 1000,
    };
    writeFileSync(path.join(repoRoot, 'bench-results.json'), `${JSON.stringify(output, null, 2)}\n`);
    console.log(`\nWrote bench-results.json in ${output.seconds.toFixed(0)} s.`);
  } finally {
    maps.remove();
    snapshot.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
