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

  it('checks whom a person speaks for: known bodies, in no circle', () => {
    const problems = (change: (people: Pack['people']) => void) => {
      const pack = copy();
      change(pack.people);
      return v.safeParse(PackSchema, pack).issues?.map((issue) => [v.getDotPath(issue), issue.message]) ?? [];
    };
    const person = (people: Pack['people'], id: string) => people.find((p) => p.id === id)!;
    const at = (id: string) => defaultPack.people.findIndex((p) => p.id === id);
    expect(problems(() => {})).toEqual([]);
    expect(problems((people) => (person(people, 'kelly').speaksFor = ['ghost']))).toEqual([
      [`people.${at('kelly')}.speaksFor.0`, 'unknown-person'],
    ]);
    // A spokeswoman speaks for an office, not for the President: his words are not hers.
    expect(problems((people) => (person(people, 'kelly').speaksFor = ['trump']))).toEqual([
      [`people.${at('kelly')}.speaksFor.0`, 'speaks-for-person'],
    ]);
    expect(problems((people) => (person(people, 'us-government').speaksFor = ['white-house']))).toEqual([
      [`people.${at('us-government')}.speaksFor.0`, 'affiliation-cycle'],
    ]);
    expect(problems((people) => (person(people, 'nsc').speaksFor = ['nsc']))).toEqual([
      [`people.${at('nsc')}.speaksFor.0`, 'affiliation-cycle'],
    ]);
  });
});
