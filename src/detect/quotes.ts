import search from 'approx-string-match';
import type { Pack } from '../pack/types';
import { compact, compactText } from './compact';
import type { Hits, MatcherBuilder } from './matcher';

/**
 * Finds the packs' quotes: every wording (as the source prints it, the original, translations,
 * press variants), exactly or approximately, whole or in part.
 *
 * Each wording is cut into overlapping pieces of PIECE_WORDS words, so a page that prints only a
 * fragment still matches. A piece is searched for only where a cheap filter passes: two distinct
 * word pairs of it (its keywords: consecutive words, not both among the commonest) were found
 * close together by the one-pass matcher. The search, exact first and then fuzzy (Myers,
 * `approx-string-match`, with an error budget proportional to the piece's length), is confined
 * to a window of at most MAX_WINDOW characters around them; a scan makes at most MAX_SEARCHES
 * piece searches and fits at most MAX_GROUPS matches, so a long or repetitive text can never blow
 * up. Pieces found side by side merge, and the match is then fitted word by word to what the text
 * really says.
 */

const PIECE_WORDS = 8;
const PIECE_STRIDE = 4;
const ERROR_RATE = 0.15;
const GROW_ERROR_RATE = 0.34;
const MIN_WORDS = 4;
/** Distinct keywords of a piece that must occur close together before it is searched for. */
const KEYWORDS_NEEDED = 2;
const MAX_WINDOW = 1200;
const MAX_SEARCHES = 300;
const MAX_GROUPS = 100;

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

interface Wording {
  quote: number;
  words: string[];
}

interface Piece {
  wording: number;
  /** Word range [from, to) of the wording. */
  from: number;
  to: number;
  text: string;
  keywords: number;
}

export interface QuoteDef {
  id: string;
  speaker: string;
  /** Whom the text may name as the speaker without misattributing the words. */
  rightfulSpeakers: string[];
}

export interface FoundQuote {
  quote: QuoteDef;
  start: number;
  end: number;
  errors: number;
}

const budget = (length: number) => Math.floor(length * ERROR_RATE);

function wordingsOf(pack: Pack): (QuoteDef & { texts: string[] })[] {
  return pack.quotes.map((q) => ({
    id: q.id,
    speaker: q.speaker,
    // The pack may judge the source's attribution acceptable (a spokesman's words given to his council).
    rightfulSpeakers: [q.speaker, ...(q.attributedTo && q.status !== 'misattributed' ? [q.attributedTo] : [])],
    texts: [
      q.sourceText,
      q.original.text,
      q.translation?.en,
      q.translation?.es,
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

/** A piece found in the text: its word range in the wording and its original span. */
interface PieceHit {
  wording: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Words [from, to) of a wording matched at [start, end) of a compact window. */
interface Fit {
  from: number;
  to: number;
  start: number;
  end: number;
  errors: number;
}

export class QuoteFinder {
  private readonly quotes: QuoteDef[] = [];
  private readonly wordings: Wording[] = [];
  private readonly pieces: Piece[] = [];
  /** Pieces each keyword pattern belongs to, with the keyword's number inside the piece. */
  private readonly keywordPieces = new Map<number, { piece: number; keyword: number }[]>();

  constructor(builder: MatcherBuilder, packs: readonly Pack[]) {
    const seen = new Set<string>();
    for (const pack of packs) {
      for (const { texts, ...def } of wordingsOf(pack)) {
        const quote = this.quotes.push(def) - 1;
        for (const text of texts) {
          const words = compactText(text).split(' ').filter(Boolean);
          const key = `${quote}:${words.join(' ')}`;
          if (words.length < 3 || seen.has(key)) continue;
          seen.add(key);
          const wording = this.wordings.push({ quote, words }) - 1;
          for (const [from, to] of cut(words)) this.addPiece(builder, wording, words, from, to);
        }
      }
    }
  }

  private addPiece(builder: MatcherBuilder, wording: number, words: string[], from: number, to: number): void {
    const piece = this.pieces.length;
    const keywords = new Set<string>();
    for (let i = from; i + 1 < to; i++) {
      const pair = [words[i]!, words[i + 1]!];
      if (pair.every((w) => COMMON.has(w)) || pair.join('').length < KEYWORD_MIN_LETTERS) continue;
      keywords.add(pair.join(' '));
    }
    [...keywords].forEach((phrase, keyword) => {
      const id = builder.add(phrase);
      if (id < 0) return;
      const list = this.keywordPieces.get(id) ?? [];
      list.push({ piece, keyword });
      this.keywordPieces.set(id, list);
    });
    this.pieces.push({ wording, from, to, text: words.slice(from, to).join(' '), keywords: keywords.size });
  }

  /** Pattern ids of the keywords, for the matcher's prefilter. */
  keywordPatterns(): number[] {
    return [...this.keywordPieces.keys()];
  }

  find(text: string, hits: Hits): FoundQuote[] {
    const found: PieceHit[] = [];
    let searches = 0;
    for (const [index, ranges] of this.candidateWindows(hits)) {
      const piece = this.pieces[index]!;
      for (const [from, to] of ranges) {
        if (searches++ >= MAX_SEARCHES) break;
        const window = compact(text, from, to);
        for (const m of occurrences(window.text, piece.text)) {
          found.push({ wording: piece.wording, from: piece.from, to: piece.to, ...window.toOriginal(m.start, m.end) });
        }
      }
    }
    return this.assemble(text, found);
  }

  /** Windows (original offsets) where two rare words of a piece occur close together, per piece. */
  private candidateWindows(hits: Hits): Map<number, [number, number][]> {
    const perPiece = new Map<number, { at: number; keyword: number }[]>();
    for (let i = 0; i < hits.length; i++) {
      const owners = this.keywordPieces.get(hits.pattern[i]!);
      if (!owners) continue;
      for (const { piece, keyword } of owners) {
        const list = perPiece.get(piece) ?? [];
        list.push({ at: hits.start[i]!, keyword });
        perPiece.set(piece, list);
      }
    }
    const windows = new Map<number, [number, number][]>();
    for (const [index, list] of perPiece) {
      const piece = this.pieces[index]!;
      const need = Math.min(KEYWORDS_NEEDED, piece.keywords);
      const reach = Math.ceil(piece.text.length * 1.5);
      const ranges: [number, number][] = [];
      list.sort((a, b) => a.at - b.at);
      for (let i = 0; i < list.length; i++) {
        const distinct = new Set<number>();
        let last = list[i]!.at;
        for (let j = i; j < list.length && list[j]!.at - list[i]!.at <= reach; j++) {
          distinct.add(list[j]!.keyword);
          last = list[j]!.at;
        }
        if (distinct.size < need) continue;
        const slack = piece.text.length + 20;
        const from = Math.max(0, list[i]!.at - slack);
        const to = Math.min(from + MAX_WINDOW, last + slack);
        const prev = ranges[ranges.length - 1];
        if (prev && from <= prev[1] && to - prev[0] <= MAX_WINDOW) prev[1] = Math.max(prev[1], to);
        else if (!prev || to > prev[1]) ranges.push([from, to]);
      }
      if (ranges.length > 0) windows.set(index, ranges);
    }
    return windows;
  }

  /**
   * Joins pieces of one wording found side by side, fits each group to the words that really
   * match, and keeps the best match per place: the one matching more words, each error
   * costing two.
   */
  private assemble(text: string, found: PieceHit[]): FoundQuote[] {
    found.sort((a, b) => a.wording - b.wording || a.start - b.start);
    const groups: PieceHit[] = [];
    for (const hit of found) {
      const last = groups[groups.length - 1];
      if (
        last &&
        last.wording === hit.wording &&
        hit.start <= last.end + 2 &&
        hit.from <= last.to &&
        hit.to >= last.from
      ) {
        last.from = Math.min(last.from, hit.from);
        last.to = Math.max(last.to, hit.to);
        last.end = Math.max(last.end, hit.end);
      } else {
        groups.push({ ...hit });
      }
    }
    const results: (FoundQuote & { words: number })[] = [];
    for (const group of groups.slice(0, MAX_GROUPS)) {
      const quote = this.quotes[this.wordings[group.wording]!.quote]!;
      // A wording matched in full, exactly, leaves nothing to add at that place.
      if (results.some((r) => r.quote === quote && r.errors === 0 && r.start <= group.start && group.end <= r.end))
        continue;
      const result = this.fit(text, group);
      if (result) results.push({ quote, ...result });
    }
    results.sort((a, b) => b.words - 2 * b.errors - (a.words - 2 * a.errors));
    const kept: FoundQuote[] = [];
    for (const r of results) {
      if (kept.some((k) => r.start < k.end && k.start < r.end)) continue;
      kept.push({ quote: r.quote, start: r.start, end: r.end, errors: r.errors });
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  /**
   * Fits a group to the words that really match, in one compact window around it: first drops
   * edge words that cost more errors than their share (a piece can absorb a word the text does
   * not have), then extends word by word on both sides while each added word itself mostly
   * matches.
   */
  private fit(text: string, group: PieceHit): { start: number; end: number; errors: number; words: number } | null {
    const words = this.wordings[group.wording]!.words;
    const reach = Math.min(MAX_WINDOW, words.join(' ').length + 20);
    const window = compact(text, Math.max(0, group.start - reach), Math.min(text.length, group.end + reach));
    // The occurrence overlapping the current fit (at first: nearest the group) with fewest errors.
    const distance = (m: Span) => Math.abs(window.toOriginal(m.start, m.end).start - group.start);
    const refit = (from: number, to: number, near: Fit | null): Fit | null => {
      const pattern = words.slice(from, to).join(' ');
      let best: Fit | null = null;
      for (const m of occurrences(window.text, pattern)) {
        if (near && (m.end <= near.start || m.start >= near.end)) continue;
        if (!best || m.errors < best.errors || (!near && m.errors === best.errors && distance(m) < distance(best))) {
          best = { from, to, ...m };
        }
      }
      return best;
    };
    const allowance = (word: string) => Math.max(1, Math.floor((word.length + 1) * GROW_ERROR_RATE));
    let current = refit(group.from, group.to, null);
    if (!current) return null;
    for (let side = 0; side < 2 && current.errors > 0; side++) {
      while (current.to - current.from > MIN_WORDS) {
        const next: Fit | null =
          side === 0 ? refit(current.from + 1, current.to, current) : refit(current.from, current.to - 1, current);
        const dropped = words[side === 0 ? current.from : current.to - 1]!;
        if (!next || current.errors - next.errors <= allowance(dropped)) break;
        current = next;
      }
    }
    for (let side = 0; side < 2; side++) {
      for (;;) {
        const from = side === 0 ? current.from - 1 : current.from;
        const to = side === 1 ? current.to + 1 : current.to;
        if (from < 0 || to > words.length) break;
        const next = refit(from, to, current);
        // The added word must itself mostly match, not live off the budget of the rest.
        if (!next || next.errors - current.errors > allowance(words[side === 0 ? from : to - 1]!)) break;
        current = next;
      }
    }
    return {
      ...window.toOriginal(current.start, current.end),
      errors: current.errors,
      words: current.to - current.from,
    };
  }
}

type Span = { start: number; end: number; errors: number };

/** Occurrences of `pattern` in `text` within the error budget: the best of each overlapping group. */
function occurrences(text: string, pattern: string): Span[] {
  const exact: Span[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  const k = budget(pattern.length);
  if (k === 0 || text.length === 0) return [];
  const groups: Span[] = [];
  for (const m of search(text, pattern, k).sort((a, b) => a.start - b.start)) {
    const last = groups[groups.length - 1];
    if (last && m.start < last.end) {
      if (m.errors < last.errors || (m.errors === last.errors && m.end - m.start > last.end - last.start)) {
        groups[groups.length - 1] = m;
      }
    } else {
      groups.push(m);
    }
  }
  return groups.map((m) => toWords(text, m));
}

/**
 * An approximate match may begin or end inside a word: keep the word if the match covers most of
 * it, else leave it out.
 */
function toWords(text: string, m: Span): Span {
  let { start, end } = m;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  let wordStart = start;
  while (wordStart > 0 && text[wordStart - 1] !== ' ') wordStart--;
  let firstEnd = start;
  while (firstEnd < end && text[firstEnd] !== ' ') firstEnd++;
  if (start - wordStart > firstEnd - start) start = Math.min(end, firstEnd + 1);
  else start = wordStart;
  let wordEnd = end;
  while (wordEnd < text.length && text[wordEnd] !== ' ') wordEnd++;
  let lastStart = end;
  while (lastStart > start && text[lastStart - 1] !== ' ') lastStart--;
  if (wordEnd - end > end - lastStart) end = Math.max(start, lastStart - 1);
  else end = wordEnd;
  return { start, end, errors: m.errors };
}
