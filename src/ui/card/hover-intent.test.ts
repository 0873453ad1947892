import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from './hover-intent';

describe('HoverIntent', () => {
  let opened: string[];
  let closed: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    intent = new HoverIntent<string>({
      openDelayMs: 500,
      closeDelayMs: 300,
      open: (target) => opened.push(target),
      close: () => closed++,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the dwell time on the same target', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(499);
    expect(opened).toEqual([]);
    intent.pointerOver('a');
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
  });

  it('does not open when the pointer just passes over', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(200);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });

  it('stays open while the pointer travels to the card, closes after leaving it', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    intent.cardEntered();
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    intent.cardLeft();
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
    expect(intent.current).toBeNull();
  });

  it('returning to the open target cancels the close', () => {
    intent.pointerOver('a');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(100);
    intent.pointerOver('a');
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    expect(intent.current).toBe('a');
  });

  it('hide closes at once and show opens at once', () => {
    intent.show('b');
    expect(opened).toEqual(['b']);
    intent.hide();
    expect(closed).toBe(1);
    intent.hide();
    expect(closed).toBe(1);
  });
});
