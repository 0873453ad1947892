/**
 * The detector's time on real pages against a baseline measured in the same run: one plain
 * normalisation pass over the same text. Medians of several runs per page after a warm-up; the
 * ratio detector/baseline per page, over the sum of all pages, and on the largest page alone.
 * Writes bench-detect-results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDetector } from '../src/detect';
import { normalize } from '../src/detect/text/normalize';
import { defaultPack } from '../src/pack/default';
import { articleText, listPages, pageText, repoRoot, requireCorpus } from './lib/corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP_RUNS = 3;
const MAX_RATIO = 3;

interface Row {
  name: string;
  chars: number;
  baselineMs: number;
  detectorMs: number;
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

requireCorpus('bench:detect');
const detector = createDetector(defaultPack);
const texts = [
  { name: 'source/article.txt', text: articleText() },
  ...listPages().map((page) => ({ name: page.name, text: pageText(page) })),
];

// Warm-up: let the JIT settle on both code paths with every page.
for (let i = 0; i < WARMUP_RUNS; i++) {
  for (const { text } of texts) {
    normalize(text);
    detector.scan(text);
  }
}

const rows: Row[] = texts.map(({ name, text }) => {
  const baseline: number[] = [];
  const detect: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so neither side always runs on a warm cache.
    if (i % 2) {
      baseline.push(time(() => normalize(text)));
      detect.push(time(() => detector.scan(text)));
    } else {
      detect.push(time(() => detector.scan(text)));
      baseline.push(time(() => normalize(text)));
    }
  }
  const baselineMs = median(baseline);
  const detectorMs = median(detect);
  return { name, chars: text.length, baselineMs, detectorMs, ratio: detectorMs / baselineMs };
});

const sum = (f: (r: Row) => number) => rows.reduce((total, r) => total + f(r), 0);
const overall = {
  chars: sum((r) => r.chars),
  baselineMs: sum((r) => r.baselineMs),
  detectorMs: sum((r) => r.detectorMs),
};
const overallRatio = overall.detectorMs / overall.baselineMs;
const largest = rows.reduce((a, b) => (b.chars > a.chars ? b : a));

const fmt = (ms: number) => ms.toFixed(3).padStart(9);
console.log(
  `${'page'.padEnd(58)} ${'chars'.padStart(9)} ${'norm ms'.padStart(9)} ${'detect ms'.padStart(9)} ${'ratio'.padStart(6)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(58)} ${String(r.chars).padStart(9)} ${fmt(r.baselineMs)} ${fmt(r.detectorMs)} ${r.ratio.toFixed(2).padStart(6)}`,
  );
}
console.log('');
console.log(
  `overall (sum of ${rows.length} texts, ${overall.chars} chars): normalise ${overall.baselineMs.toFixed(1)} ms, detect ${overall.detectorMs.toFixed(1)} ms, ratio ${overallRatio.toFixed(2)}`,
);
console.log(`largest (${largest.name}, ${largest.chars} chars): ratio ${largest.ratio.toFixed(2)}`);
console.log(`median of ${RUNS} runs per text after ${WARMUP_RUNS} warm-up passes; target ratio ≤ ${MAX_RATIO}`);

const results = {
  runs: RUNS,
  target: MAX_RATIO,
  overall: { ...overall, ratio: overallRatio },
  largest: { name: largest.name, chars: largest.chars, ratio: largest.ratio },
  pages: rows,
};
fs.writeFileSync(path.join(repoRoot, 'bench-detect-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const missed = overallRatio > MAX_RATIO || largest.ratio > MAX_RATIO;
if (missed) console.error(`target missed: detector/baseline must stay ≤ ${MAX_RATIO}`);
process.exitCode = missed ? 1 : 0;
