import { describe, expect, it } from 'vitest';
import { splitClaimTerm } from './claim-terms';
import { defaultPack } from './default';
import { checkPack } from './schema';
import type { Pack } from './types';

const copy = (): Pack => structuredClone(defaultPack);

describe('claim terms', () => {
  it('splits words and gaps, and refuses what the finder could not read', () => {
    expect(splitClaimTerm('former .. president .. trump')).toEqual({
      tokens: ['former', '..', 'president', '..', 'trump'],
    });
    expect(splitClaimTerm('manufactur*')).toEqual({ tokens: ['manufactur*'] });
    for (const bad of ['', '  ', '.. trump', 'trump ..', 'a .. .. b', 'ab*', 'u*s', '***', '—'])
      expect(splitClaimTerm(bad), bad).toHaveProperty('problem');
  });
});

describe('claim patterns in a pack', () => {
  it('are validated: known caveats, readable terms, known slots', () => {
    expect(checkPack(copy()).ok).toBe(true);

    const unknownCaveat = copy();
    unknownCaveat.claims![0]!.caveat = 'C99';
    expect(checkPack(unknownCaveat)).toMatchObject({
      ok: false,
      problem: { path: ['claims', 0, 'caveat'], code: 'unknown-caveat', params: { value: 'C99' } },
    });

    const badTerm = copy();
    badTerm.claims![1]!.forms.en[0]!.slots[0]!.terms.push('x*');
    expect(checkPack(badTerm)).toMatchObject({ ok: false, problem: { code: 'bad-claim-term' } });

    const badSlot = copy();
    (badSlot.claims![1]!.forms.es[0]!.slots[0] as { slot: string }).slot = 'mood';
    expect(checkPack(badSlot)).toMatchObject({ ok: false, problem: { code: 'bad-value' } });

    const noSlots = copy();
    noSlots.claims![1]!.forms.es[0]!.slots = [];
    expect(checkPack(noSlots)).toMatchObject({ ok: false, problem: { code: 'empty' } });

    const markup = copy();
    markup.claims![1]!.forms.en[0]!.slots[0]!.terms.push('<img src=x>');
    expect(checkPack(markup)).toMatchObject({ ok: false, problem: { code: 'markup' } });
  });

  it('are optional', () => {
    const pack = copy();
    delete pack.claims;
    expect(checkPack(pack).ok).toBe(true);
  });
});
