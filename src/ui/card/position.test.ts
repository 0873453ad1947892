import { describe, expect, it } from 'vitest';
import { type Box, placeCard } from './position';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

function cardBox(place: ReturnType<typeof placeCard>, size = card): Box {
  return { left: place.left, top: place.top, width: size.width, height: place.maxHeight ?? size.height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeCard', () => {
  it('puts the card below its anchor when there is room', () => {
    const place = placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, viewport);
    expect(place).toEqual({ left: 100, top: 126, side: 'below' });
  });

  it('flips above near the bottom edge', () => {
    const place = placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, viewport);
    expect(place.side).toBe('above');
    expect(place.top).toBe(700 - 6 - 300);
  });

  it('shifts left at the right edge and stays inside the viewport', () => {
    const place = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(place.left).toBe(1000 - 8 - 380);
  });

  it('goes beside the words where neither above nor below has room, without covering them', () => {
    const anchor = { left: 100, top: 380, width: 120, height: 20 };
    const tall = { width: 380, height: 500 };
    const place = placeCard(anchor, tall, viewport);
    expect(place.side).toBe('right');
    expect(overlaps(cardBox(place, tall), anchor)).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + tall.height).toBeLessThanOrEqual(800 - 8);
  });

  it('keeps clear of the corner notice', () => {
    const notice = { left: 700, top: 700, width: 290, height: 90 };
    const anchor = { left: 650, top: 380, width: 60, height: 20 };
    const place = placeCard(anchor, card, viewport, [notice]);
    expect(overlaps(cardBox(place), notice)).toBe(false);
    expect(overlaps(cardBox(place), anchor)).toBe(false);
  });

  it('shortens the card, never covering its words, in a window too small for it anywhere', () => {
    const small = { width: 400, height: 320 };
    for (const top of [20, 150, 280]) {
      const anchor = { left: 10, top, width: 380, height: 20 };
      const place = placeCard(anchor, card, small);
      const box = cardBox(place);
      expect(overlaps(box, anchor), `anchor at ${top}`).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(8);
      expect(box.top + box.height).toBeLessThanOrEqual(320 - 8);
    }
  });
});
