import { describe, expect, it } from 'vitest';
import { createDetector } from '../detect';
import { secondPack } from './__fixtures__/second-pack';
import { combinePacks } from './combine';
import { defaultPack } from './default';
import { validatePack } from './schema';

describe('combinePacks', () => {
  const combined = combinePacks([defaultPack, secondPack]);
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it('is the default pack itself when there is nothing to add', () => {
    expect(combinePacks([defaultPack])).toBe(defaultPack);
    expect(() => combinePacks([])).toThrow();
  });

  it('keeps the default pack’s ids and namespaces the others', () => {
    expect(combined.id).toBe(defaultPack.id);
    expect(combined.source).toBe(defaultPack.source);
    expect(ids(combined.quotes)).toEqual([...ids(defaultPack.quotes), 'harbor-column:Q1']);
    expect(ids(combined.caveats)).toEqual([...ids(defaultPack.caveats), 'harbor-column:C1']);
    expect(ids(combined.references)).toEqual([...ids(defaultPack.references), 'harbor-column:R1']);
    for (const list of [combined.quotes, combined.caveats, combined.references, combined.people]) {
      expect(new Set(ids(list)).size).toBe(list.length);
    }
  });

  it('rewrites every cross-reference of a namespaced pack', () => {
    const quote = combined.quotes.find((q) => q.id === 'harbor-column:Q1')!;
    expect(quote.speaker).toBe('harbor-column:whitfield');
    expect(quote.references).toEqual(['harbor-column:R1']);
    expect(quote.variants[0]?.seenIn).toBe('harbor-column:R1');
    const caveat = combined.caveats.find((c) => c.id === 'harbor-column:C1')!;
    expect(caveat.quotes).toEqual(['harbor-column:Q1']);
    expect(caveat.references).toEqual(['harbor-column:R1']);
    expect(combined.people.some((p) => p.id === 'harbor-column:whitfield')).toBe(true);
  });

  it('takes a person of the same name as the person already known, with the aliases of both', () => {
    const quote = combined.quotes.find((q) => q.id === 'harbor-column:Q1')!;
    expect(quote.attributedTo).toBe('trump');
    expect(combined.people.some((p) => p.id === 'harbor-column:djt')).toBe(false);
    const trump = combined.people.find((p) => p.id === 'trump')!;
    expect(trump.aliases.en).toContain('the harbor president');
    expect(defaultPack.people.find((p) => p.id === 'trump')!.aliases.en).not.toContain('the harbor president');
  });

  it('follows whom each person speaks for into the combined pack', () => {
    const pack = structuredClone(secondPack);
    pack.people.push({
      id: 'harbor-office',
      name: 'Harbor Office',
      kind: 'organization',
      role: { en: 'A made-up office', es: 'Una oficina inventada' },
      aliases: { en: ['Harbor Office'], es: ['la Oficina Portuaria'] },
    });
    pack.people[0]!.speaksFor = ['harbor-office'];
    pack.people[1]!.speaksFor = ['harbor-office'];
    const people = combinePacks([defaultPack, pack]).people;
    const speaksFor = (id: string) => people.find((p) => p.id === id)?.speaksFor;
    expect(speaksFor('harbor-column:whitfield')).toEqual(['harbor-column:harbor-office']);
    expect(speaksFor('trump')).toEqual(['white-house', 'harbor-column:harbor-office']);
    expect(defaultPack.people.find((p) => p.id === 'trump')!.speaksFor).toEqual(['white-house']);
  });

  it('joins the words of a topic both packs speak of, leaving the default pack untouched', () => {
    const cooperation = combined.topics.find((t) => t.id === 'cooperation')!;
    expect(cooperation.name).toEqual(defaultPack.topics.find((t) => t.id === 'cooperation')!.name);
    expect(cooperation.lexicon.en.anchors).toContain('harbor crane count');
    expect(combined.topics).toHaveLength(defaultPack.topics.length);
    expect(defaultPack.topics.find((t) => t.id === 'cooperation')!.lexicon.en.anchors).not.toContain(
      'harbor crane count',
    );
    expect(combined.context.en).toContain('harbor');
  });

  it('gives a detector that finds either pack’s quotes, attributed across packs', () => {
    expect(validatePack(secondPack).ok).toBe(true);
    const detector = createDetector(combined);
    const page = 'Trump told reporters: "Every harbor crane will be counted twice before sunrise."';
    const [found] = detector.scan(page).quotes;
    expect(found).toMatchObject({ quote: 'harbor-column:Q1', attributedTo: 'trump', misattributed: true });
    const q1 = detector.scan(
      'Sheinbaum said: "We will never accept the presence of the United States army in our territory."',
    );
    expect(q1.quotes[0]).toMatchObject({ quote: 'Q1', attributedTo: 'sheinbaum', misattributed: false });
  });
});
