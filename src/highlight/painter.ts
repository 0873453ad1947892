import type { TopicId } from '../pack/types';
import { TOPIC_IDS } from '../pack/types';
import { adoptHighlightStyles } from './highlight-styles';

/** The registry names our `::highlight()` rules style; one per topic and style. */
export function highlightName(style: string, topic: TopicId): string {
  return `borderline-${style}-${topic}`;
}

export const FOCUS_HIGHLIGHT = 'borderline-focus';

export interface Paintable {
  topic: TopicId;
  range: Range;
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
    const byTopic = new Map<TopicId, Range[]>();
    for (const item of items) {
      const ranges = byTopic.get(item.topic);
      if (ranges) ranges.push(item.range);
      else byTopic.set(item.topic, [item.range]);
    }
    this.clear();
    for (const topic of TOPIC_IDS) {
      const ranges = byTopic.get(topic);
      if (!ranges) continue;
      const name = highlightName(style, topic);
      CSS.highlights.set(name, new Highlight(...ranges));
      this.names.push(name);
    }
    // The rules that style them, for these names only (the focus is one of these ranges).
    adoptHighlightStyles(
      items.map((item) => item.range),
      [...this.names, FOCUS_HIGHLIGHT],
    );
  }

  /** Marks one range as the one the reader is looking at (keyboard focus, jump from the popup). */
  focus(range: Range | null): void {
    if (range) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
    else CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    this.names = [];
  }
}
