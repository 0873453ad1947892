// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { caretFromPoint, RangeIndex, rangeContainsPoint } from './hit-test';

/*
 * happy-dom lays nothing out: it has no caretPositionFromPoint and gives every range no boxes. The
 * tests give the document a caret and each range its boxes, small fakes of just those two APIs,
 * and check the logic that works from them. The browser tests hover real painted words.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gives a range the boxes the browser would lay its text out in. */
function laidOut(range: Range, ...boxes: Box[]): Range {
  Object.defineProperty(range, 'getClientRects', { value: () => boxes, configurable: true });
  return range;
}

type Caret = { offsetNode: Node; offset: number } | null;

/** Makes `document.caretPositionFromPoint` answer with `at(x, y)`. */
function caretAt(at: (x: number, y: number) => Caret): void {
  Object.defineProperty(document, 'caretPositionFromPoint', { value: at, configurable: true });
}

afterEach(() => {
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

function rangeOver(node: Node, start: number, end: number, endNode = node): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

describe('caretFromPoint', () => {
  it("uses the standard caretPositionFromPoint, else Chromium's caretRangeFromPoint, else finds none", () => {
    document.body.innerHTML = '<p>US troops</p>';
    const text = document.querySelector('p')!.firstChild!;
    expect(caretFromPoint(document, 1, 1)).toBeNull();

    Object.defineProperty(document, 'caretRangeFromPoint', {
      value: (x: number) => rangeOver(text, x, x),
      configurable: true,
    });
    expect(caretFromPoint(document, 4, 0)).toEqual({ node: text, offset: 4 });

    caretAt((x) => ({ offsetNode: text, offset: x + 1 }));
    expect(caretFromPoint(document, 4, 0)).toEqual({ node: text, offset: 5 });
    caretAt(() => null);
    expect(caretFromPoint(document, 4, 0)).toBeNull();
  });
});

describe('rangeContainsPoint', () => {
  it('is true inside any of the boxes of a range, within a pixel of slop, and false elsewhere', () => {
    document.body.innerHTML = '<p>US troops</p>';
    const range = laidOut(
      rangeOver(document.querySelector('p')!.firstChild!, 3, 9),
      { left: 100, top: 10, right: 150, bottom: 30 },
      // The words wrapped: the rest on the next line.
      { left: 0, top: 30, right: 20, bottom: 50 },
    );
    expect(rangeContainsPoint(range, 120, 20)).toBe(true);
    expect(rangeContainsPoint(range, 10, 40)).toBe(true);
    expect(rangeContainsPoint(range, 151, 20)).toBe(true);
    expect(rangeContainsPoint(range, 153, 20)).toBe(false);
    expect(rangeContainsPoint(range, 153, 20, 4)).toBe(true);
    // Beside the first line, where the second has no text.
    expect(rangeContainsPoint(range, 60, 20)).toBe(false);
    expect(rangeContainsPoint(laidOut(range), 120, 20)).toBe(false);
  });
});

describe('RangeIndex', () => {
  /** "US troops and cartels", with "troops" at 10–40 and "cartels" at 60–100 on a line 0–20 high. */
  function setUp() {
    document.body.innerHTML = '<p>US troops and <b>car</b>tels</p>';
    const [first, bold, last] = document.querySelector('p')!.childNodes as unknown as [Text, Element, Text];
    const troops = {
      name: 'troops',
      range: laidOut(rangeOver(first, 3, 9), { left: 10, top: 0, right: 40, bottom: 20 }),
    };
    const cartels = {
      name: 'cartels',
      range: laidOut(rangeOver(bold.firstChild!, 0, 4, last), { left: 60, top: 0, right: 100, bottom: 20 }),
    };
    return { first, carText: bold.firstChild!, tels: last, troops, cartels, index: new RangeIndex([troops, cartels]) };
  }

  it('finds the range under the point from the caret there', () => {
    const { first, carText, tels, index } = setUp();
    caretAt((x) => (x < 50 ? { offsetNode: first, offset: 5 } : { offsetNode: x < 80 ? carText : tels, offset: 1 }));
    expect(index.at(document, 20, 10)?.name).toBe('troops');
    // A range across an inline element is found from either of its text nodes.
    expect(index.at(document, 70, 10)?.name).toBe('cartels');
    expect(index.at(document, 90, 10)?.name).toBe('cartels');
  });

  it('finds nothing where the caret is in unpainted text, or in no text at all', () => {
    const { first, index } = setUp();
    // "US " before "troops".
    caretAt(() => ({ offsetNode: first, offset: 1 }));
    expect(index.at(document, 5, 10)).toBeNull();
    caretAt(() => ({ offsetNode: document.body, offset: 0 }));
    expect(index.at(document, 20, 10)).toBeNull();
    caretAt(() => null);
    expect(index.at(document, 20, 10)).toBeNull();
  });

  it('finds nothing in the blank margin beside a line, where the caret still lands in the words', () => {
    const { first, index } = setUp();
    caretAt(() => ({ offsetNode: first, offset: 5 }));
    expect(index.at(document, 20, 60)).toBeNull();
  });

  it('finds the range over its last glyph, where the caret snaps to a boundary past its end', () => {
    const { first, index } = setUp();
    // Past "troops" (3–9): offset 10 is outside the range, but the point is on its box.
    caretAt(() => ({ offsetNode: first, offset: 10 }));
    expect(index.at(document, 39, 10)?.name).toBe('troops');
  });
});
