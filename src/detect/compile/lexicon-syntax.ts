/**
 * The lexicon syntax. Every lexicon entry is one string:
 *
 *   [tag:]phrase
 *
 * - Matching ignores case, diacritics and punctuation: "EE. UU." and "ee uu", "cártel" and
 *   "cartel", "Smith & Wesson" and "smith-wesson" are the same phrase. Phrases match whole words
 *   only ("tropa" never matches inside "atropado").
 * - `{a,b,...}` lists alternatives; an empty one makes the group optional:
 *   "tropa{,s}" = tropa | tropas; "cártel{,es}" = cártel | cárteles; "{send,sending} troops".
 * - A trailing `*` lets the last word continue: "narcotrafic*" matches narcotráfico,
 *   narcotraficantes …
 * - A phrase written all in capitals ("US", "EE.UU.", "DEA") is an acronym and matches only
 *   capitals in the text, so the pronoun "us" is not the United States.
 * - Tags (context lexicon): `mx:` / `us:` a cue for the Mexican / US side; `mx+:` / `us+:` the
 *   same for a named actor of the 2025 dispute (it also dates the text); `both:` (or no tag) a
 *   cue for both sides at once ("US–Mexico"); `past:` a marker of another era of the relationship
 *   (Calderón's drug war, Fast and Furious, the 2019 migration deal); `not:` a false friend that
 *   only stops shorter entries from matching inside it ("New Mexico", "Mexico City Policy",
 *   "Cartelera"). Topic lexicons take `not:` too, and `weak:` for a term too common to be
 *   evidence ("cooperation", "conversación"): it is a mention where placed like any term, once
 *   the text is about the dispute, but adds nothing to the score.
 */

export type EntryTag = 'mx' | 'us' | 'mx+' | 'us+' | 'both' | 'past' | 'not' | 'weak';

export interface LexiconEntry {
  tag: EntryTag | null;
  /** The phrase with alternatives expanded. */
  phrases: string[];
  /** Whether the last word may continue (trailing `*`). */
  prefix: boolean;
}

const TAG = /^(mx\+?|us\+?|both|past|not|weak):\s*/;

/** More phrases than this from one entry is a mistake (or a pack trying to stall the detector). */
const MAX_PHRASES = 1000;

function expand(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase];
  const close = phrase.indexOf('}', open);
  if (close < 0) throw new Error(`Unclosed "{" in lexicon entry "${phrase}"`);
  const head = phrase.slice(0, open);
  const tails = expand(phrase.slice(close + 1));
  const alternatives = phrase.slice(open + 1, close).split(',');
  if (alternatives.length * tails.length > MAX_PHRASES)
    throw new Error(`Lexicon entry "${phrase}" expands to too many phrases`);
  const out: string[] = [];
  for (const alternative of alternatives) {
    for (const tail of tails) out.push(head + alternative + tail);
  }
  return out;
}

export function parseEntry(entry: string): LexiconEntry {
  const tagMatch = TAG.exec(entry);
  const tag = tagMatch ? (tagMatch[1] as EntryTag) : null;
  let phrase = tagMatch ? entry.slice(tagMatch[0].length) : entry;
  phrase = phrase.trim();
  const prefix = phrase.endsWith('*');
  if (prefix) phrase = phrase.slice(0, -1);
  const phrases = [...new Set(expand(phrase).map((p) => p.replace(/\s+/g, ' ').trim()))].filter((p) => p !== '');
  return { tag, phrases, prefix };
}

/** True for acronyms written in capitals: they match capitals only. */
export function isAcronym(phrase: string): boolean {
  let letters = 0;
  for (const ch of phrase) {
    const upper = ch.toUpperCase();
    if (upper === ch.toLowerCase()) continue; // not a cased letter
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= 2;
}
