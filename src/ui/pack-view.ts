import type { Caveat, Lang, Pack, Person, Quote, Reference, Severity, TopicId } from '../pack/types';

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
  return [...quotes.filter(isSourceQuote), ...quotes.filter((q) => !isSourceQuote(q))];
}

/** Most serious first; "checked: accurate" ones come last. */
export function bySeverity(caveats: readonly Caveat[]): Caveat[] {
  return [...caveats].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Caveats that find fault, most serious first; "checked: accurate" ones come last. */
export function caveatsForTopic(pack: Pack, topic: TopicId): Caveat[] {
  return bySeverity(pack.caveats.filter((caveat) => caveat.topics.includes(topic)));
}

/** A person's or body's name in the reader's language ("La Casa Blanca"). */
export function personName(pack: Pack, id: string, lang: Lang): string {
  const person = personById(pack, id);
  return person?.localName?.[lang] ?? person?.name ?? id;
}

/**
 * How a quote's words are shown in one UI language: the words as said where they were said in
 * that language; otherwise the pack's translation, marked as one, with the original a step away.
 * `reported` words are known only as the press rendered them, so they are never shown as said.
 */
export interface QuoteWording {
  text: string;
  /** The language of `text`, for the `lang` attribute. */
  lang: Lang;
  kind: 'original' | 'reported' | 'translation';
  /** For translations: what was translated (the original words, or a reported version of them). */
  from?: { text: string; lang: Lang; reported: boolean };
}

export function quoteWording(quote: Quote, lang: Lang): QuoteWording {
  const { original } = quote;
  const asHeld: QuoteWording = {
    text: original.text,
    lang: original.lang,
    kind: original.reported ? 'reported' : 'original',
  };
  if (original.lang === lang) return asHeld;
  const translated = quote.translation?.[lang];
  if (!translated) return asHeld;
  return {
    text: translated,
    lang,
    kind: 'translation',
    from: { text: original.text, lang: original.lang, reported: original.reported === true },
  };
}

/** The source's own quotes (those it prints), as opposed to the quotes that give context. */
export function isSourceQuote(quote: Quote): boolean {
  return quote.sourceText !== undefined;
}
