import { byGroup, composition } from './bundle';
import { KB, LIMITS, stormLimit } from './limits';
import { sumByFrame, type Timed } from './profile';
import { printList } from './report';
import type { PageRow, PageRuns } from './results';
import { median, type Total } from './stats';
import type { StormResult } from './storm';
import type { Symbolizer } from './symbols';
import type { Target } from './targets';

/** Where a target is missed, what dominates it (`--explain`): printed, and returned for bench-results.json. */

export interface FindingsInput {
  targets: Target[];
  runs: PageRuns[];
  rows: PageRow[];
  largest: PageRow;
  storms: { name: string; result: StormResult }[];
  symbols: Symbolizer;
  /** Built files with source maps, for what the bundles are made of. */
  bundleFiles: { content: string[]; popup: string[] };
}

const share = (part: number, total: number) => (total ? ` ${((100 * part) / total).toFixed(0).padStart(3)}%` : '');

export function reportFindings(input: FindingsInput): Record<string, unknown> {
  const { targets, runs, rows, largest, storms, symbols } = input;
  const findings: Record<string, unknown> = {};
  const missed = (prefix: string) => targets.some((t) => !t.pass && t.name.startsWith(prefix));
  const describe = (list: Timed[], total: number, limit = 12) =>
    list.slice(0, limit).map(({ frame, ms }) => ({
      label: symbols.describe(frame),
      value: `${ms.toFixed(1)} ms${share(ms, total)}`,
    }));

  if (missed('ours')) {
    const ok = rows.filter((row) => !row.error).sort((a, b) => a.text_nodes - b.text_nodes);
    const smaller = ok.slice(0, ok.length >> 1);
    const bySize = {
      smaller_half_ratio: median(smaller.map((r) => r.ratio_ours_to_walk.median)),
      smaller_half_ours_ms: median(smaller.map((r) => r.ours_ms.median)),
      smaller_half_walk_ms: median(smaller.map((r) => r.walk_ms.median)),
      larger_half_ratio: median(ok.slice(ok.length >> 1).map((r) => r.ratio_ours_to_walk.median)),
    };
    console.log(
      `\nours/walk by page size: smaller half of the pages ${bySize.smaller_half_ratio.toFixed(1)}× ` +
        `(ours ${bySize.smaller_half_ours_ms.toFixed(2)} ms, walk ${bySize.smaller_half_walk_ms.toFixed(3)} ms), ` +
        `larger half ${bySize.larger_half_ratio.toFixed(1)}×`,
    );
    const traces = runs.flatMap((r) => r.traces);
    const all = sumByFrame(traces.flatMap((t) => t.scan.functions));
    const allMs = traces.reduce((total, t) => total + t.scan.cpuMs.extension, 0);
    const medianOf = (f: (row: PageRow) => number) => median(ok.map(f));
    console.log(
      `Median page: ours ${medianOf((r) => r.ours_ms.median).toFixed(1)} ms by its measure (the gate's work in the ` +
        `background included); the extension's JS on the page's thread between the scan's start and its measure ` +
        `call ${medianOf((r) => r.scan_window_ext_ms.median).toFixed(1)} ms (traced).`,
    );
    printList(
      `The extension's JS self-time from each first scan's start to its measure call, all pages (traced, sampled; ${allMs.toFixed(0)} ms in all):`,
      describe(all, allMs),
    );
    const largestTrace = runs.find((r) => r.name === largest.name)?.traces[0];
    if (largestTrace) {
      const cpu = largestTrace.scan.cpuMs;
      printList(
        `Largest page (${largest.name}), the same window: extension JS ${cpu.extension.toFixed(0)} ms, native ` +
          `${cpu.program.toFixed(0)} ms, GC ${cpu.gc.toFixed(0)} ms, page JS ${cpu.page.toFixed(0)} ms, idle ${cpu.idle.toFixed(0)} ms:`,
        describe(largestTrace.scan.functions, cpu.extension),
      );
    }
    // Pages read in full, from the finely sampled runs: the demo article alone, the corpus pages together.
    const read = runs.filter((r) => r.claimTraces.length > 0);
    const readLists = [read.filter((r) => r.name.startsWith('demo/')), read.filter((r) => !r.name.startsWith('demo/'))];
    const readTop = readLists
      .filter((list) => list.length > 0)
      .map((list) => {
        const fine = list.flatMap((r) => r.claimTraces);
        const ms = fine.reduce((total, t) => total + t.scan.cpuMs.extension, 0);
        const title = `${list.map((r) => r.name).join(', ')} (read in full; the same window, sampled every 0.1 ms, ${fine.length} runs, ${ms.toFixed(0)} ms in all):`;
        const top = describe(sumByFrame(fine.flatMap((t) => t.scan.functions)), ms);
        printList(title, top);
        return { pages: list.map((r) => r.name), top };
      });
    findings.scan = {
      read_in_full: readTop,
      by_page_size: bySize,
      all_pages: { extension_ms: allMs, top: describe(all, allMs, 25) },
      largest: largestTrace && {
        cpu_ms: largestTrace.scan.cpuMs,
        top: describe(largestTrace.scan.functions, largestTrace.scan.cpuMs.extension, 25),
      },
    };
  }

  if (missed('no extension task')) {
    const long = runs
      .flatMap((r) => r.traces.flatMap((t) => t.extensionLongTasks.map((task) => ({ page: r.name, ...task }))))
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 20)
      .map(({ positions, ...task }) => ({
        ...task,
        by_module: symbols
          .byModule(positions)
          .slice(0, 5)
          .map(({ name, total }) => ({ module: name, ms: Number(total.toFixed(1)) })),
      }));
    console.log(`\nThe extension's tasks over ${LIMITS.taskMs} ms (traced runs), its JS in them by source module:`);
    for (const task of long.slice(0, 12)) {
      console.log(
        `  ${task.durationMs.toFixed(0).padStart(5)} ms  ${task.page}: extension JS ${task.extensionMs.toFixed(1)} ms, ` +
          `native ${task.nativeMs.toFixed(1)} ms, GC ${task.gcMs.toFixed(1)} ms, page JS ${task.pageJsMs.toFixed(1)} ms`,
      );
      console.log(`      ${task.by_module.map(({ module, ms }) => `${module} ${ms} ms`).join(', ')}`);
    }
    findings.long_tasks = long;
  }

  for (const { name, result } of storms) {
    if (result.ratio <= stormLimit(name)) continue;
    const top = describe(result.topExtension, result.cpuMs.extension);
    printList(`Storm on ${name}: the extension's JS by function (${result.cpuMs.extension.toFixed(0)} ms):`, top);
    findings[`storm ${name}`] = top;
  }

  for (const [which, files] of Object.entries(input.bundleFiles)) {
    if (!missed(which === 'content' ? 'content script' : 'popup')) continue;
    const modules = composition(files);
    const total = modules.reduce((sum, row) => sum + row.total, 0);
    const rowsOf = (list: Total[]) =>
      list.map(({ name, total: bytes }) => ({
        label: name,
        value: `${(bytes / KB).toFixed(1)} KB${share(bytes, total)}`,
      }));
    printList(
      `What the ${which} JS is made of (${(total / KB).toFixed(1)} KB minified), by folder:`,
      rowsOf(byGroup(modules)).slice(0, 12),
    );
    printList('… and by module:', rowsOf(modules).slice(0, 15));
    findings[`bundle ${which}`] = { by_folder: rowsOf(byGroup(modules)), by_module: rowsOf(modules).slice(0, 30) };
  }
  return findings;
}
