import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import type { Caveat, Pack } from '../../pack/types';
import { findWords, segmentSource, strongestSeverity } from './segments';

function caveat(id: string, claim: string, severity: Caveat['severity']): Caveat {
  const text = { en: id, es: id };
  return {
    id,
    claim,
    verdict: 'wrong',
    verdictLabel: text,
    explanation: text,
    severity,
    topics: [],
    quotes: [],
    references: [],
  };
}

const pack = {
  source: { text: 'Alpha beta gamma.\nDelta  epsilon zeta.', title: { en: '', es: '' }, origin: '', lang: 'en' },
  caveats: [caveat('C1', 'beta gamma', 'low'), caveat('C2', 'gamma.\nDelta', 'high')],
  quotes: [],
} as unknown as Pack;

describe('findWords', () => {
  it('matches across any whitespace and escapes regex characters', () => {
    expect(findWords('Delta  epsilon', 'Delta epsilon')).toEqual({ start: 0, end: 14 });
    expect(findWords('a (b) c', '(b)')).toEqual({ start: 2, end: 5 });
    expect(findWords('abc', 'x')).toBeNull();
  });
});

describe('segmentSource', () => {
  it('cuts the text at every mark boundary and keeps it whole', () => {
    const segments = segmentSource(pack);
    expect(segments.map((s) => s.text).join('')).toBe(pack.source.text);
    const overlap = segments.find((s) => s.text === 'gamma');
    expect(overlap?.marks.map((m) => m.item.id).sort()).toEqual(['C1', 'C2']);
    expect(strongestSeverity(overlap!.marks)).toBe('high');
    expect(segments[0]).toEqual({ start: 0, text: 'Alpha ', marks: [] });
  });
});

describe('the default source’s marks', () => {
  it('leave no mark made of punctuation alone (a lone closing quotation mark)', () => {
    const marked = segmentSource(defaultPack).filter((segment) => segment.marks.length > 0);
    expect(marked.filter((segment) => !/\p{L}/u.test(segment.text)).map((s) => s.text)).toEqual([]);
  });
});
