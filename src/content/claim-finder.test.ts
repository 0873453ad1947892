import { describe, expect, it } from 'vitest';
import { compileClaims } from '../detect/claims';
import { compileDetector } from '../detect/compile/compile';
import { defaultPack } from '../pack/default';
import type { DetectionData } from '../settings/active-pack';
import { claimFinderFor } from './claim-finder';

const detection = (claims: unknown): DetectionData =>
  JSON.parse(
    JSON.stringify({ version: '1', compiled: compileDetector(defaultPack), quoteTopics: {}, claims }),
  ) as DetectionData;

describe('claimFinderFor', () => {
  it('finds the source’s claims with the claims the background compiled and stored', () => {
    const finder = claimFinderFor(detection(compileClaims(defaultPack)));
    const found = new Set(finder?.find(defaultPack.source.text).map((m) => m.id));
    expect(found.size).toBeGreaterThan(10);
  });

  it('gives no finder for damaged claims, or for data stored before there were claims', () => {
    expect(claimFinderFor(detection({ ...compileClaims(defaultPack), parts: 'none' }))).toBeUndefined();
    expect(claimFinderFor(detection(defaultPack))).toBeUndefined();
    expect(claimFinderFor(detection(undefined))).toBeUndefined();
  });
});
