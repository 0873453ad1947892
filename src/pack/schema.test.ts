import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { PackSchema } from './schema';
import type { Pack } from './types';

const copy = (): Pack => structuredClone(defaultPack);

describe('PackSchema', () => {
  it('checks integrity on its own, and reports every problem when asked to', () => {
    const pack = copy();
    pack.quotes[0]!.references.push('R98');
    pack.caveats[2]!.references.push('R99');
    pack.caveats[3]!.quotes.push('Q1', 'Q1');
    const result = v.safeParse(PackSchema, pack);
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => [v.getDotPath(issue), issue.message])).toEqual([
      ['quotes.0.references.3', 'unknown-reference'],
      ['caveats.2.references.2', 'unknown-reference'],
      ['caveats.3.quotes.1', 'duplicate'],
    ]);
  });

  it('leaves integrity until the shape is right', () => {
    const pack = copy();
    pack.quotes[0]!.references.push('R98');
    (pack.people[0] as { name: unknown }).name = 7;
    const result = v.safeParse(PackSchema, pack);
    expect(result.issues?.map((issue) => v.getDotPath(issue))).toEqual(['people.0.name']);
  });
});
