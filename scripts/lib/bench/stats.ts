/** Median with the spread of repeated runs, so the machine's noise shows next to every number. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile, interpolated between the two nearest ranks (the median of an even count is
 * the mean of the middle two). NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function spread(values: readonly number[]): Spread {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) };
}

/** Over many spreads (one per page): the median of their medians, of their mins and of their maxes. */
export function medianSpread(spreads: readonly Spread[]): Spread {
  const of = (pick: (s: Spread) => number) => median(spreads.map(pick).filter(Number.isFinite));
  return { median: of((s) => s.median), min: of((s) => s.min), max: of((s) => s.max) };
}

/** A sum by name (of milliseconds, of bytes). */
export interface Total {
  name: string;
  total: number;
}

/** Sums a value by key, largest total first. */
export function totalsBy<T>(items: Iterable<T>, key: (item: T) => string, value: (item: T) => number): Total[] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(key(item), (totals.get(key(item)) ?? 0) + value(item));
  return [...totals].map(([name, total]) => ({ name, total })).sort((a, b) => b.total - a.total);
}

/** A small deterministic generator, so shuffles are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
