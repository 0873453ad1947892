import { TOPIC_IDS, type TopicId } from '../../pack/types';
import type { Role } from '../compiled';
import { checkBelow, invalid, readArray, readBoolean, readColumn, readRecord, readString } from '../read';
import type { Hits } from './matcher';

/** A lexicon hit that survived overlap resolution. */
export interface LexiconHit {
  pattern: number;
  start: number;
  end: number;
  roles: readonly Role[];
}

export interface Lexicon {
  /** Sets the flag of every pattern that is an anchor or a term: something topical, not mere context. */
  markTopical(flags: Uint8Array): void;
  /** The hits that count, sorted by start (see `resolveLayer`). */
  resolve(hits: Hits): LexiconHit[];
}

const inTopicalLayer = (r: Role) => r.kind === 'anchor' || r.kind === 'term' || r.kind === 'block';
const inContextLayer = (r: Role) => r.kind === 'cue' || r.kind === 'past' || r.kind === 'block';

/** Unpacks the roles of the lexicon's phrases, for an automaton of `patterns` patterns. */
export function loadLexicon(value: unknown, patterns: number): Lexicon {
  const compiled = readRecord(value, 'lexicon');
  const sets = readArray(compiled.roleSets, 'lexicon.roleSets').map((set, i) =>
    readArray(set, `lexicon.roleSets[${i}]`).map((role, j) => readRole(role, `lexicon.roleSets[${i}][${j}]`)),
  );
  const setOf = readColumn(compiled.patternRoles, 'lexicon.patternRoles', patterns);
  checkBelow(setOf, sets.length + 1, 'lexicon.patternRoles');
  // Each layer's share of every role list, worked out once rather than per hit.
  const topical = sets.map((set) => set.filter(inTopicalLayer));
  const context = sets.map((set) => set.filter(inContextLayer));
  const rolesIn = (layer: Role[][]) => (pattern: number) => {
    const set = setOf[pattern]!;
    return set === 0 ? undefined : layer[set - 1];
  };
  const topicalRoles = rolesIn(topical);
  const contextRoles = rolesIn(context);
  return {
    markTopical(flags) {
      const topicalSet = topical.map((set) => set.some((r) => r.kind !== 'block'));
      for (let p = 0; p < patterns; p++) if (setOf[p] !== 0 && topicalSet[setOf[p]! - 1]) flags[p] = 1;
    },
    resolve(hits) {
      const found = [...resolveLayer(hits, topicalRoles), ...resolveLayer(hits, contextRoles)];
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

function readRole(value: unknown, name: string): Role {
  const role = readRecord(value, name);
  const topic = () => {
    const id = readString(role.topic, `${name}.topic`) as TopicId;
    if (!TOPIC_IDS.includes(id)) invalid(`${name}.topic is no topic`);
    return id;
  };
  switch (role.kind) {
    case 'anchor':
      return { kind: 'anchor', topic: topic() };
    case 'term':
      return { kind: 'term', topic: topic(), weak: readBoolean(role.weak, `${name}.weak`) };
    case 'cue':
      return {
        kind: 'cue',
        mx: readBoolean(role.mx, `${name}.mx`),
        us: readBoolean(role.us, `${name}.us`),
        era: readBoolean(role.era, `${name}.era`),
      };
    case 'past':
    case 'block':
      return { kind: role.kind };
    default:
      return invalid(`${name}.kind is no role`);
  }
}

/**
 * Leftmost-longest resolution of one layer: a hit overlapping an earlier-starting (or equally
 * starting, longer) one is dropped, so "New Mexico" hides "Mexico" and "U.S. troops into Mexico"
 * hides "troops". Topics and context are resolved apart, so the cue "U.S." inside the term
 * "U.S. military" still places nearby terms.
 */
function resolveLayer(hits: Hits, rolesOf: (pattern: number) => readonly Role[] | undefined): LexiconHit[] {
  const order: { i: number; roles: readonly Role[] }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const layerRoles = rolesOf(hits.pattern[i]!);
    if (layerRoles && layerRoles.length > 0) order.push({ i, roles: layerRoles });
  }
  order.sort((a, b) => hits.start[a.i]! - hits.start[b.i]! || hits.end[b.i]! - hits.end[a.i]!);
  const kept: LexiconHit[] = [];
  let lastEnd = -1;
  for (const { i, roles: layerRoles } of order) {
    const start = hits.start[i]!;
    if (start < lastEnd) continue;
    const end = hits.end[i]!;
    lastEnd = end;
    // A false friend wins its place but means nothing.
    if (!layerRoles.every((r) => r.kind === 'block'))
      kept.push({ pattern: hits.pattern[i]!, start, end, roles: layerRoles });
  }
  return kept;
}
