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

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Compacts `original.slice(from, to)`; offsets returned by `toOriginal` are into `original`. */
export function compact(original: string, from = 0, to = original.length): Compact {
  const norm = normalize(original.slice(from, to));
  const folded = norm.text;
  // Folded offset of each compact character.
  const back: number[] = [];
  let text = '';
  let last = 0;
  for (const m of folded.matchAll(NON_WORD)) {
    const at = m.index;
    for (let i = last; i < at; i++) back.push(i);
    text += folded.slice(last, at);
    if (text !== '' && at + m[0].length < folded.length) {
      back.push(at);
      text += ' ';
    }
    last = at + m[0].length;
  }
  for (let i = last; i < folded.length; i++) back.push(i);
  text += folded.slice(last);
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
