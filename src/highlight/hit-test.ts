/**
 * Highlights get no events, so the pointer is hit-tested by hand: find the caret under the
 * point, look up the ranges that contain it, and confirm with the range's own boxes (a caret is
 * also reported for points in the blank margin beside a line).
 */

interface CaretPosition {
  node: Node;
  offset: number;
}

type DocumentWithCaret = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretFromPoint(doc: Document, x: number, y: number): CaretPosition | null {
  const d = doc as DocumentWithCaret;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) {
      return true;
    }
  }
  return false;
}

/** The text nodes a range touches: usually one, more where it spans inline elements. */
function textNodesOf(range: Range): Node[] {
  const { startContainer, endContainer, commonAncestorContainer } = range;
  if (startContainer === endContainer) return [startContainer];
  const nodes: Node[] = [];
  const doc = startContainer.ownerDocument;
  if (!doc) return [startContainer, endContainer];
  const walker = doc.createTreeWalker(commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node);
  }
  return nodes;
}

/** Ranges indexed by the text nodes they touch, for lookups from a caret position. */
export class RangeIndex<T extends { range: Range }> {
  private byNode = new Map<Node, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      for (const node of textNodesOf(item.range)) this.add(node, item);
    }
  }

  private add(node: Node, item: T): void {
    const list = this.byNode.get(node);
    if (list) list.push(item);
    else this.byNode.set(node, [item]);
  }

  /** The item whose range is under the point, if any. */
  at(doc: Document, x: number, y: number): T | null {
    const caret = caretFromPoint(doc, x, y);
    if (!caret) return null;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return null;
    for (const item of candidates) {
      if (item.range.isPointInRange(caret.node, caret.offset) && rangeContainsPoint(item.range, x, y)) return item;
    }
    // The caret snaps to the nearest character boundary: a point over the last glyph of a range
    // may report the offset just past its end, so fall back to the boxes alone.
    for (const item of candidates) {
      if (rangeContainsPoint(item.range, x, y)) return item;
    }
    return null;
  }
}
