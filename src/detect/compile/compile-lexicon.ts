import type { Pack } from '../../pack/types';
import { encodeColumn } from '../columns';
import type { CompiledLexicon, Role } from '../compiled';
import { type LexiconEntry, parseEntry } from './lexicon-syntax';
import type { MatcherBuilder } from './matcher-builder';

function roleKey(role: Role): string {
  switch (role.kind) {
    case 'anchor':
      return `anchor:${role.topic}`;
    case 'term':
      return `term:${role.topic}:${role.weak}`;
    case 'cue':
      return `cue:${role.mx}:${role.us}:${role.era}`;
    default:
      return role.kind;
  }
}

function cueRole(tag: string | null): Role {
  switch (tag) {
    case 'mx':
    case 'mx+':
      return { kind: 'cue', mx: true, us: false, era: tag === 'mx+' };
    case 'us':
    case 'us+':
      return { kind: 'cue', mx: false, us: true, era: tag === 'us+' };
    case 'past':
      return { kind: 'past' };
    case 'not':
      return { kind: 'block' };
    default:
      return { kind: 'cue', mx: true, us: true, era: false };
  }
}

/** Adds every lexicon phrase of the packs to `builder`; returns the roles of each pattern id. */
export function addLexicon(builder: MatcherBuilder, packs: readonly Pack[]): Map<number, Role[]> {
  const roles = new Map<number, Role[]>();
  const add = (entry: string, role: (tag: string | null) => Role) => {
    let parsed: LexiconEntry;
    try {
      parsed = parseEntry(entry);
    } catch {
      // A malformed entry in an imported pack costs that entry, not the detector.
      return;
    }
    const r = role(parsed.tag);
    const key = roleKey(r);
    for (const phrase of parsed.phrases) {
      const id = builder.add(phrase, parsed.prefix);
      if (id < 0) continue;
      const list = roles.get(id);
      if (!list) roles.set(id, [r]);
      else if (!list.some((x) => roleKey(x) === key)) list.push(r);
    }
  };
  for (const pack of packs) {
    for (const topic of pack.topics) {
      for (const lex of Object.values(topic.lexicon)) {
        for (const entry of lex.anchors)
          add(entry, (tag) => (tag === 'not' ? { kind: 'block' } : { kind: 'anchor', topic: topic.id }));
        for (const entry of lex.terms) {
          add(entry, (tag) =>
            tag === 'not' ? { kind: 'block' } : { kind: 'term', topic: topic.id, weak: tag === 'weak' },
          );
        }
      }
    }
    for (const entries of Object.values(pack.context)) for (const entry of entries) add(entry, cueRole);
  }
  return roles;
}

/** The roles in compiled form: each distinct role list once, and per pattern which it has. */
export function compileLexicon(roles: Map<number, Role[]>, patterns: number): CompiledLexicon {
  const roleSets: Role[][] = [];
  const setIds = new Map<string, number>();
  const patternRoles = new Array<number>(patterns).fill(0);
  for (const [pattern, list] of roles) {
    const key = list.map(roleKey).join('|');
    let set = setIds.get(key);
    if (set === undefined) {
      set = roleSets.push(list) - 1;
      setIds.set(key, set);
    }
    patternRoles[pattern] = set + 1;
  }
  return { roleSets, patternRoles: encodeColumn(patternRoles) };
}
