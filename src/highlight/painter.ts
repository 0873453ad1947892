import type { TopicId } from '../pack/types';
import { TOPIC_IDS } from '../pack/types';
import { adoptHighlightStyles } from './highlight-styles';

/**
 * What painted words are, which decides how they look: a sentence making a checked claim (by its
 * verdict), one of the pack's quotes (credited to the wrong person or not), or a quiet topic word.
 */
export type PaintKind = TopicId | 'claim-wrong' | 'claim-opinion' | 'claim-accurate' | 'quote' | 'quote-misattributed';

/** Painted in this order: what comes later is drawn over what comes before where ranges meet. */
const PAINT_KINDS: readonly PaintKind[] = [
  ...TOPIC_IDS,
  'quote',
  'quote-misattributed',
  'claim-accurate',
  'claim-opinion',
  'claim-wrong',
];

/** The registry names our `::highlight()` rules style; one per kind and style. */
export function highlightName(style: string, kind: PaintKind): string {
  return `borderline-${style}-${kind}`;
}

export const FOCUS_HIGHLIGHT = 'borderline-focus';

export interface Paintable {
  topic: TopicId;
  range: Range;
  /** Where the words are more than a topic word (a claim, a quote); the topic otherwise. */
  kind?: PaintKind;
}

export interface HighlightPainter {
  paint(items: Paintable[], style: string): void;
  focus(range: Range | null): void;
  clear(): void;
  /** Whether painting writes to the page's DOM (the fallback does). */
  readonly writesDom: boolean;
}

/**
 * Paints ranges with the CSS Custom Highlight API: the page's DOM is never touched, so pages
 * that own their DOM (React and friends) keep working, and clearing is one call per topic.
 */
export class Painter implements HighlightPainter {
  private names: string[] = [];
  readonly writesDom = false;

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  paint(items: Paintable[], style: string): void {
    const byKind = new Map<PaintKind, Range[]>();
    for (const item of items) {
      const kind = item.kind ?? item.topic;
      const ranges = byKind.get(kind);
      if (ranges) ranges.push(item.range);
      else byKind.set(kind, [item.range]);
    }
    this.clear();
    PAINT_KINDS.forEach((kind, priority) => {
      const ranges = byKind.get(kind);
      if (!ranges) return;
      const name = highlightName(style, kind);
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
      this.names.push(name);
    });
    // The rules that style them, for these names only (the focus is one of these ranges).
    adoptHighlightStyles(
      items.map((item) => item.range),
      [...this.names, FOCUS_HIGHLIGHT],
    );
  }

  /** Marks one range as the one the reader is looking at (keyboard focus, jump from the popup). */
  focus(range: Range | null): void {
    if (!range) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    else {
      const focused = new Highlight(range);
      focused.priority = PAINT_KINDS.length; // over whatever else is painted there
      CSS.highlights.set(FOCUS_HIGHLIGHT, focused);
    }
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    this.names = [];
  }
}
