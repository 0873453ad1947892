import type { Block } from './text-map';

/** A stretch of one block's text placed in a chunk (a whole block, unless the block is huge). */
export interface BlockSpan {
  block: Block;
  /** Where the span starts in the block's text. */
  from: number;
  to: number;
  /** Where the span starts in the chunk's text. */
  offset: number;
}

/** A run of blocks (or of spans of one huge block) joined into one text for the detector. */
export interface Chunk {
  text: string;
  spans: BlockSpan[];
}

/** Blank lines mark paragraph boundaries for the detector: no match spans two blocks. */
export const BLOCK_SEPARATOR = '\n\n';

/** Where to cut a huge block: at a line break or a space near the limit, so words stay whole. */
function cutPoint(text: string, from: number, maxChars: number): number {
  const limit = from + maxChars;
  if (limit >= text.length) return text.length;
  const floor = from + (maxChars >> 1);
  const newline = text.lastIndexOf('\n', limit);
  if (newline > floor) return newline + 1;
  const space = text.lastIndexOf(' ', limit);
  return space > floor ? space + 1 : limit;
}

/**
 * Groups blocks into chunks of about `maxChars`, so that relevance is judged on a page-sized
 * neighbourhood (a whole news article) while a huge page, or one huge text node, is judged
 * span by span and never in one long task.
 */
export function chunkBlocks(blocks: Block[], maxChars = 64_000): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { text: '', spans: [] };
  const add = (block: Block, from: number, to: number) => {
    const length = to - from;
    if (current.spans.length > 0 && current.text.length + BLOCK_SEPARATOR.length + length > maxChars) {
      chunks.push(current);
      current = { text: '', spans: [] };
    }
    if (current.spans.length > 0) current.text += BLOCK_SEPARATOR;
    current.spans.push({ block, from, to, offset: current.text.length });
    current.text += from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
  };
  for (const block of blocks) {
    for (let from = 0; from < block.text.length; ) {
      const to = cutPoint(block.text, from, maxChars);
      add(block, from, to);
      from = to;
    }
  }
  if (current.spans.length > 0) chunks.push(current);
  return chunks;
}

/** The span holding chunk offset `offset`, and the matching offset in its block. */
export function blockAt(chunk: Chunk, offset: number): { span: BlockSpan; block: Block; offset: number } | null {
  const { spans } = chunk;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.offset ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  if (!span) return null;
  return { span, block: span.block, offset: span.from + offset - span.offset };
}
