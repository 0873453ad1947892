import type { Pack } from '../../pack/types';
import { encodeColumn } from '../columns';
import type { CompiledQuotes, QuoteDef } from '../compiled';
import { QUOTE_KEYWORDS_NEEDED } from '../runtime/quotes';
import { compactText } from '../text/compact';
import { FREQUENT_WORDS } from './common-words';
import type { MatcherBuilder } from './matcher-builder';

/**
 * Compiles the packs' quotes for the quote finder (see `quotes.ts`): every wording (as the source
 * prints it, the original, translations, press variants) in compact form, cut into overlapping
 * pieces of PIECE_WORDS words, and each piece's keywords (pairs of consecutive words, not both
 * among the commonest) added to the one-pass matcher.
 */

const PIECE_WORDS = 8;
const PIECE_STRIDE = 4;

/**
 * Function words and the commonest words of the dispute's prose: a pair of them ("of the",
 * "united states") says nothing about which quote may be near.
 */
const COMMON = new Set(
  (
    'a an and are as at be but by for from has have he her his i in is it its me my no not of on or our ' +
    'she so that the their them there they this to us was we were what which who will with would you ' +
    'united states america american mexico mexican president government country ' +
    'a al como con de del el en es esta este la las le les lo los mas mi no nos nuestro nuestra o para ' +
    'pero por que se si su sus un una y ya estados unidos mexico presidente presidenta gobierno pais'
  ).split(' '),
);
const KEYWORD_MIN_LETTERS = 7;

/** The pairs of consecutive words of `words[from, to)` long enough and not both `ignorable`. */
function keywordPairs(words: string[], from: number, to: number, ignorable: (word: string) => boolean): Set<string> {
  const pairs = new Set<string>();
  for (let i = from; i + 1 < to; i++) {
    const pair = [words[i]!, words[i + 1]!];
    if (pair.every(ignorable) || pair.join('').length < KEYWORD_MIN_LETTERS) continue;
    pairs.add(pair.join(' '));
  }
  return pairs;
}

function wordingsOf(pack: Pack): (QuoteDef & { texts: string[] })[] {
  return pack.quotes.map((q) => ({
    id: q.id,
    speaker: q.speaker,
    // The pack may judge the source's attribution acceptable (a spokesman's words given to his council).
    rightfulSpeakers: [q.speaker, ...(q.attributedTo && q.status !== 'misattributed' ? [q.attributedTo] : [])],
    texts: [
      q.sourceText,
      q.original.text,
      // A rendering of words known only as the press reported them is two steps from anything
      // said: the pack shows it to readers but does not look for it on pages.
      ...(q.original.reported ? [] : [q.translation?.en, q.translation?.es]),
      ...q.variants.map((v) => v.text),
    ].filter((t): t is string => typeof t === 'string' && t.trim() !== ''),
  }));
}

function cut(words: string[]): [number, number][] {
  if (words.length <= PIECE_WORDS + 2) return [[0, words.length]];
  const ranges: [number, number][] = [];
  for (let from = 0; from + PIECE_WORDS < words.length; from += PIECE_STRIDE) ranges.push([from, from + PIECE_WORDS]);
  ranges.push([words.length - PIECE_WORDS, words.length]);
  return ranges;
}

/** Adds the keywords of every quote's pieces to `builder`; returns the quotes in compiled form. */
export function addQuotes(builder: MatcherBuilder, packs: readonly Pack[]): CompiledQuotes {
  const quotes: QuoteDef[] = [];
  const wordings: { quote: number; words: string }[] = [];
  const piece = { wording: [] as number[], from: [] as number[], to: [] as number[], keywords: [] as number[] };
  const keyword = { pattern: [] as number[], piece: [] as number[], number: [] as number[] };

  const addPiece = (wording: number, words: string[], from: number, to: number, whole: boolean) => {
    const index = piece.wording.length;
    // Pairs with a word rarer than the everyday ones, unless that leaves too few to find the piece
    // by. A piece of a longer wording made of everyday words is left to its neighbours, which
    // overlap it: looking for it would send the finder to every page that says "time for".
    let pairs = keywordPairs(words, from, to, (w) => COMMON.has(w) || FREQUENT_WORDS.has(w));
    if (pairs.size < QUOTE_KEYWORDS_NEEDED) {
      // Such a piece could never be reached: nothing of it is kept.
      if (!whole) return;
      pairs = pairs.union(keywordPairs(words, from, to, (w) => COMMON.has(w)));
    }
    [...pairs].forEach((phrase, number) => {
      const id = builder.add(phrase);
      if (id < 0) return;
      keyword.pattern.push(id);
      keyword.piece.push(index);
      keyword.number.push(number);
    });
    piece.wording.push(wording);
    piece.from.push(from);
    piece.to.push(to);
    piece.keywords.push(pairs.size);
  };

  const seen = new Set<string>();
  for (const pack of packs) {
    for (const { texts, ...def } of wordingsOf(pack)) {
      const quote = quotes.push(def) - 1;
      for (const text of texts) {
        const words = compactText(text).split(' ').filter(Boolean);
        const key = `${quote}:${words.join(' ')}`;
        if (words.length < 3 || seen.has(key)) continue;
        seen.add(key);
        const wording = wordings.push({ quote, words: words.join(' ') }) - 1;
        const pieces = cut(words);
        for (const [from, to] of pieces) addPiece(wording, words, from, to, pieces.length === 1);
      }
    }
  }
  return {
    quotes,
    wordings,
    pieceWording: encodeColumn(piece.wording),
    pieceFrom: encodeColumn(piece.from),
    pieceTo: encodeColumn(piece.to),
    pieceKeywords: encodeColumn(piece.keywords),
    keywordPattern: encodeColumn(keyword.pattern),
    keywordPiece: encodeColumn(keyword.piece),
    keywordNumber: encodeColumn(keyword.number),
  };
}
