import type { Lang, Pack } from '../pack/types';
import type { CompiledAttribution, Speaker } from './compiled';
import { MatcherBuilder } from './matcher-builder';

/** Subject pronouns ("él" is left out: folded, it is the article "el"). */
const PRONOUNS: { word: string; gender: 'f' | 'm'; lang: Lang }[] = [
  { word: 'she', gender: 'f', lang: 'en' },
  { word: 'he', gender: 'm', lang: 'en' },
  { word: 'ella', gender: 'f', lang: 'es' },
];

/**
 * Compiles the packs' people for attribution (see `attribution.ts`): their names and aliases and
 * the subject pronouns in one automaton, and the gender the pack tells through its Spanish
 * aliases ("la presidenta", "el mandatario").
 */
export function compileAttribution(packs: readonly Pack[]): CompiledAttribution {
  const builder = new MatcherBuilder();
  const names: Speaker[] = [];
  const genders = new Map<string, 'f' | 'm'>();
  const institutions = new Set<string>();
  // The first to claim a phrase names it.
  const name = (id: number, speaker: Speaker) => {
    if (id >= 0 && names[id] === undefined) names[id] = speaker;
  };
  for (const pack of packs) {
    for (const person of pack.people) {
      for (const alias of [person.name, ...person.aliases.en, ...person.aliases.es]) {
        name(builder.add(alias), { person: person.id });
      }
      // Institutions are not "he" or "she".
      if (person.kind === 'organization') {
        institutions.add(person.id);
        continue;
      }
      const articles = person.aliases.es.map((a) => a.trim().toLowerCase().split(/\s+/)[0]);
      if (articles.includes('la')) genders.set(person.id, 'f');
      else if (articles.includes('el')) genders.set(person.id, 'm');
    }
  }
  for (const { word, gender, lang } of PRONOUNS) name(builder.add(word), { pronoun: gender, lang });
  return {
    automaton: builder.build(),
    names,
    genders: [...genders],
    institutions: [...institutions],
  };
}
