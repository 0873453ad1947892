import { type HighlightPainter, Painter } from './painter';
import { WrapPainter } from './wrap-painter';

/** The Custom Highlight API where the browser has it, else the wrapping fallback. */
export function createPainter(): HighlightPainter {
  return Painter.supported() ? new Painter() : new WrapPainter();
}
