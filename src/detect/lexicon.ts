import type { Pack, TopicId } from '../pack/types';
import { type LexiconEntry, parseEntry } from './lexicon-syntax';
import type { Hits, MatcherBuilder } from './matcher';

/** What a matched lexicon phrase means. */
export type Role =
  | { kind: 'anchor'; topic: TopicId }
  | { kind: 'term'; topic: TopicId; weak: boolean }
  | { kind: 'cue'; mx: boolean; us: boolean; era: boolean }
  | { kind: 'past' }
  | { kind: 'block' };

/** A lexicon hit that survived overlap resolution. */
export interface LexiconHit {
  pattern: number;
  start: number;
  end: number;
  roles: Role[];
}

export interface CompiledLexicon {
  /** Roles of each pattern id (absent for patterns that are not lexicon phrases). */
  roles: Map<number, Role[]>;
  /** The hits that count, sorted by start (see `resolveLayer`). */
  resolve(hits: Hits): LexiconHit[];
}

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

/** Adds every lexicon phrase of the packs to `builder`. */
export function addLexicon(builder: MatcherBuilder, packs: readonly Pack[]): CompiledLexicon {
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

  return {
    roles,
    resolve(hits) {
      const topical = resolveLayer(hits, roles, (r) => r.kind === 'anchor' || r.kind === 'term' || r.kind === 'block');
      const context = resolveLayer(hits, roles, (r) => r.kind === 'cue' || r.kind === 'past' || r.kind === 'block');
      return [...topical, ...context].sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * Leftmost-longest resolution of one layer: a hit overlapping an earlier-starting (or equally
 * starting, longer) one is dropped, so "New Mexico" hides "Mexico" and "U.S. troops into Mexico"
 * hides "troops". Topics and context are resolved apart, so the cue "U.S." inside the term
 * "U.S. military" still places nearby terms.
 */
function resolveLayer(hits: Hits, roles: Map<number, Role[]>, inLayer: (role: Role) => boolean): LexiconHit[] {
  const order: { i: number; roles: Role[] }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const layerRoles = roles.get(hits.pattern[i]!)?.filter(inLayer);
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
