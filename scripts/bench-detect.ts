/**
 * The detector's time on real texts against a baseline measured in the same run: one plain
 * normalisation pass over the same text; and beside it the claim finder's, for a measured split
 * of the two (in Node, no DOM). Per text the median (min–max) of several runs after a warm-up;
 * the detector/baseline ratio over the sum of all texts and on the largest alone, PASS/MISS
 * against the target. Writes bench-detect-results.json; exits non-zero only if a text cannot be
 * measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDetector } from '../src/detect';
import { createClaimFinder } from '../src/detect/claims';
import { normalize } from '../src/detect/text/normalize';
import { defaultPack } from '../src/pack/default';
import { type Spread, spread } from './lib/bench/stats';
import { articleText, listPages, pageText, repoRoot, requireCorpus } from './lib/corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP_RUNS = 3;
const MAX_RATIO = 3;

interface Row {
  name: string;
  chars: number;
  normalize_ms: Spread;
  detect_ms: Spread;
  claims_ms: Spread;
  /** Detector / normalisation, run by run. */
  ratio: Spread;
  /** Claim finder / (detector + claim finder), run by run. */
  claims_share: Spread;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

requireCorpus('bench:detect');
const detector = createDetector(defaultPack);
const finder = createClaimFinder(defaultPack);
const texts = [
  { name: 'source/article.txt', text: articleText() },
  ...listPages().map((page) => ({ name: page.name, text: pageText(page) })),
];
const work = {
  normalize: (text: string) => normalize(text),
  detect: (text: string) => detector.scan(text),
  claims: (text: string) => finder.find(text),
};
type Work = keyof typeof work;
const ORDER = Object.keys(work) as Work[];

// Warm-up: let the JIT settle on every code path with every text.
for (let i = 0; i < WARMUP_RUNS; i++) for (const { text } of texts) for (const run of ORDER) work[run](text);

const rows: Row[] = texts.map(({ name, text }) => {
  const ms: Record<Work, number[]> = { normalize: [], detect: [], claims: [] };
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order so that no side always runs on a warm cache.
    for (let k = 0; k < ORDER.length; k++) {
      const run = ORDER[(i + k) % ORDER.length]!;
      ms[run].push(time(() => work[run](text)));
    }
  }
  const byRun = (f: (i: number) => number) => spread(ms.detect.map((_, i) => f(i)));
  return {
    name,
    chars: text.length,
    normalize_ms: spread(ms.normalize),
    detect_ms: spread(ms.detect),
    claims_ms: spread(ms.claims),
    ratio: byRun((i) => ms.detect[i]! / ms.normalize[i]!),
    claims_share: byRun((i) => ms.claims[i]! / (ms.detect[i]! + ms.claims[i]!)),
  };
});

const sum = (f: (r: Row) => number) => rows.reduce((total, r) => total + f(r), 0);
const overall = {
  chars: sum((r) => r.chars),
  normalize_ms: sum((r) => r.normalize_ms.median),
  detect_ms: sum((r) => r.detect_ms.median),
  claims_ms: sum((r) => r.claims_ms.median),
};
const overallRatio = overall.detect_ms / overall.normalize_ms;
const largest = rows.reduce((a, b) => (b.chars > a.chars ? b : a));
const article = rows[0]!;

const num = (n: number, digits = 3) => n.toFixed(digits);
const range = (s: Spread, digits = 2) => `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`;
const percent = (s: Spread) => range({ median: s.median * 100, min: s.min * 100, max: s.max * 100 }, 0);
const cells: [string, number, (r: Row) => string][] = [
  ['text', 58, (r) => r.name],
  ['chars', 9, (r) => String(r.chars)],
  ['norm ms', 9, (r) => num(r.normalize_ms.median)],
  ['detect ms', 9, (r) => num(r.detect_ms.median)],
  ['claims ms', 9, (r) => num(r.claims_ms.median)],
  ['detect/norm', 20, (r) => range(r.ratio)],
  ['claims share %', 15, (r) => percent(r.claims_share)],
];
const line = (values: string[]) =>
  values.map((v, i) => (i === 0 ? v.padEnd(cells[i]![1]) : v.padStart(cells[i]![1]))).join(' ');
console.log(line(cells.map(([title]) => title)));
for (const row of rows) console.log(line(cells.map(([, , cell]) => cell(row))));
console.log(`\nmedian (min–max) of ${RUNS} runs per text after ${WARMUP_RUNS} warm-up passes`);
console.log(
  `overall (sum of ${rows.length} texts, ${overall.chars} chars): normalise ${num(overall.normalize_ms, 1)} ms, ` +
    `detect ${num(overall.detect_ms, 1)} ms, claim finder ${num(overall.claims_ms, 1)} ms`,
);
console.log(
  `claim finder / (detector + claim finder), measured apart on the same text: the source article ` +
    `${percent(article.claims_share)}%; all texts ${num((100 * overall.claims_ms) / (overall.claims_ms + overall.detect_ms), 0)}%`,
);
const targets = [
  { name: `detector ≤ ${MAX_RATIO}× normalisation (all texts)`, value: overallRatio, detail: num(overallRatio, 2) },
  {
    name: `detector ≤ ${MAX_RATIO}× normalisation (largest)`,
    value: largest.ratio.median,
    detail: range(largest.ratio),
  },
].map(({ name, value, detail }) => ({ name, pass: value <= MAX_RATIO, detail: `${detail}×` }));
console.log('\nTargets:');
for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);

const results = {
  runs: RUNS,
  targets,
  overall: { ...overall, ratio: overallRatio },
  largest: largest.name,
  texts: rows,
};
fs.writeFileSync(path.join(repoRoot, 'bench-detect-results.json'), `${JSON.stringify(results, null, 2)}\n`);
