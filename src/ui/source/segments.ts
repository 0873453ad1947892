import type { Caveat, Pack, Quote, Severity } from '../../pack/types';

export type SourceMark = { kind: 'caveat'; item: Caveat } | { kind: 'quote'; item: Quote };

export interface Segment {
  /** Offset of the segment in the source text. */
  start: number;
  text: string;
  marks: SourceMark[];
}

/** Where `words` occur in `text`, allowing any run of whitespace where the words have one. */
export function findWords(text: string, words: string): { start: number; end: number } | null {
  const pattern = words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (!pattern) return null;
  const match = new RegExp(pattern).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** A quote's span takes in its quotation marks and the punctuation printed inside them. */
export function withQuotationMarks(text: string, at: { start: number; end: number }): { start: number; end: number } {
  let { start } = at;
  while (start > 0 && '“"‘«'.includes(text[start - 1]!)) start--;
  const closing = /^[,.;:!?]?[”"’»]/.exec(text.slice(at.end));
  return { start, end: at.end + (closing?.[0].length ?? 0) };
}

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1, none: 0 };

/** The most serious caveat among a segment's marks decides how it is drawn. */
export function strongestSeverity(marks: readonly SourceMark[]): Severity | 'quote' {
  let best: Severity | null = null;
  for (const mark of marks) {
    if (mark.kind !== 'caveat') continue;
    if (best === null || SEVERITY_RANK[mark.item.severity] > SEVERITY_RANK[best]) best = mark.item.severity;
  }
  return best ?? 'quote';
}

/** Cuts the source text at every mark boundary; each piece knows every mark covering it. */
export function segmentSource(pack: Pack): Segment[] {
  const text = pack.source.text;
  const spans: { start: number; end: number; mark: SourceMark }[] = [];
  for (const caveat of pack.caveats) {
    const at = findWords(text, caveat.claim);
    if (at) spans.push({ ...at, mark: { kind: 'caveat', item: caveat } });
  }
  for (const quote of pack.quotes) {
    const at = quote.sourceText ? findWords(text, quote.sourceText) : null;
    if (at) spans.push({ ...withQuotationMarks(text, at), mark: { kind: 'quote', item: quote } });
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const marks = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.mark);
    segments.push({ start, text: text.slice(start, end), marks });
  }
  return segments;
}

/** The segments paragraph by paragraph (a mark across a line break is split in two). */
export function paragraphsOf(segments: readonly Segment[]): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  for (const segment of segments) {
    let start = segment.start;
    segment.text.split('\n').forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text) paragraphs[paragraphs.length - 1]!.push({ start, text, marks: segment.marks });
      start += text.length + 1;
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
