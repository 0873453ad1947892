import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isContentRequest } from './protocol';

describe('message guards', () => {
  it('accept well-formed requests', () => {
    expect(isContentRequest({ type: 'borderline:get-summary' })).toBe(true);
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: 3 })).toBe(true);
    expect(isBackgroundRequest({ type: 'borderline:mention-count', count: 0 })).toBe(true);
  });

  it('refuse anything else', () => {
    for (const junk of [
      null,
      'borderline:get-summary',
      42,
      {},
      { type: 'other' },
      { type: 'borderline:reveal-mention' },
    ]) {
      expect(isContentRequest(junk)).toBe(false);
    }
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: -1 })).toBe(false);
    expect(isContentRequest({ type: 'borderline:reveal-mention', index: 1.5 })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:mention-count', count: '3' })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:get-summary' })).toBe(false);
    expect(isBackgroundRequest({ type: 'borderline:open-source' })).toBe(true);
  });
});
