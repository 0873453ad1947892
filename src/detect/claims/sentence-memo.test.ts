import { describe, expect, it } from 'vitest';
import { SentenceMemo } from './sentence-memo';

describe('SentenceMemo', () => {
  it('works a text out once while it is remembered', () => {
    const memo = new SentenceMemo<number>(4);
    let calls = 0;
    const length = (text: string) => {
      calls++;
      return text.length;
    };
    expect(memo.get('abc', length)).toBe(3);
    expect(memo.get('abc', length)).toBe(3);
    expect(calls).toBe(1);
  });

  it('keeps at most twice its size, and what is still asked for', () => {
    const memo = new SentenceMemo<string>(2);
    const seen: string[] = [];
    const upper = (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    };
    for (const text of ['a', 'b', 'c', 'a', 'd', 'e', 'f']) memo.get(text, upper);
    // 'a' was asked for again before it was dropped; by the time 'f' came, 'a'…'c' were gone.
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    memo.get('b', upper);
    expect(seen.at(-1)).toBe('b');
    expect(memo.get('f', upper)).toBe('F');
    expect(seen.filter((text) => text === 'f')).toHaveLength(1);
  });
});
