import type { HighlightPainter, Paintable } from './painter';

/** The element the fallback wraps text in: a name no page stylesheet targets. */
export const MARK_TAG = 'borderline-mark';

const STYLES: Record<string, string> = {
  underline: 'text-decoration: underline 2px #d9480f;',
  background: 'background-color: rgba(255, 200, 0, 0.35);',
};
const FOCUS_STYLE = 'outline: 2px solid #f08c00;';

interface SplitText {
  /** The page's own text node, cut into pieces that are merged back on clear. */
  original: Text;
  pieces: Text[];
}

/**
 * For browsers without the CSS Custom Highlight API: wraps each painted range's text in a custom
 * element and puts every text node back exactly as it was on clear.
 */
export class WrapPainter implements HighlightPainter {
  readonly writesDom = true;
  private marks: HTMLElement[] = [];
  private splits = new Map<Text, SplitText>();
  private focused: HTMLElement[] = [];

  paint(items: Paintable[], style: string): void {
    this.clear();
    for (const item of items) {
      const wrapped = this.wrapRange(item.range, item.topic, STYLES[style] ?? '');
      const first = wrapped[0];
      const last = wrapped[wrapped.length - 1];
      if (!first || !last) continue;
      // The range now spans the marks, so hit-testing and scrolling keep working.
      item.range.setStartBefore(first);
      item.range.setEndAfter(last);
    }
  }

  focus(range: Range | null): void {
    for (const mark of this.focused) mark.style.removeProperty('outline');
    this.focused = range ? this.marks.filter((mark) => range.intersectsNode(mark)) : [];
    for (const mark of this.focused) mark.style.cssText += FOCUS_STYLE;
  }

  clear(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    for (const { original, pieces } of this.splits.values()) {
      for (const piece of pieces) {
        if (piece.previousSibling !== original || !piece.parentNode) break;
        original.appendData(piece.data);
        piece.remove();
      }
    }
    this.marks = [];
    this.splits = new Map();
    this.focused = [];
  }

  /** The page's text node a piece was cut from (itself if it was never cut). */
  private originOf(node: Text): Text {
    for (const split of this.splits.values()) if (split.pieces.includes(node)) return split.original;
    return node;
  }

  private split(node: Text, offset: number): Text {
    const rest = node.splitText(offset);
    const original = this.originOf(node);
    const entry = this.splits.get(original) ?? { original, pieces: [] };
    const at = entry.pieces.indexOf(node);
    entry.pieces.splice(at + 1, 0, rest);
    this.splits.set(original, entry);
    return rest;
  }

  private wrapRange(range: Range, topic: string, style: string): HTMLElement[] {
    const doc = range.startContainer.ownerDocument;
    if (!doc) return [];
    const texts: { node: Text; start: number; end: number }[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const first = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startContainer as Text) : null;
    if (first && range.startContainer === range.endContainer) {
      texts.push({ node: first, start: range.startOffset, end: range.endOffset });
    } else {
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!range.intersectsNode(node)) continue;
        const text = node as Text;
        const start = text === range.startContainer ? range.startOffset : 0;
        const end = text === range.endContainer ? range.endOffset : text.data.length;
        if (end > start) texts.push({ node: text, start, end });
      }
    }
    const wrapped: HTMLElement[] = [];
    for (const { node, start, end } of texts) {
      let piece = node;
      if (start > 0) piece = this.split(piece, start);
      if (end - start < piece.data.length) this.split(piece, end - start);
      const mark = doc.createElement(MARK_TAG);
      mark.dataset.topic = topic;
      mark.style.cssText = style;
      piece.parentNode?.insertBefore(mark, piece);
      mark.append(piece);
      this.marks.push(mark);
      wrapped.push(mark);
    }
    return wrapped;
  }
}
