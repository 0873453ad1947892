import { describe, expect, it } from 'vitest';
import { placeCard } from './position';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

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

  it('clamps into a viewport too short for either side', () => {
    const place = placeCard({ left: 10, top: 150, width: 40, height: 20 }, card, { width: 400, height: 320 });
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + card.height).toBeLessThanOrEqual(320 - 8);
  });
});
