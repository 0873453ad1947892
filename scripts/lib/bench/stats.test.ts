import { describe, expect, it } from 'vitest';
import { median, medianSpread, percentile, seededRandom, spread, totalsBy } from './stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between ranks', () => {
    const values = Array.from({ length: 21 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 0)).toBe(0);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([1, 2], 95)).toBeCloseTo(1.95);
  });

  it('leaves out what could not be measured from a spread', () => {
    expect(spread([3, Number.NaN, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([Number.NaN]).median).toBeNaN();
  });

  it('summarises many spreads field by field', () => {
    const pages = [
      { median: 1, min: 0, max: 9 },
      { median: 2, min: 1, max: 4 },
      { median: 3, min: 2, max: 5 },
    ];
    expect(medianSpread(pages)).toEqual({ median: 2, min: 1, max: 5 });
  });

  it('sums by key, largest first', () => {
    const rows = [
      { module: 'a', ms: 1 },
      { module: 'b', ms: 5 },
      { module: 'a', ms: 2 },
    ];
    expect(
      totalsBy(
        rows,
        (r) => r.module,
        (r) => r.ms,
      ),
    ).toEqual([
      { name: 'b', total: 5 },
      { name: 'a', total: 3 },
    ]);
  });

  it('repeats its random sequence for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(3);
  });
});
