import { normalize, toOriginal } from './normalize';

/**
 * Text reduced to its words: folded (see `normalize`), every run of non-word characters made
 * one space. Quotes are compared in this form, so quotation marks, dashes and spacing never
 * count as differences. Keeps the way back to original offsets.
 */
export interface Compact {
  text: string;
  /** Original [start, end) of the compact span [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const WORD = /^[\p{L}\p{N}]$/u;
/** Whether each UTF-16 code unit is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const wordUnits = new Uint8Array(0x10000);

/** How many code units the letter or digit at `i` takes (2 for one beyond the BMP); 0 if none is there. */
function wordAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && WORD.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = wordUnits[code]!;
  if (known === 0) {
    known = WORD.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnits[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Compacts `original.slice(from, to)`; offsets returned by `toOriginal` are into `original`. */
export function compact(original: string, from = 0, to = original.length): Compact {
  const norm = normalize(original.slice(from, to));
  const folded = norm.text;
  // Folded offset of each compact character. Run through once, a table for what is a letter:
  // quotes are looked for in many windows of every changed paragraph.
  const back = new Int32Array(folded.length);
  const parts: string[] = [];
  let length = 0;
  let gap = -1;
  for (let i = 0; i < folded.length; ) {
    const start = i;
    for (let width = wordAt(folded, i); width > 0; width = wordAt(folded, i)) i += width;
    if (i > start) {
      if (gap >= 0 && length > 0) {
        parts.push(' ');
        back[length++] = gap;
      }
      parts.push(folded.slice(start, i));
      for (let at = start; at < i; at++) back[length++] = at;
      gap = -1;
    }
    if (i < folded.length) {
      if (gap < 0) gap = i;
      i++;
    }
  }
  const text = parts.join('');
  return {
    text,
    toOriginal(start, end) {
      if (end <= start) return { start: from, end: from };
      const span = toOriginal(norm, back[start]!, back[end - 1]! + 1);
      return { start: span.start + from, end: span.end + from };
    },
  };
}

/** The compact form of a phrase, for comparing wordings. */
export function compactText(text: string): string {
  return compact(text).text;
}
