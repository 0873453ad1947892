import search from 'approx-string-match';
import type { QuoteDef } from '../compiled';
import { checkBelow, invalid, readArray, readColumn, readIndex, readRecord, readString } from '../read';
import { compact } from '../text/compact';
import { CONNECTIVES } from '../text/connectives';
import type { Hits } from './matcher';

/**
 * Finds the packs' quotes: every wording (as the source prints it, the original, translations,
 * press variants), exactly or approximately, whole or in part.
 *
 * Each wording is cut into overlapping pieces (see `compile-quotes.ts`), so a page that prints
 * only a fragment still matches. A piece is searched for only where a cheap filter passes: two
 * distinct word pairs of it (its keywords) were found close together by the one-pass matcher.
 * The search, exact first and then fuzzy (Myers, `approx-string-match`, with an error budget
 * proportional to the piece's length), is confined to a window of at most MAX_WINDOW characters
 * around them; a scan makes at most MAX_SEARCHES piece searches and fits at most MAX_GROUPS
 * matches, so a long or repetitive text can never blow up. Pieces found side by side merge, and
 * the match is then fitted word by word to what the text really says.
 */

const ERROR_RATE = 0.15;
const GROW_ERROR_RATE = 0.34;
const MIN_WORDS = 4;
/** Distinct keywords of a piece that must occur close together before it is searched for. */
export const QUOTE_KEYWORDS_NEEDED = 2;

/**
 * What the finder needs of a piece's keywords before it searches for the piece: how many
 * distinct ones; whether they must be found apart rather than overlapping (where it has more than
 * it needs, as overlapping pairs share a word and say no more than it); and how close together,
 * in characters of the text, for a piece `textLength` characters long.
 */
export function pieceNeeds(keywords: number, textLength: number): { need: number; apart: boolean; reach: number } {
  return {
    need: Math.min(QUOTE_KEYWORDS_NEEDED, keywords),
    apart: keywords > QUOTE_KEYWORDS_NEEDED,
    reach: Math.ceil(textLength * 1.5),
  };
}
const MAX_WINDOW = 1200;
const MAX_SEARCHES = 300;
export const MAX_GROUPS = 100;

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
  /** What the finder needs of its keywords (see `pieceNeeds`). */
  needs: ReturnType<typeof pieceNeeds>;
}

export interface FoundQuote {
  quote: QuoteDef;
  start: number;
  end: number;
  errors: number;
}

const budget = (length: number) => Math.floor(length * ERROR_RATE);

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

/** Pieces each keyword pattern belongs to (CSR over pattern ids), with its number in the piece. */
interface KeywordPieces {
  start: Int32Array;
  piece: Int32Array;
  keyword: Int32Array;
}

/**
 * Unpacks the quotes, for an automaton of `patterns` patterns. Every piece must cover at least
 * one word: an empty one would be found everywhere.
 */
export function loadQuotes(value: unknown, patterns: number): QuoteFinder {
  const compiled = readRecord(value, 'quotes');
  const quotes = readArray(compiled.quotes, 'quotes.quotes').map((v, i): QuoteDef => {
    const name = `quotes.quotes[${i}]`;
    const q = readRecord(v, name);
    return {
      id: readString(q.id, `${name}.id`),
      speaker: readString(q.speaker, `${name}.speaker`),
      rightfulSpeakers: readArray(q.rightfulSpeakers, `${name}.rightfulSpeakers`).map((s) =>
        readString(s, `${name}.rightfulSpeakers`),
      ),
    };
  });
  const wordings = readArray(compiled.wordings, 'quotes.wordings').map((v, i): Wording => {
    const name = `quotes.wordings[${i}]`;
    const w = readRecord(v, name);
    const words = readString(w.words, `${name}.words`).split(' ');
    if (words.includes('')) invalid(`${name}.words has an empty word`);
    return { quote: readIndex(w.quote, quotes.length, `${name}.quote`), words };
  });
  const wording = readColumn(compiled.pieceWording, 'quotes.pieceWording');
  const count = wording.length;
  const from = readColumn(compiled.pieceFrom, 'quotes.pieceFrom', count);
  const to = readColumn(compiled.pieceTo, 'quotes.pieceTo', count);
  const keywords = readColumn(compiled.pieceKeywords, 'quotes.pieceKeywords', count);
  checkBelow(wording, wordings.length, 'quotes.pieceWording');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const words = wordings[wording[i]!]!.words;
    if (from[i]! >= to[i]! || to[i]! > words.length) invalid('quotes.pieceFrom/pieceTo is out of range');
    const text = words.slice(from[i], to[i]).join(' ');
    pieces.push({
      wording: wording[i]!,
      from: from[i]!,
      to: to[i]!,
      text,
      needs: pieceNeeds(keywords[i]!, text.length),
    });
  }

  const pattern = readColumn(compiled.keywordPattern, 'quotes.keywordPattern');
  const piece = readColumn(compiled.keywordPiece, 'quotes.keywordPiece', pattern.length);
  const keyword = readColumn(compiled.keywordNumber, 'quotes.keywordNumber', pattern.length);
  checkBelow(pattern, patterns, 'quotes.keywordPattern');
  checkBelow(piece, count, 'quotes.keywordPiece');
  // Grouped by pattern, each group in the compiled order.
  const start = new Int32Array(patterns + 1);
  for (const p of pattern) start[p + 1]!++;
  for (let p = 0; p < patterns; p++) start[p + 1]! += start[p]!;
  const filled = start.slice(0, patterns);
  const byPattern: KeywordPieces = {
    start,
    piece: new Int32Array(pattern.length),
    keyword: new Int32Array(pattern.length),
  };
  for (let k = 0; k < pattern.length; k++) {
    const at = filled[pattern[k]!]!++;
    byPattern.piece[at] = piece[k]!;
    byPattern.keyword[at] = keyword[k]!;
  }
  return new QuoteFinder(quotes, wordings, pieces, byPattern);
}

export class QuoteFinder {
  constructor(
    private readonly quotes: readonly QuoteDef[],
    private readonly wordings: readonly Wording[],
    private readonly pieces: readonly Piece[],
    private readonly keywordPieces: KeywordPieces,
  ) {}

  /** Sets the flag of every pattern that is a keyword of some piece. */
  markKeywords(flags: Uint8Array): void {
    const { start } = this.keywordPieces;
    for (let p = 0; p + 1 < start.length; p++) if (start[p + 1]! > start[p]!) flags[p] = 1;
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
    const perPiece = new Map<number, { at: number; end: number; keyword: number }[]>();
    const owners = this.keywordPieces;
    for (let i = 0; i < hits.length; i++) {
      const pattern = hits.pattern[i]!;
      for (let o = owners.start[pattern]!; o < owners.start[pattern + 1]!; o++) {
        const piece = owners.piece[o]!;
        const list = perPiece.get(piece) ?? [];
        list.push({ at: hits.start[i]!, end: hits.end[i]!, keyword: owners.keyword[o]! });
        perPiece.set(piece, list);
      }
    }
    const windows = new Map<number, [number, number][]>();
    for (const [index, list] of perPiece) {
      const piece = this.pieces[index]!;
      const { need, apart, reach } = piece.needs;
      const ranges: [number, number][] = [];
      list.sort((a, b) => a.at - b.at);
      for (let i = 0; i < list.length; i++) {
        const distinct = new Set<number>();
        let last = list[i]!.at;
        for (let j = i; j < list.length && list[j]!.at - list[i]!.at <= reach; j++) {
          // Two keywords sharing a word ("the presence", "presence of") are one rare word seen once.
          if (apart && j !== i && list[j]!.at < list[i]!.end) continue;
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
    current = withoutLooseEnd(current, words, refit);
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

/**
 * Drops the joining words at the end of a partial match (where the wording goes on past it): the
 * page stopped quoting there, whatever the next word of the quote would have been.
 */
function withoutLooseEnd(
  fit: Fit,
  words: readonly string[],
  refit: (from: number, to: number, near: Fit) => Fit | null,
): Fit {
  let current = fit;
  while (
    current.to - current.from > MIN_WORDS &&
    current.to < words.length &&
    CONNECTIVES.has(words[current.to - 1]!)
  ) {
    const next = refit(current.from, current.to - 1, current);
    if (!next) break;
    current = next;
  }
  return current;
}
