import { foldUnit } from './fold';

/** Text folded for matching, with the way back to the original offsets. */
export interface Normalized {
  /** Lower-cased, diacritics dropped, typographic punctuation and spaces made plain. */
  readonly text: string;
  /**
   * Original offset of the character that produced each folded character, or null when every
   * original character folded to exactly one character in place (then offsets are equal).
   */
  readonly map: Int32Array | null;
  /** Original length, the end of the last possible span. */
  readonly originalLength: number;
}

const NON_ASCII_RUN = /[\u0080-\uffff]+/g;
const ASCII_CONTROLS = /[\t\v\f\r]/g;

/**
 * Folds `text` for matching (see `fold.ts`) and records where each folded character came from.
 * ASCII runs are lower-cased natively and the characters between them folded one by one. Most
 * characters fold to exactly one; the few that fold to several ("…" → "...") or to none (soft
 * hyphen) are noted, and only then is a map built.
 */
export function normalize(text: string): Normalized {
  let folded = '';
  let last = 0;
  // Where the one-to-one correspondence breaks: [original offset, folded offset, folded length].
  const breaks: number[] = [];
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    folded += text.slice(last, run.index).toLowerCase();
    const end = run.index + run[0].length;
    for (let i = run.index; i < end; i++) {
      const f = foldUnit(text.charCodeAt(i));
      if (f.length !== 1) breaks.push(i, folded.length, f.length);
      folded += f;
    }
    last = end;
  }
  folded += text.slice(last).toLowerCase();
  folded = folded.replace(ASCII_CONTROLS, ' ');
  return { text: folded, map: breaks.length > 0 ? buildMap(folded.length, breaks) : null, originalLength: text.length };
}

function buildMap(length: number, breaks: number[]): Int32Array {
  const map = new Int32Array(length);
  let j = 0;
  let shift = 0; // original offset minus folded offset, between breaks
  for (let b = 0; b < breaks.length; b += 3) {
    const [original, at, count] = [breaks[b]!, breaks[b + 1]!, breaks[b + 2]!];
    for (; j < at; j++) map[j] = j + shift;
    for (let k = 0; k < count; k++) map[j++] = original;
    shift = original + 1 - j;
  }
  for (; j < length; j++) map[j] = j + shift;
  return map;
}

/** Maps the folded span [start, end) back to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const { map } = norm;
  if (map === null) return { start, end };
  if (end <= start) {
    const at = start < map.length ? map[start]! : norm.originalLength;
    return { start: at, end: at };
  }
  // The end is the end of the original character that produced the last folded one.
  return { start: map[start]!, end: map[end - 1]! + 1 };
}
