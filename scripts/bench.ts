/**
 * Borderline's speed with the built extension, on every corpus page and the demo pages, in one
 * run. In Chromium: the floor (one cold TreeWalker pass over the text), the content script's own
 * scan and paint (its `borderline:scan` measure), mark.js marking the same lexicon, the longest
 * task the extension causes, its heap, the claim finder's share where a page is read in full, its
 * CPU under a mutation storm, the reader's view (hover to card), the bundle sizes. In Firefox ESR:
 * the first look against the same floor. Prints medians with min–max over runs and PASS/MISS per
 * target, and writes bench-results.json; `--explain` adds what dominates each miss (profiles,
 * bundle composition). Exits non-zero only when something could not be measured.
 *
 * Env: BENCH_RUNS (default 3), BENCH_FIREFOX_RUNS (2), BENCH_CLAIM_RUNS (3), BENCH_HOVERS (2 loads
 * × 20 hovers: "2x20"), BENCH_STORM_MS (10000), BENCH_PAGES (a regexp to pick pages),
 * BORDERLINE_OUT_DIR (the builds measured), BORDERLINE_SHARED (where the shared corpus is).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { snapshotExtension } from './lib/bench/browsers';
import { bundleBytes, popupFiles } from './lib/bench/bundle';
import { MARKJS_BUDGET, MARKJS_PHRASES, measureChromium } from './lib/bench/chromium';
import { reportFindings } from './lib/bench/findings';
import { FIREFOX_CANNOT, measureFirefox } from './lib/bench/firefox';
import { LIMITS } from './lib/bench/limits';
import { type BenchPage, benchPages } from './lib/bench/pages';
import * as print from './lib/bench/report';
import { medians, type PageRow, pageRow } from './lib/bench/results';
import { buildWithSourceMaps, PAGE_SCRIPTS, Symbolizer, samePageScripts } from './lib/bench/symbols';
import { targets } from './lib/bench/targets';
import { EXTENSION_DIR } from './lib/browser';
import { repoRoot, requireCorpus } from './lib/corpus';
import { FIREFOX_EXTENSION_DIR } from './lib/firefox';
import { servePages } from './lib/serve';

const EXPLAIN = process.argv.includes('--explain');
const envNumber = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RUNS = envNumber('BENCH_RUNS', 3);
const FIREFOX_RUNS = envNumber('BENCH_FIREFOX_RUNS', 2);
const CLAIM_RUNS = envNumber('BENCH_CLAIM_RUNS', 3);
const [HOVER_LOADS = 2, HOVERS_PER_LOAD = 20] = (process.env.BENCH_HOVERS ?? '2x20').split('x').map(Number);
const STORM_MS = envNumber('BENCH_STORM_MS', 10_000);
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
const DEMO_ARTICLE = 'demo/article.html';
const log = (text: string) => process.stderr.write(`${text}\n`);

function choosePages(): { pages: BenchPage[]; largest: BenchPage; storms: BenchPage[]; article?: BenchPage } {
  const pages = benchPages().pages.filter((page) => !ONLY || ONLY.test(page.name));
  if (pages.length === 0) throw new Error(`No page matches BENCH_PAGES=${process.env.BENCH_PAGES}`);
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const article = pages.find((p) => p.name === DEMO_ARTICLE);
  const storms = [article, largest].filter((p, i, list): p is BenchPage => p !== undefined && list.indexOf(p) === i);
  return { pages, largest, storms, article };
}

async function main(): Promise<void> {
  requireCorpus('bench');
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0]!;
  const { pages, largest: largestPage, storms: stormPages, article } = choosePages();
  // Copies, so that a rebuild in the working tree during the run cannot change what is measured.
  const chrome = snapshotExtension(EXTENSION_DIR);
  const firefoxBuild = snapshotExtension(FIREFOX_EXTENSION_DIR);
  log('Building a copy with source maps, to name functions and bundle contents …');
  const maps = await buildWithSourceMaps().catch((error: unknown) => {
    chrome.remove();
    firefoxBuild.remove();
    throw error;
  });
  const server = await servePages(benchPages().routes);
  try {
    const bundle = bundleBytes(chrome.dir);
    // Names from the source maps only hold for the very code measured.
    const sameCode = samePageScripts(chrome.dir, maps.dir);
    const symbols = new Symbolizer(sameCode ? maps.dir : null);
    const chromium = await measureChromium({
      extensionDir: chrome.dir,
      origin: server.origin,
      pages,
      stormPages,
      hoverPage: article,
      runs: RUNS,
      claimRuns: CLAIM_RUNS,
      stormMs: STORM_MS,
      hover: { loads: HOVER_LOADS, hoversPerLoad: HOVERS_PER_LOAD },
      symbols,
      log,
    });
    log(`Firefox: every page, ${FIREFOX_RUNS} runs each …`);
    const firefoxStart = Date.now();
    const firefox = await measureFirefox(firefoxBuild.dir, pages, server.origin, FIREFOX_RUNS, log);
    const seconds = { ...chromium.seconds, firefox: (Date.now() - firefoxStart) / 1000, all: 0 };

    const { runs, storms } = chromium;
    const rows: PageRow[] = runs.map(pageRow);
    const okRows = rows.filter((row) => !row.error);
    if (okRows.length === 0) throw new Error('Every page failed: see the errors above');
    const m = medians(
      rows,
      storms.map((s) => s.result),
    );
    const largest = okRows.find((row) => row.name === largestPage.name) ?? okRows[okRows.length - 1]!;
    const results = targets(m, largest, rows, storms, bundle);

    print.printPages(rows, MARKJS_BUDGET.timesOurs);
    print.printSummary(m, largest, rows);
    print.printClaims(rows, symbols.mapped);
    print.printHover(DEMO_ARTICLE, chromium.hover);
    print.printFirefox(firefox, largestPage.name, FIREFOX_CANNOT);
    print.printStorms(storms);
    print.printBundle(bundle);
    print.printTargets(results);
    if (!sameCode) {
      console.log(
        '\nNote: the sources changed since the measured build was made, so functions are given by their place ' +
          'in the minified scripts, the claim finder’s share is not measured, and the bundle composition is that of the current sources.',
      );
    }
    const findings = EXPLAIN
      ? reportFindings({
          targets: results,
          runs,
          rows,
          largest,
          storms,
          symbols,
          bundleFiles: {
            content: [path.join(maps.dir, PAGE_SCRIPTS['content.js']!)],
            popup: popupFiles(maps.dir),
          },
        })
      : null;
    if (!EXPLAIN && results.some((t) => !t.pass)) {
      console.log('\n(`npm run bench -- --explain` says what dominates each miss.)');
    }

    const output = {
      generated: new Date().toISOString(),
      machine: { cpus: cpus().length, load_average: { start: loadAtStart, end: loadavg()[0] } },
      browsers: { chromium: chromium.version, firefox: firefox.version },
      runs_per_page: { chromium: RUNS, firefox: FIREFOX_RUNS, claim_finder_profiles: CLAIM_RUNS },
      traced_runs_per_page: `1, or 3 where the first shows an extension task over ${LIMITS.taskMs} ms`,
      markjs: { phrases: MARKJS_PHRASES, budget: MARKJS_BUDGET },
      storm: {
        ms: STORM_MS,
        changes_per_second: 1000,
        pages: storms.map(({ name, result: { topExtension, ...result } }) => ({ name, ...result })),
      },
      hover: chromium.hover,
      bundle_bytes: bundle,
      targets: results,
      medians: m,
      largest,
      pages: rows,
      firefox: { cannot_measure: FIREFOX_CANNOT, pages: firefox.rows },
      findings,
      seconds,
    };
    seconds.all = (Date.now() - startedAt) / 1000;
    writeFileSync(path.join(repoRoot, 'bench-results.json'), `${JSON.stringify(output, null, 2)}\n`);
    const parts = Object.entries(seconds).map(([part, s]) => `${part} ${s.toFixed(0)} s`);
    console.log(`\nWrote bench-results.json. Time: ${parts.join(', ')}.`);
    const failed = [...rows, ...firefox.rows].filter((row) => row.error).length;
    const hoverFailed = chromium.hover !== null && 'error' in chromium.hover;
    if (failed > 0 || hoverFailed) {
      console.error(`${failed} page runs could not be measured${hoverFailed ? ', nor the reader’s view' : ''}.`);
      process.exitCode = 1;
    }
  } finally {
    await server.close();
    maps.remove();
    chrome.remove();
    firefoxBuild.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
