import type { Caveat, LangLexicon, Pack, Person, Quote, Topic } from './types';

/**
 * One pack made of several: the first (the default pack) as it is, then every other pack's
 * quotes, caveats and references with their ids namespaced as `packId:id`. A validated id never
 * holds a colon, so namespaced ids collide neither with the first pack's nor with each other's.
 *
 * People are the exception: a person another pack names exactly as an earlier one is that same
 * person (their aliases joined), so a quote is attributed to one id whichever pack it comes from.
 * Topics are a fixed set; a later pack's words for a topic join the earlier pack's.
 */
export function combinePacks(packs: readonly Pack[]): Pack {
  const [first, ...rest] = packs;
  if (!first) throw new Error('combinePacks needs at least one pack');
  if (rest.length === 0) return first;
  const combined: Pack = {
    ...first,
    topics: first.topics.map(copyTopic),
    people: first.people.map(copyPerson),
    context: { en: [...first.context.en], es: [...first.context.es] },
    quotes: [...first.quotes],
    caveats: [...first.caveats],
    references: [...first.references],
  };
  for (const pack of rest) addPack(combined, pack);
  return combined;
}

function addPack(combined: Pack, pack: Pack): void {
  const ns = (id: string) => `${pack.id}:${id}`;
  const referenceIds = new Set(pack.references.map((reference) => reference.id));
  const personIds = new Map<string, string>();
  for (const person of pack.people) personIds.set(person.id, mergePerson(combined.people, person, ns(person.id)));
  const personId = (id: string) => personIds.get(id) ?? ns(id);
  for (const person of pack.people) {
    if (!person.speaksFor) continue;
    const into = combined.people.find((known) => known.id === personId(person.id))!;
    into.speaksFor = union(into.speaksFor ?? [], person.speaksFor.map(personId));
  }

  for (const topic of pack.topics) {
    const existing = combined.topics.find((t) => t.id === topic.id);
    if (!existing) combined.topics.push(copyTopic(topic));
    else for (const lang of ['en', 'es'] as const) joinLexicon(existing.lexicon[lang], topic.lexicon[lang]);
  }
  for (const lang of ['en', 'es'] as const) combined.context[lang] = union(combined.context[lang], pack.context[lang]);
  combined.references.push(...pack.references.map((reference) => ({ ...reference, id: ns(reference.id) })));
  combined.quotes.push(
    ...pack.quotes.map(
      (quote): Quote => ({
        ...quote,
        id: ns(quote.id),
        speaker: personId(quote.speaker),
        ...(quote.attributedTo !== undefined && { attributedTo: personId(quote.attributedTo) }),
        variants: quote.variants.map((variant) =>
          variant.seenIn !== undefined && referenceIds.has(variant.seenIn)
            ? { ...variant, seenIn: ns(variant.seenIn) }
            : variant,
        ),
        references: quote.references.map(ns),
      }),
    ),
  );
  combined.caveats.push(
    ...pack.caveats.map(
      (caveat): Caveat => ({
        ...caveat,
        id: ns(caveat.id),
        quotes: caveat.quotes.map(ns),
        references: caveat.references.map(ns),
      }),
    ),
  );
  if (pack.claims) {
    const claims = pack.claims.map((claim) => ({ ...claim, caveat: ns(claim.caveat) }));
    combined.claims = [...(combined.claims ?? []), ...claims];
  }
}

/** The id the person goes by in the combined pack: an earlier person of the same name, or a new one. */
function mergePerson(people: Person[], person: Person, namespacedId: string): string {
  const key = nameKey(person.name);
  const same = people.find((known) => nameKey(known.name) === key);
  if (same) {
    same.aliases = { en: union(same.aliases.en, person.aliases.en), es: union(same.aliases.es, person.aliases.es) };
    return same.id;
  }
  // Whom the person speaks for is added once every person of the pack has an id.
  const { speaksFor: _, ...rest } = copyPerson(person);
  people.push({ ...rest, id: namespacedId });
  return namespacedId;
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function joinLexicon(into: LangLexicon, from: LangLexicon): void {
  into.anchors = union(into.anchors, from.anchors);
  into.terms = union(into.terms, from.terms);
}

function copyTopic(topic: Topic): Topic {
  const copy = (lexicon: LangLexicon): LangLexicon => ({ anchors: [...lexicon.anchors], terms: [...lexicon.terms] });
  return { ...topic, lexicon: { en: copy(topic.lexicon.en), es: copy(topic.lexicon.es) } };
}

function copyPerson(person: Person): Person {
  return { ...person, aliases: { en: [...person.aliases.en], es: [...person.aliases.es] } };
}
