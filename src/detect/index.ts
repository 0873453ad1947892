import type { Pack } from '../pack/types';
import { Attributor } from './attribution';
import { addLexicon } from './lexicon';
import { Hits, MatcherBuilder } from './matcher';
import { QuoteFinder } from './quotes';
import { judge } from './relevance';
import type { Detector, DetectResult, QuoteMatch, ScanOptions } from './types';

export type { Detector, DetectResult, Mention, QuoteMatch, ScanOptions, Sensitivity } from './types';

/**
 * Compiles the packs' lexicons, quotes and people once, into one matcher that reads a text in a
 * single pass; everything after that pass works on its hits only.
 */
export function createDetector(packs: Pack | readonly Pack[]): Detector {
  const list: readonly Pack[] = Array.isArray(packs) ? packs : [packs as Pack];
  const builder = new MatcherBuilder();
  const lexicon = addLexicon(builder, list);
  const quotes = new QuoteFinder(builder, list);
  const matcher = builder.build();
  const attributor = new Attributor(list);

  // Anything topical or quoted wakes the detector up; context words alone do not.
  const keywords = new Uint8Array(matcher.size);
  for (const [id, roles] of lexicon.roles) {
    if (roles.some((r) => r.kind === 'anchor' || r.kind === 'term')) keywords[id] = 1;
  }
  for (const id of quotes.keywordPatterns()) keywords[id] = 1;

  return {
    mayMatch(text) {
      return matcher.scan(text, new Hits(), keywords);
    },

    scan(text, options: ScanOptions = {}): DetectResult {
      const hits = new Hits();
      matcher.scan(text, hits);
      const found = quotes.find(text, hits);
      const judgement = judge(
        text,
        lexicon.resolve(hits),
        new Set(found.map((f) => f.quote.id)).size,
        options.sensitivity,
      );
      if (!judgement.about) return { ...judgement, quotes: [] };
      const matches: QuoteMatch[] = found.map((f) => {
        const attributedTo = attributor.attribute(text, f.start, f.end);
        return {
          quote: f.quote.id,
          text: text.slice(f.start, f.end),
          start: f.start,
          end: f.end,
          saidBy: f.quote.speaker,
          attributedTo,
          misattributed: attributedTo !== null && !f.quote.rightfulSpeakers.includes(attributedTo),
          errors: f.errors,
        };
      });
      return { ...judgement, quotes: matches };
    },
  };
}
