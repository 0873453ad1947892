import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RescanPacer } from './pacer';

describe('RescanPacer', () => {
  let clock = 0;
  const now = () => clock;
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  beforeEach(() => {
    clock = 1000;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const pacer = (share = 0.02) => {
    const run = vi.fn();
    const controller = new AbortController();
    return { run, controller, pacer: new RescanPacer({ share, run, signal: controller.signal, now }) };
  };

  it('runs at once when no scan has happened yet', () => {
    const { run, pacer: p } = pacer();
    p.request();
    expect(run).toHaveBeenCalledTimes(1);
    expect(p.waiting).toBe(false);
  });

  it('waits until the last scan has had its rest, then runs once for many requests', () => {
    const { run, pacer: p } = pacer(0.02);
    // A scan that began at 1000 and worked 10 ms may be followed from 1500 on.
    p.scanned(1000, 10);
    advance(100);
    p.request();
    p.request();
    expect(run).not.toHaveBeenCalled();
    expect(p.waiting).toBe(true);
    advance(399);
    expect(run).not.toHaveBeenCalled();
    advance(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(p.waiting).toBe(false);
  });

  it('spaces the scans of a slow page out in proportion to their cost', () => {
    const { run, pacer: p } = pacer(0.02);
    p.scanned(1000, 400);
    advance(500);
    p.request();
    advance(19_000);
    expect(run).not.toHaveBeenCalled();
    advance(500);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once once the rest is over', () => {
    const { run, pacer: p } = pacer(0.02);
    p.scanned(1000, 10);
    advance(600);
    p.request();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('drops a waiting request when a scan begins anyway, or when aborted', () => {
    const { run, controller, pacer: p } = pacer(0.02);
    p.scanned(1000, 10);
    p.request();
    p.begin();
    advance(1000);
    expect(run).not.toHaveBeenCalled();
    p.scanned(clock, 10);
    p.request();
    controller.abort();
    advance(1000);
    p.request();
    expect(run).not.toHaveBeenCalled();
  });

  it('holds a request made while a scan runs until it ends, then paces it', () => {
    const { run, pacer: p } = pacer(0.02);
    // The first scan, before any other: requests during it must not start another at once.
    p.begin();
    p.request();
    p.request();
    expect(run).not.toHaveBeenCalled();
    expect(p.waiting).toBe(true);
    advance(10);
    p.scanned(1000, 10);
    // Begun at 1000, worked 10 ms: the next may start at 1500.
    advance(489);
    expect(run).not.toHaveBeenCalled();
    advance(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
