import type { BundleBytes } from './bundle';
import type { FirefoxRow } from './firefox';
import type { HoverResult } from './hover';
import { KB } from './limits';
import type { Medians, PageRow } from './results';
import { medianSpread, type Spread } from './stats';
import type { StormResult } from './storm';
import type { Target } from './targets';

function num(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  return value.toFixed(digits);
}

const range = (s: Spread, digits = 1) => `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`;
const percent = (s: Spread) => range({ median: s.median * 100, min: s.min * 100, max: s.max * 100 }, 0);

const COLUMNS: [string, number, (row: PageRow) => string][] = [
  ['page', 46, (r) => r.name],
  ['KB', 7, (r) => num(r.bytes / KB, 0)],
  ['nodes', 7, (r) => String(r.text_nodes)],
  ['found', 5, (r) => String(r.mentions ?? '–')],
  ['read', 4, (r) => r.read ?? '–'],
  ['walk ms', 8, (r) => num(r.walk_ms.median, 2)],
  ['ours ms', 8, (r) => num(r.ours_ms.median)],
  ['mark.js ms', 11, (r) => `${r.markjs_complete ? '' : '~'}${num(r.markjs_ms.median, 0)}`],
  ['ours/walk', 9, (r) => num(r.ratio_ours_to_walk.median)],
  ['mjs/ours', 8, (r) => num(r.ratio_markjs_to_ours.median)],
  ['task ms', 7, (r) => num(r.longest_task_ms.median)],
  ['heap KB', 8, (r) => num(r.heap_bytes.median / KB, 0)],
];

function line(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]![1]) : cell.padStart(COLUMNS[i]![1]))).join(' ');
}

export function printPages(rows: PageRow[], markjsTimesOurs: number): void {
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const row of rows) {
    if (row.error) console.log(`${row.name.padEnd(COLUMNS[0]![1])} error: ${row.error}`);
    else console.log(line(COLUMNS.map(([, , cell]) => cell(row))));
  }
  console.log(
    `~ mark.js ran out of its budget (${markjsTimesOurs}× ours): time extrapolated from the phrases it did, in random order`,
  );
}

const SUMMARY: [string, keyof Medians & keyof PageRow, number][] = [
  ['walk floor (one cold pass), ms', 'walk_ms', 2],
  ['  the same pass warm (mean of repeats), ms', 'walk_warm_ms', 3],
  ['ours (scan and paint), ms', 'ours_ms', 2],
  ['  of which the gate in the background, ms', 'background_ms', 2],
  ['  the same, traced run, ms', 'traced_ours_ms', 1],
  ['  ext. JS in the scan’s window (traced), ms', 'scan_window_ext_ms', 1],
  ['mark.js, ms', 'markjs_ms', 0],
  ['ours / walk', 'ratio_ours_to_walk', 2],
  ['  ours / warm walk (for scale)', 'ratio_ours_to_warm_walk', 1],
  ['mark.js / ours', 'ratio_markjs_to_ours', 1],
  ['longest extension task, ms', 'longest_task_ms', 1],
  ['longest task in scan window (any), ms', 'scan_window_task_ms', 1],
  ['page’s own longest task (no ext.), ms', 'baseline_task_ms', 1],
  ['extension start-up JS, ms', 'startup_ms', 1],
  ['heap with − without, KB', 'heap_bytes', 0],
  ['  of which JS heap, KB', 'heap_js_bytes', 0],
];

export function printSummary(m: Medians, largest: PageRow, rows: PageRow[]): void {
  const width = 44;
  const byGate = rows.filter((row) => row.read === 'gate').length;
  console.log(`\nThe gate settled ${byGate} of ${rows.length} pages; the others were read in full.`);
  console.log(`\n${''.padEnd(width)} ${`median of ${m.pages} pages (min–max)`.padEnd(34)} largest: ${largest.name}`);
  for (const [label, field, digits] of SUMMARY) {
    const scale = field.startsWith('heap') ? 1 / KB : 1;
    const scaled = (s: Spread) => ({ median: s.median * scale, min: s.min * scale, max: s.max * scale });
    const all = m[field] as Spread;
    const own = largest[field] as Spread;
    console.log(`${label.padEnd(width)} ${range(scaled(all), digits).padEnd(34)} ${range(scaled(own), digits)}`);
  }
  console.log(
    '(medians row: median over pages of each page’s median, min and max over runs; largest: its own median, min, max)',
  );
}

export function printStorms(storms: { name: string; result: StormResult }[]): void {
  console.log('\nMutation storm (1000 changes/s for the storm’s length), CPU by owner from the sampling profiler:');
  for (const { name, result } of storms) {
    const c = result.cpuMs;
    console.log(
      `  ${name}: extension ${num(c.extension)} ms, page JS ${num(c.page)} ms, page native ${num(c.program)} ms, ` +
        `GC ${num(c.gc)} ms, idle ${num(c.idle)} ms; ${result.changes} changes in ${num(result.stormMs / 1000, 1)} s, ` +
        `${result.rescans} completed rescans → storm_cpu_ratio ${num(result.ratio * 100, 1)}% ` +
        `(JS only ${num(result.jsOnlyRatio * 100, 0)}%)`,
    );
  }
}

export function printBundle(bundle: BundleBytes): void {
  console.log(
    `\nBundles: content.js ${num(bundle.content / KB)} KB (and page-tools.js ${num(bundle.page_tools / KB)} KB where ` +
      `the gate lets a page through), popup JS ${num(bundle.popup / KB)} KB, background.js ${num(bundle.background / KB)} KB`,
  );
}

export function printTargets(targets: Target[]): void {
  console.log('\nTargets:');
  for (const target of targets) console.log(`  ${target.pass ? 'PASS' : 'MISS'}  ${target.name}: ${target.detail}`);
}

/** The claim finder's share on each page read in full, and over the corpus pages among them. */
export function printClaims(rows: PageRow[], mapped: boolean): void {
  console.log(
    '\nThe claim finder’s share of the extension’s JS on the page’s main thread, from its start to the first ' +
      'scan’s measure, by CPU profile attribution (traced runs sampled every 0.1 ms; functions under ' +
      'src/detect/**/claims/ and the claim functions of src/page, callees included), % median (min–max):',
  );
  if (!mapped) {
    console.log('  not measured: the source maps are not of the code measured');
    return;
  }
  const read = rows.filter((row) => row.read === 'full' && !row.error);
  for (const row of read) {
    console.log(`  ${row.name.padEnd(46)} ${percent(row.claims_share).padEnd(14)} ${range(row.claims_ms, 1)} ms`);
  }
  const corpus = read.filter((row) => !row.name.startsWith('demo/'));
  console.log(
    `  corpus pages read in full (${corpus.length}): median of pages ${percent(medianSpread(corpus.map((r) => r.claims_share)))}`,
  );
}

export function printHover(page: string, hover: HoverResult | { error: string } | null): void {
  console.log(`\nReader’s view in Chromium, ${page}: pointer onto painted words → card’s first frame done, ms:`);
  if (!hover || 'error' in hover) {
    console.log(hover ? `  error: ${hover.error}` : '  not measured');
    return;
  }
  const { all } = hover;
  console.log(
    `  p50 ${range(hover.p50_ms)}, p95 ${range(hover.p95_ms)} (per page load, median (min–max)); over all ` +
      `${all.hovers} hovers p50 ${num(all.p50_ms)}, p95 ${num(all.p95_ms)}, max ${num(all.max_ms)}` +
      `${hover.missed ? `; ${hover.missed} hovers got no card` : ''}`,
  );
  console.log('  (dwell set to 0, the default 500 ms comes on top; fade-in left out; no target)');
}

export function printFirefox(firefox: { version: string; rows: FirefoxRow[] }, largest: string, cannot: string): void {
  const ok = firefox.rows.filter((row) => !row.error);
  console.log(
    `\nFirefox (${firefox.version}), the same pages, ours / one cold pass in a sandbox of its own (no target):`,
  );
  const line = (label: string, f: (row: FirefoxRow) => Spread, digits: number) =>
    console.log(`  ${label.padEnd(30)} ${range(medianSpread(ok.map(f)), digits)}`);
  line(`median of ${ok.length} pages: walk, ms`, (r) => r.walk_ms, 2);
  line('ours, ms', (r) => r.ours_ms, 2);
  line('ours / walk', (r) => r.ratio_ours_to_walk, 2);
  for (const row of firefox.rows.filter((r) => r.error)) console.log(`  ${row.name}: error: ${row.error}`);
  for (const row of ok.filter((r) => r.name.startsWith('demo/') || r.name === largest)) {
    console.log(
      `  ${row.name}: ours ${range(row.ours_ms, 1)} ms, walk ${range(row.walk_ms, 2)} ms, ours/walk ${range(row.ratio_ours_to_walk, 2)}`,
    );
  }
  console.log(`  Not measured in Firefox: ${cannot}.`);
}

export function printList(title: string, items: { label: string; value: string }[]): void {
  console.log(`\n${title}`);
  for (const { label, value } of items) console.log(`  ${value.padStart(10)}  ${label}`);
}
