import type { Lang, Pack, Person } from '../../pack/types';
import type { CompiledAttribution, Speaker } from '../compiled';
import { MatcherBuilder } from './matcher-builder';

/** Subject pronouns ("él" is left out: folded, it is the article "el"). */
const PRONOUNS: { word: string; gender: 'f' | 'm'; lang: Lang }[] = [
  { word: 'she', gender: 'f', lang: 'en' },
  { word: 'he', gender: 'm', lang: 'en' },
  { word: 'ella', gender: 'f', lang: 'es' },
];

/**
 * Every body `person` speaks for, directly or through another (Hewitt → the NSC → the White
 * House → the US government), nearest first. A circle (which the schema refuses, but packs
 * combined may close) is walked once.
 */
function bodiesOf(person: Person, byId: ReadonlyMap<string, Person>): string[] {
  const bodies: string[] = [];
  const seen = new Set([person.id]);
  for (let queue = [person], i = 0; i < queue.length; i++) {
    for (const id of queue[i]!.speaksFor ?? []) {
      const body = byId.get(id);
      if (!body || seen.has(id)) continue;
      seen.add(id);
      bodies.push(id);
      queue.push(body);
    }
  }
  return bodies;
}

/**
 * Compiles the packs' people for attribution (see `attribution.ts`): their names and aliases and
 * the subject pronouns in one automaton, the gender the pack tells through its Spanish aliases
 * ("la presidenta", "el mandatario"), and the bodies each speaks for.
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
  const byId = new Map(packs.flatMap((pack) => pack.people.map((person) => [person.id, person] as const)));
  const affiliations = [...byId.values()]
    .map((person): [string, string[]] => [person.id, bodiesOf(person, byId)])
    .filter(([, bodies]) => bodies.length > 0);
  return {
    automaton: builder.build(),
    names,
    genders: [...genders],
    institutions: [...institutions],
    affiliations,
  };
}
