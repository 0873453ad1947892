import { COMPILED_FORMAT, type CompiledDetector } from '../compiled';
import { invalid, readRecord } from '../read';
import type { Detector, DetectResult, QuoteMatch, ScanOptions } from '../types';
import { loadAttributor } from './attribution';
import { judgeCredit, misattributes } from './credit';
import { loadLexicon } from './lexicon';
import { Hits, loadMatcher } from './matcher';
import { loadQuotes } from './quotes';
import { judge } from './relevance';

export type { CompiledDetector } from '../compiled';
export { CompiledDetectorError } from '../read';
export type { Detector, DetectResult, Mention, QuoteMatch, ScanOptions, Sensitivity } from '../types';

/**
 * A working detector from its compiled form (see `compileDetector`): everything is unpacked and
 * checked here, once, so a stored value of another format or a damaged one is refused with a
 * `CompiledDetectorError` rather than failing on some page later. The matcher reads the text in
 * a single pass; everything after that pass works on its hits only.
 */
export function loadDetector(compiled: CompiledDetector): Detector {
  const data = readRecord(compiled, 'the compiled detector');
  if (data.format !== COMPILED_FORMAT) invalid(`format ${String(data.format)} instead of ${COMPILED_FORMAT}`);
  const matcher = loadMatcher(data.automaton, 'automaton');
  const lexicon = loadLexicon(data.lexicon, matcher.size);
  const quotes = loadQuotes(data.quotes, matcher.size);
  const attributor = loadAttributor(data.attribution);

  // Anything topical or quoted wakes the detector up; context words alone do not.
  const keywords = new Uint8Array(matcher.size);
  lexicon.markTopical(keywords);
  quotes.markKeywords(keywords);

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
        const words = text.slice(f.start, f.end);
        const credit = judgeCredit(f.quote, { words, errors: f.errors }, attributedTo, (person) =>
          attributor.bodiesOf(person),
        );
        return {
          quote: f.quote.id,
          text: words,
          start: f.start,
          end: f.end,
          saidBy: f.quote.speaker,
          attributedTo,
          credit,
          misattributed: misattributes(credit),
          errors: f.errors,
        };
      });
      return { ...judgement, quotes: matches };
    },
  };
}
