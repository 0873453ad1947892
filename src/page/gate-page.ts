import { type Gate, SIDES_REACH } from '../detect/gate';
import { PageTextReader } from './page-text';
import { type SliceOptions, Slices } from './slices';
import type { TextMapOptions } from './text-map';

/**
 * Texts longer than this are shown to the gate a part at a time, so that no single test holds
 * the main thread long; parts overlap by more than anything the gate looks for spans.
 */
const PART_CHARS = 200_000;
const PART_OVERLAP = 4 * SIDES_REACH;

function* parts(text: string): Generator<string> {
  if (text.length <= PART_CHARS) {
    yield text;
    return;
  }
  for (let from = 0; from < text.length; from += PART_CHARS - PART_OVERLAP) {
    yield text.slice(from, from + PART_CHARS);
    if (from + PART_CHARS >= text.length) return;
  }
}

export interface GatePageOptions extends TextMapOptions, SliceOptions {}

/**
 * Whether the page may hold a mention, by the gate, reading it in slices. Resolves to null if
 * called off; `workMs` is the time spent working, without the pauses.
 */
export async function gatePage(
  root: Element,
  gate: Gate,
  options: GatePageOptions = {},
): Promise<{ open: boolean; workMs: number } | null> {
  const slices = new Slices(options.sliceMs, options.signal);
  const reader = new PageTextReader(root, options);
  while (!reader.readUntil(slices.deadline)) if (!(await slices.pause())) return null;
  for (const text of reader.read()) {
    for (const part of parts(text)) {
      if (slices.due && !(await slices.pause())) return null;
      if (gate.admits(part)) return { open: true, workMs: slices.finish() };
    }
  }
  return { open: false, workMs: slices.finish() };
}
