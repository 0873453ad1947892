import { SIDES_REACH } from '../detect/gate/gate-reach';
import { collapseSpaces } from '../detect/text/spaces';
import { type GateVerdict, MAX_GATE_TEXT } from '../messaging/protocol';
import { PageTextReader } from './page-text';
import type { TextMapOptions } from './text-map';
import { type TimeSliceOptions, TimeSlices } from './time-slices';

/**
 * The gate (see `detect/gate/gate.ts`), asked from the page: it is kept in the background, built once
 * for every page, and answers with its verdict and the time it took.
 */
export type AskGate = (text: string) => Promise<GateVerdict>;

/**
 * Texts longer than this are shown to the gate a window at a time (a message has a limit, and a
 * long one holds the background long); windows overlap by more than anything the gate looks for spans.
 */
const WINDOW_CHARS = MAX_GATE_TEXT;
const WINDOW_OVERLAP = 4 * SIDES_REACH;

function* gateWindows(text: string): Generator<string> {
  if (text.length <= WINDOW_CHARS) {
    yield text;
    return;
  }
  for (let from = 0; from < text.length; from += WINDOW_CHARS - WINDOW_OVERLAP) {
    yield text.slice(from, from + WINDOW_CHARS);
    if (from + WINDOW_CHARS >= text.length) return;
  }
}

export interface GatePageOptions extends TextMapOptions, TimeSliceOptions {}

export interface GateLook {
  /** Whether the gate lets the page through. */
  admits: boolean;
  /** The time spent working, here and in the background, without the pauses. */
  workMs: number;
  /** Of which in the background. */
  backgroundMs: number;
}

/** Whether the page may hold a mention, by the gate, reading it in slices. Resolves to null if aborted. */
export async function gatePage(root: Element, ask: AskGate, options: GatePageOptions = {}): Promise<GateLook | null> {
  const slices = new TimeSlices(options.sliceMs, options.signal);
  const reader = new PageTextReader(root, options);
  while (!reader.readUntil(slices.deadline)) if (!(await slices.pause())) return null;
  let backgroundMs = 0;
  const done = (admits: boolean) => ({ admits, workMs: slices.finish() + backgroundMs, backgroundMs });
  // The page's text and its shadow roots', apart, in as few questions as will do, and as few
  // characters: the message's cost grows with its length.
  for (const windowText of gateWindows(collapseSpaces(reader.read().join('\n')))) {
    const verdict = await slices.wait(ask(windowText));
    if (options.signal?.aborted) return null;
    backgroundMs += verdict.workMs;
    if (verdict.admits) return done(true);
  }
  return done(false);
}
