import { sentenceSegments } from './sentence-breaks';

/**
 * Sentence boundaries by Unicode's rules (see `sentence-breaks.ts`), with one repair: the rules
 * end a sentence after any period before a capital, so "U.S. President" or "EE. UU." would be
 * cut in two. A break after an initialism or a common title is undone.
 */

/** "U.S.", "EE.", "J." or a title such as "Mr." at the end of a segment: not a sentence end. */
const ABBREVIATION_END =
  /(?:^|[\s("“'‘])(?:(?:\p{Lu}{1,2}\.)+|(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Dra|Gen|Gov|Sen|Rep|Lt|Col|Sgt|St|Jr|Dept|Inc|Corp|Ltd|Co|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Lic|Ing)\.)\s*$/u;

/**
 * Longer runs are cut into windows, so that no sentence found is longer and a page's text is read
 * a window at a time.
 */
export const WINDOW = 2_000;
const OVERLAP = 400;

/** [start, end) of each sentence of `text.slice(from, to)`, offsets into `text`, spaces trimmed. */
export function sentences(text: string, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (const { segment, index } of sentenceSegments(text.slice(from, to))) {
    const start = open >= 0 ? open : from + index;
    if (ABBREVIATION_END.test(segment)) {
      open = start;
      continue;
    }
    open = -1;
    pushTrimmed(out, text, start, from + index + segment.length);
  }
  if (open >= 0) pushTrimmed(out, text, open, to);
  return out;
}

function pushTrimmed(out: [number, number][], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

/**
 * The text's blocks (lines), long ones cut into overlapping windows at spaces, so that sentences
 * are looked for a few thousand characters at a time. Offsets into `text`.
 */
export function blocks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    for (let at = start; at < end; ) {
      if (end - at <= WINDOW) {
        out.push([at, end]);
        break;
      }
      const cut = text.lastIndexOf(' ', at + WINDOW);
      const stop = cut > at + OVERLAP ? cut : at + WINDOW;
      out.push([at, stop]);
      // The next window starts a little before this one ends, so a sentence across the cut is whole in one of them.
      const next = text.lastIndexOf(' ', stop - OVERLAP) + 1;
      at = next > at ? next : stop;
    }
    start = end + 1;
  }
  return out;
}
