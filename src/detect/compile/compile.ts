import type { Pack } from '../../pack/types';
import { COMPILED_FORMAT, type CompiledDetector } from '../compiled';
import { compileAttribution } from './compile-attribution';
import { addLexicon, compileLexicon } from './compile-lexicon';
import { addQuotes } from './compile-quotes';
import { MatcherBuilder } from './matcher-builder';

/**
 * Compiles the packs' lexicons, quotes and people into the plain data a detector runs on (see
 * `compiled.ts`): the lexicon phrases and the quotes' keywords in one automaton, so a text is
 * read in a single pass. The costly part of making a detector; `loadDetector` does the rest.
 */
export function compileDetector(pack: Pack): CompiledDetector {
  // Several packs are combined into one first (`combinePacks`), their ids kept apart.
  const list: readonly Pack[] = [pack];
  const builder = new MatcherBuilder();
  const roles = addLexicon(builder, list);
  const quotes = addQuotes(builder, list);
  return {
    format: COMPILED_FORMAT,
    automaton: builder.build(),
    lexicon: compileLexicon(roles, builder.size),
    quotes,
    attribution: compileAttribution(list),
  };
}
