import {
  type CallFrame,
  type CpuNode,
  extensionPositions,
  type Owner,
  type Position,
  ProfileReader,
  type Sample,
} from './profile';

/**
 * Attributes main-thread tasks to the extension from a Chromium trace: the trace's task events
 * and the V8 sampling profiler's samples share one clock, so every sample falls inside a task and
 * tells whose JavaScript was running.
 */

/** Tasks, user timings and JS samples, without per-call events (those would slow the page down). */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
/** Samples every 0.1 ms instead of every 1 ms: enough of them to split a scan of a few milliseconds. */
export const FINE_SAMPLING = 'disabled-by-default-v8.cpu_profiler.hires';

/** One event per main-thread task (the name has changed across Chromium versions). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace records it. */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; callTime?: number };
}

export interface AttributedTask {
  durationMs: number;
  /** Time in the task by owner, from samples (JS self-time; native work; garbage collection). */
  extensionMs: number;
  pageJsMs: number;
  nativeMs: number;
  gcMs: number;
  /** Where the extension's time in the task went, for long tasks only. */
  positions: Position[];
}

export interface TraceReport {
  /** The longest task where the extension's JS ran most (0 if it never did). */
  longestExtensionTaskMs: number;
  /** The extension's tasks over `longMs`. */
  extensionLongTasks: AttributedTask[];
  /** The first scan, from the measure's start to the call that recorded it: CPU per owner, the extension's functions. */
  scan: { cpuMs: Record<Owner, number>; functions: { frame: CallFrame; ms: number }[] };
  /** The scan's own measure in this traced run, to see what tracing costs it. */
  scanMs: number;
  /** The extension's JS before the scan began: evaluating content.js, reading settings, compiling the detector. */
  startupMs: number;
  /**
   * The extension's JS on the page's main thread from the trace's start to the first scan's
   * measure call (`ofMs`), and of it, the time inside the functions `isPart` picks (`ms`).
   */
  share: { ms: number; ofMs: number };
}

/**
 * The page's main thread is where the content script recorded its measure; its `callTime`
 * is the moment `performance.measure` ran, the wall-clock end of the scan.
 */
function firstMeasure(events: TraceEvent[], name: string): TraceEvent {
  const measure = events.filter((e) => e.name === name && e.ph === 'b').sort((a, b) => a.ts - b.ts)[0];
  if (!measure) throw new Error(`No "${name}" in the trace: cannot tell the page's main thread`);
  return measure;
}

function samplesOf(events: TraceEvent[], pid: number, tid: number, profile: ProfileReader): Sample[] {
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!start) return [];
  const out: Sample[] = [];
  let ts = Number(start.args?.data?.startTime);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== start.id || chunk.pid !== pid) continue;
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: CpuNode[]; samples?: number[] };
      timeDeltas?: number[];
      lines?: number[];
      columns?: number[];
    };
    profile.add(data.cpuProfile?.nodes ?? []);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      const weightUs = deltas[i] ?? 0;
      ts += weightUs;
      // Positions come 1-based, 0 where unknown.
      const line = data.lines?.[i] ?? 0;
      const position = line > 0 ? { line: line - 1, column: (data.columns?.[i] ?? 1) - 1 } : {};
      out.push({ ts, node, weightUs, ...position });
    });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * A task is the extension's when its JS ran there more than the page's did and for at least a
 * tenth of the task: a page task in which our MutationObserver callback happened to be sampled
 * once is not ours. Rendering that our highlights cause runs in later tasks, without our JS, and
 * is not counted.
 */
const isExtensions = (task: AttributedTask) =>
  task.extensionMs > 0 && task.extensionMs >= task.pageJsMs && task.extensionMs >= task.durationMs / 10;

export function readTrace(
  events: TraceEvent[],
  { measureName, longMs, isPart }: { measureName: string; longMs: number; isPart?: (frame: CallFrame) => boolean },
): TraceReport {
  const measure = firstMeasure(events, measureName);
  const { pid, tid } = measure;
  const profile = new ProfileReader(isPart);
  const samples = samplesOf(events, pid, tid, profile);
  const tasks = events
    .filter((e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts);
  const attributed: AttributedTask[] = [];
  let s = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (s < samples.length && samples[s]!.ts < task.ts) s++;
    let e = s;
    while (e < samples.length && samples[e]!.ts <= end) e++;
    const inTask = samples.slice(s, e);
    const cpu = profile.totals(inTask);
    const durationMs = (task.dur ?? 0) / 1000;
    const attributedTask: AttributedTask = {
      durationMs,
      extensionMs: cpu.extension,
      pageJsMs: cpu.page,
      nativeMs: cpu.program,
      gcMs: cpu.gc,
      positions: [],
    };
    if (isExtensions(attributedTask) && durationMs > longMs) {
      attributedTask.positions = extensionPositions(profile, inTask);
    }
    attributed.push(attributedTask);
  }
  const ours = attributed.filter(isExtensions);
  const scanEnd = measure.args?.callTime ?? Number.POSITIVE_INFINITY;
  const scanSamples = samples.filter((sample) => sample.ts >= measure.ts && sample.ts <= scanEnd);
  const untilScanEnd = samples.filter((sample) => sample.ts <= scanEnd);
  return {
    longestExtensionTaskMs: Math.max(0, ...ours.map((t) => t.durationMs)),
    extensionLongTasks: ours.filter((t) => t.durationMs > longMs),
    scan: { cpuMs: profile.totals(scanSamples), functions: profile.topExtensionFunctions(scanSamples, 1000) },
    scanMs:
      (events.find((e) => e.name === measureName && e.ph === 'e' && e.pid === pid)?.ts ?? measure.ts) / 1000 -
      measure.ts / 1000,
    startupMs: profile.totals(samples.filter((sample) => sample.ts < measure.ts)).extension,
    share: { ms: profile.partMs(untilScanEnd), ofMs: profile.totals(untilScanEnd).extension },
  };
}
