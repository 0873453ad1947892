export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  side: Side;
  /** Set where the card must be shorter than it is to keep clear of its words: it then scrolls. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The room each side of the anchor offers, and where the card would stand there. */
function candidates(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - card.width);
  const top = clamp(anchor.top, MARGIN, viewport.height - MARGIN - card.height);
  const below = anchor.top + anchor.height + GAP;
  const right = anchor.left + anchor.width + GAP;
  return [
    { side: 'below' as const, left, top: below, room: viewport.height - MARGIN - below, across: true },
    { side: 'above' as const, left, top: NaN, room: anchor.top - GAP - MARGIN, across: true },
    { side: 'right' as const, left: right, top, room: viewport.height - 2 * MARGIN, across: false },
    {
      side: 'left' as const,
      left: anchor.left - GAP - card.width,
      top,
      room: viewport.height - 2 * MARGIN,
      across: false,
    },
  ];
}

/**
 * Where to put a card of `card` size next to `anchor` (viewport coordinates): below, above,
 * right or left of its words, in that order, wherever it fits whole without covering them or any
 * of `avoid` (the corner notice); always inside the viewport. Where no side fits whole, the side
 * with most room takes a shorter card that scrolls: the card never covers the words it explains.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Box[] = [],
): Placement {
  const options = candidates(anchor, card, viewport).filter(
    (option) => option.across || (option.left >= MARGIN && option.left + card.width <= viewport.width - MARGIN),
  );
  const boxOf = (option: (typeof options)[number], height: number): Box => ({
    left: option.left,
    top: option.side === 'above' ? anchor.top - GAP - height : option.top,
    width: card.width,
    height,
  });
  const whole = options.find(
    (option) => option.room >= card.height && !avoid.some((box) => overlaps(boxOf(option, card.height), box)),
  );
  if (whole) {
    const box = boxOf(whole, card.height);
    return { left: box.left, top: box.top, side: whole.side };
  }
  const roomiest = options
    .filter((option) => option.across)
    .reduce((best, option) => (option.room > best.room ? option : best));
  const height = Math.max(0, Math.min(card.height, roomiest.room));
  const box = boxOf(roomiest, height);
  return {
    left: box.left,
    top: clamp(box.top, MARGIN, viewport.height - MARGIN - height),
    side: roomiest.side,
    maxHeight: height,
  };
}
