import { SIDES_REACH } from '../detect/gate/gate-reach';
import { type GateVerdict, MAX_GATE_TEXT } from '../messaging/protocol';
import { PageTextReader } from './page-text';
import { type SliceOptions, Slices } from './slices';
import type { TextMapOptions } from './text-map';

/**
 * The gate (see `detect/gate/gate.ts`), asked from the page: it is kept in the background, built once
 * for every page, and answers with its verdict and the time it took.
 */
export type AskGate = (text: string) => Promise<GateVerdict>;

/**
 * Texts longer than this are shown to the gate a part at a time (a message has a limit, and a
 * long one holds the background long); parts overlap by more than anything the gate looks for spans.
 */
const PART_CHARS = MAX_GATE_TEXT;
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
  const slices = new Slices(options.sliceMs, options.signal);
  const reader = new PageTextReader(root, options);
  while (!reader.readUntil(slices.deadline)) if (!(await slices.pause())) return null;
  let backgroundMs = 0;
  const done = (admits: boolean) => ({ admits, workMs: slices.finish() + backgroundMs, backgroundMs });
  // The page's text and its shadow roots', apart, in as few questions as will do.
  for (const part of parts(reader.read().join('\n'))) {
    const verdict = await slices.wait(ask(part));
    if (options.signal?.aborted) return null;
    backgroundMs += verdict.workMs;
    if (verdict.admits) return done(true);
  }
  return done(false);
}
