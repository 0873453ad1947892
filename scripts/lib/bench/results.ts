import type { ExtensionRun, PlainRun } from './runs';
import { median, medianSpread, type Spread, spread } from './stats';
import type { StormResult } from './storm';
import type { TraceReport } from './trace';

/** One page: every number is the median over the runs, with their min and max. */
export interface PageRow {
  name: string;
  bytes: number;
  text_nodes: number;
  chars: number;
  mentions: number | null;
  /** How the first look went: the gate settled the page, or it was read in full. */
  read: 'gate' | 'full' | null;
  /**
   * The floor: one pass over the page's text, as a content script meets the page (a world of its
   * own, made just before; cold code, no wrappers yet). What the extension's one look is set against.
   */
  walk_ms: Spread;
  /** The same pass, warm: the mean of repeated passes in that world (wrappers made, code optimised). */
  walk_warm_ms: Spread;
  ours_ms: Spread;
  /** Of `ours_ms`, the gate's work in the background, on the pages it settled. */
  background_ms: Spread;
  /** The same measure in the traced run (sampling profiler on), to show what tracing costs. */
  traced_ours_ms: Spread;
  /**
   * The extension's JS between the scan's start and the call that records its measure (traced):
   * more than `ours_ms` when work in that window is left out of the measure.
   */
  scan_window_ext_ms: Spread;
  /** Estimated from the phrases done when mark.js ran out of its budget (see `markjs_complete`). */
  markjs_ms: Spread;
  markjs_complete: boolean;
  markjs_terms_done: number;
  ratio_ours_to_walk: Spread;
  /** Against the warm pass: what no single look at a freshly loaded page can reach, shown for scale. */
  ratio_ours_to_warm_walk: Spread;
  ratio_markjs_to_ours: Spread;
  /** Longest task the extension's JS ran in (traced runs). */
  longest_task_ms: Spread;
  /** Longest long task of any origin overlapping the scan's wall-clock window (PerformanceObserver). */
  scan_window_task_ms: Spread;
  /** The page's own longest task after DOMContentLoaded, without the extension. */
  baseline_task_ms: Spread;
  /** The extension's JS before its scan starts: content.js evaluation, settings, detector set-up (traced runs). */
  startup_ms: Spread;
  /** Heap (JS + DOM) with the extension minus without it, same page, after a full GC. */
  heap_bytes: Spread;
  heap_js_bytes: Spread;
  storm_cpu_ratio: number | null;
  /**
   * On pages read in full: the claim finder's share of the extension's JS on the page's main
   * thread until the first scan's measure (finely sampled traced runs; see `isClaimFinder`).
   */
  claims_share: Spread;
  claims_ms: Spread;
  error?: string;
}

export interface PageRuns {
  name: string;
  bytes: number;
  extension: ExtensionRun[];
  plain: PlainRun[];
  traces: TraceReport[];
  /** Finely sampled traced runs, for the claim finder's share (pages read in full). */
  claimTraces: TraceReport[];
  storm?: StormResult[];
  error?: string;
}

const paired = <A, B>(a: A[], b: B[], f: (x: A, y: B) => number) =>
  a.slice(0, Math.min(a.length, b.length)).map((x, i) => f(x, b[i]!));
const heapTotal = (run: { heap: { usedBytes: number; embedderBytes: number } }) =>
  run.heap.usedBytes + run.heap.embedderBytes;

export function pageRow(runs: PageRuns): PageRow {
  const { extension: ext, plain, traces } = runs;
  const ours = ext.map((r) => r.scan.duration);
  const markjs = plain.map((r) => (r.markjs.complete ? r.markjs.ms : r.markjs.estimateMs));
  return {
    name: runs.name,
    bytes: runs.bytes,
    text_nodes: ext[0]?.walk.nodes ?? 0,
    chars: ext[0]?.walk.chars ?? 0,
    mentions: ext[0]?.scan.mentions ?? null,
    read: ext[0]?.scan.read ?? null,
    walk_ms: spread(ext.map((r) => r.walk.ms)),
    walk_warm_ms: spread(ext.map((r) => r.walk.warmMs)),
    ours_ms: spread(ours),
    background_ms: spread(ext.map((r) => r.scan.backgroundMs ?? Number.NaN)),
    traced_ours_ms: spread(traces.map((t) => t.scanMs)),
    scan_window_ext_ms: spread(traces.map((t) => t.scan.cpuMs.extension)),
    markjs_ms: spread(markjs),
    markjs_complete: plain.length > 0 && plain.every((r) => r.markjs.complete),
    markjs_terms_done: median(plain.map((r) => r.markjs.termsDone)),
    ratio_ours_to_walk: spread(ext.map((r) => r.scan.duration / r.walk.ms)),
    ratio_ours_to_warm_walk: spread(ext.map((r) => r.scan.duration / r.walk.warmMs)),
    ratio_markjs_to_ours: spread(paired(markjs, ours, (m, o) => m / o)),
    longest_task_ms: spread(traces.map((t) => t.longestExtensionTaskMs)),
    scan_window_task_ms: spread(ext.map((r) => r.windowTaskMs)),
    baseline_task_ms: spread(plain.map((r) => r.baselineTaskMs)),
    startup_ms: spread(traces.map((t) => t.startupMs)),
    heap_bytes: spread(paired(ext, plain, (e, p) => heapTotal(e) - heapTotal(p))),
    heap_js_bytes: spread(paired(ext, plain, (e, p) => e.heap.usedBytes - p.heap.usedBytes)),
    storm_cpu_ratio: runs.storm?.length ? median(runs.storm.map((s) => s.ratio)) : null,
    claims_share: spread(runs.claimTraces.map((t) => t.share.ms / t.share.ofMs)),
    claims_ms: spread(runs.claimTraces.map((t) => t.share.ms)),
    ...(runs.error && { error: runs.error }),
  };
}

const SPREAD_FIELDS = [
  'walk_ms',
  'walk_warm_ms',
  'ours_ms',
  'background_ms',
  'traced_ours_ms',
  'scan_window_ext_ms',
  'markjs_ms',
  'ratio_ours_to_walk',
  'ratio_ours_to_warm_walk',
  'ratio_markjs_to_ours',
  'longest_task_ms',
  'scan_window_task_ms',
  'baseline_task_ms',
  'startup_ms',
  'heap_bytes',
  'heap_js_bytes',
] as const;

export type Medians = Record<(typeof SPREAD_FIELDS)[number], Spread> & { pages: number; storm_cpu_ratio: number };

/** Over pages: the median of the per-page medians, and the medians of their mins and maxes. */
export function medians(rows: PageRow[], storms: StormResult[]): Medians {
  const ok = rows.filter((row) => !row.error);
  const out = { pages: ok.length, storm_cpu_ratio: median(storms.map((s) => s.ratio)) } as Medians;
  for (const field of SPREAD_FIELDS) out[field] = medianSpread(ok.map((row) => row[field]));
  return out;
}
