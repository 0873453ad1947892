export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where to put a card of `card` size next to `anchor` (viewport coordinates): below the anchor
 * when it fits, else above, else wherever there is more room; always inside the viewport.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  const side = fitsBelow || (!fitsAbove && viewport.height - below >= anchor.top) ? 'below' : 'above';
  const rawTop = side === 'below' ? below : above;
  const top = Math.max(MARGIN, Math.min(rawTop, viewport.height - MARGIN - card.height));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - card.width));
  return { left, top, side };
}
