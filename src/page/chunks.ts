import type { Block } from './text-map';

/** A run of whole blocks joined into one text for the detector. */
export interface Chunk {
  text: string;
  blocks: Block[];
  /** Offset of each block's text inside `text`. */
  offsets: number[];
}

/** Blank lines mark paragraph boundaries for the detector: no match spans two blocks. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Groups blocks into chunks of about `maxChars`, so that relevance is judged on a page-sized
 * neighbourhood (a whole news article) while a huge page is judged piece by piece.
 */
export function chunkBlocks(blocks: Block[], maxChars = 64_000): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { text: '', blocks: [], offsets: [] };
  for (const block of blocks) {
    if (current.blocks.length > 0 && current.text.length + BLOCK_SEPARATOR.length + block.text.length > maxChars) {
      chunks.push(current);
      current = { text: '', blocks: [], offsets: [] };
    }
    if (current.blocks.length > 0) current.text += BLOCK_SEPARATOR;
    current.offsets.push(current.text.length);
    current.blocks.push(block);
    current.text += block.text;
  }
  if (current.blocks.length > 0) chunks.push(current);
  return chunks;
}

/** The block holding chunk offset `offset`, and the offset inside that block. */
export function blockAt(chunk: Chunk, offset: number): { block: Block; offset: number } | null {
  const { offsets, blocks } = chunk;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const block = blocks[lo];
  const start = offsets[lo];
  if (!block || start === undefined) return null;
  return { block, offset: offset - start };
}
