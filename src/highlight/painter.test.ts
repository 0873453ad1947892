// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOPIC_IDS } from '../pack/types';
import { adoptHighlightStyles } from './highlight-styles';
import { FOCUS_HIGHLIGHT, type Paintable, Painter } from './painter';

/*
 * happy-dom has no CSS Custom Highlight API: the tests give it a small fake of just that API (a
 * Highlight is a set of ranges with a priority, `CSS.highlights` a map of them by name) and read
 * what the painter put in the registry. The style sheet has tests of its own; the browser tests
 * check what the browser paints.
 */
vi.mock('./highlight-styles', () => ({ adoptHighlightStyles: vi.fn() }));

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.mocked(adoptHighlightStyles).mockClear();
});

afterEach(() => vi.unstubAllGlobals());

/** One range per word of the body's paragraph, in order. */
function words(text: string): Range[] {
  document.body.innerHTML = `<p>${text}</p>`;
  const node = document.querySelector('p')!.firstChild!;
  return [...text.matchAll(/\S+/g)].map((match) => {
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    return range;
  });
}

/** The registry, by name: the text of each range and the priority. */
function painted(): Record<string, { texts: string[]; priority: number }> {
  return Object.fromEntries(
    [...registry].map(([name, highlight]) => [
      name,
      { texts: [...highlight].map((range) => range.toString()), priority: highlight.priority },
    ]),
  );
}

describe('Painter', () => {
  it('is supported only where the browser has the Custom Highlight API', () => {
    expect(Painter.supported()).toBe(true);
    vi.unstubAllGlobals();
    expect(Painter.supported()).toBe(false);
  });

  it('paints one highlight per kind, named by style and kind, what the reader can act on drawn over topic words', () => {
    const [troops, cartels, quote, misattributed, accurate, opinion, wrong, again] = words(
      'troops cartels quote misattributed accurate opinion wrong troops',
    );
    const items: Paintable[] = [
      { topic: 'troops', range: troops! },
      { topic: 'cartels', range: cartels! },
      { topic: 'troops', range: quote!, kind: 'quote' },
      { topic: 'troops', range: misattributed!, kind: 'quote-misattributed' },
      { topic: 'cartels', range: accurate!, kind: 'claim-accurate' },
      { topic: 'cartels', range: opinion!, kind: 'claim-opinion' },
      { topic: 'troops', range: wrong!, kind: 'claim-wrong' },
      { topic: 'troops', range: again! },
    ];
    new Painter().paint(items, 'underline');
    const topics = TOPIC_IDS.length;
    expect(painted()).toEqual({
      'borderline-underline-troops': { texts: ['troops', 'troops'], priority: TOPIC_IDS.indexOf('troops') },
      'borderline-underline-cartels': { texts: ['cartels'], priority: TOPIC_IDS.indexOf('cartels') },
      'borderline-underline-quote': { texts: ['quote'], priority: topics },
      'borderline-underline-quote-misattributed': { texts: ['misattributed'], priority: topics + 1 },
      'borderline-underline-claim-accurate': { texts: ['accurate'], priority: topics + 2 },
      'borderline-underline-claim-opinion': { texts: ['opinion'], priority: topics + 3 },
      'borderline-underline-claim-wrong': { texts: ['wrong'], priority: topics + 4 },
    });
    // The style rules are given every painted range, and the names in use with the focus.
    const [ranges, names] = vi.mocked(adoptHighlightStyles).mock.lastCall!;
    expect([...ranges]).toEqual(items.map((item) => item.range));
    expect([...names].sort()).toEqual([...registry.keys(), FOCUS_HIGHLIGHT].sort());
  });

  it("repaints in place of what it painted before, in the new style, and leaves the page's own highlights alone", () => {
    const [troops, quote] = words('troops quote');
    const pagesOwn = new FakeHighlight(troops!);
    registry.set('search-results', pagesOwn);
    const painter = new Painter();
    painter.paint(
      [
        { topic: 'troops', range: troops! },
        { topic: 'troops', range: quote!, kind: 'quote' },
      ],
      'underline',
    );
    painter.paint([{ topic: 'troops', range: quote!, kind: 'quote' }], 'background');
    expect(painted()).toEqual({
      'search-results': { texts: ['troops'], priority: 0 },
      'borderline-background-quote': { texts: ['quote'], priority: TOPIC_IDS.length },
    });
    painter.paint([], 'background');
    expect([...registry.keys()]).toEqual(['search-results']);
  });

  it('marks the one range in focus over everything painted, and clears it with the rest', () => {
    const [troops, wrong] = words('troops wrong');
    const painter = new Painter();
    registry.set('search-results', new FakeHighlight(troops!));
    painter.paint(
      [
        { topic: 'troops', range: troops! },
        { topic: 'troops', range: wrong!, kind: 'claim-wrong' },
      ],
      'underline',
    );
    painter.focus(troops!);
    const highest = Math.max(
      ...[...registry.values()].filter((h) => h !== registry.get(FOCUS_HIGHLIGHT)).map((h) => h.priority),
    );
    expect(painted()[FOCUS_HIGHLIGHT]).toEqual({ texts: ['troops'], priority: highest + 1 });
    painter.focus(wrong!);
    expect(painted()[FOCUS_HIGHLIGHT]?.texts).toEqual(['wrong']);
    painter.focus(null);
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);

    painter.focus(troops!);
    painter.clear();
    expect([...registry.keys()]).toEqual(['search-results']);
  });
});
