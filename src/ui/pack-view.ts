import type { Caveat, Pack, Person, Quote, Reference, Severity, TopicId } from '../pack/types';

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, none: 3 };

export function personById(pack: Pack, id: string): Person | undefined {
  return pack.people.find((person) => person.id === id);
}

export function topicById(pack: Pack, id: TopicId) {
  return pack.topics.find((topic) => topic.id === id);
}

export function referencesOf(pack: Pack, ids: readonly string[]): Reference[] {
  return ids.flatMap((id) => pack.references.find((reference) => reference.id === id) ?? []);
}

/** The source's own quotes first, then the context quotes, for one topic. */
export function quotesForTopic(pack: Pack, topic: TopicId): Quote[] {
  const quotes = pack.quotes.filter((quote) => quote.topics.includes(topic));
  return [...quotes.filter((q) => q.sourceText), ...quotes.filter((q) => !q.sourceText)];
}

/** Most serious first; "checked: accurate" ones come last. */
export function bySeverity(caveats: readonly Caveat[]): Caveat[] {
  return [...caveats].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Caveats that find fault, most serious first; "checked: accurate" ones come last. */
export function caveatsForTopic(pack: Pack, topic: TopicId): Caveat[] {
  return bySeverity(pack.caveats.filter((caveat) => caveat.topics.includes(topic)));
}
