import type { BundleBytes } from './bundle';
import { KB, LIMITS, stormLimit } from './limits';
import type { Medians, PageRow } from './results';
import type { StormResult } from './storm';

export interface Target {
  name: string;
  pass: boolean;
  detail: string;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** Every target of the bench, passed or missed, with the number that decides it. */
export function targets(
  m: Medians,
  largest: PageRow,
  rows: PageRow[],
  storms: { name: string; result: StormResult }[],
  bundle: BundleBytes,
): Target[] {
  const worstTask = rows
    .filter((row) => !row.error)
    .reduce((a, b) => (b.longest_task_ms.median > a.longest_task_ms.median ? b : a));
  return [
    {
      name: `ours ≤ ${LIMITS.oursToWalk}× walk (median of pages)`,
      pass: m.ratio_ours_to_walk.median <= LIMITS.oursToWalk,
      detail: `${fmt(m.ratio_ours_to_walk.median)}×`,
    },
    {
      name: `ours ≤ ${LIMITS.oursToWalk}× walk (largest page)`,
      pass: largest.ratio_ours_to_walk.median <= LIMITS.oursToWalk,
      detail: `${fmt(largest.ratio_ours_to_walk.median)}× on ${largest.name}`,
    },
    {
      name: `mark.js ≥ ${LIMITS.markjsToOurs}× ours (median of pages)`,
      pass: m.ratio_markjs_to_ours.median >= LIMITS.markjsToOurs,
      detail: `${fmt(m.ratio_markjs_to_ours.median, 1)}×`,
    },
    {
      name: `mark.js ≥ ${LIMITS.markjsToOurs}× ours (largest page)`,
      pass: largest.ratio_markjs_to_ours.median >= LIMITS.markjsToOurs,
      detail: `${fmt(largest.ratio_markjs_to_ours.median, 1)}×${largest.markjs_complete ? '' : ' (mark.js estimated)'}`,
    },
    {
      name: `no extension task over ${LIMITS.taskMs} ms (any page)`,
      pass: worstTask.longest_task_ms.median <= LIMITS.taskMs,
      detail: `worst ${fmt(worstTask.longest_task_ms.median, 1)} ms on ${worstTask.name}; largest page ${fmt(largest.longest_task_ms.median, 1)} ms`,
    },
    ...storms.map(({ name, result }) => ({
      name: `storm CPU ≤ ${stormLimit(name) * 100}% of the page's (${name})`,
      pass: result.ratio <= stormLimit(name),
      detail: `${fmt(result.ratio * 100, 1)}%`,
    })),
    {
      name: `content script ≤ ${LIMITS.contentBytes / KB} KB`,
      pass: bundle.content <= LIMITS.contentBytes,
      detail: `${fmt(bundle.content / KB, 1)} KB`,
    },
    {
      name: `popup JS ≤ ${LIMITS.popupBytes / KB} KB`,
      pass: bundle.popup <= LIMITS.popupBytes,
      detail: `${fmt(bundle.popup / KB, 1)} KB`,
    },
  ];
}
