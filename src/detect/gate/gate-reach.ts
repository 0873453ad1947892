import { WIDEST_WINDOW } from '../runtime/relevance';

/**
 * How close, in characters, a term and the names of both sides must be for the gate (see
 * `gate.ts`). The detector asks for WIDEST_WINDOW at most, within one block; the gate reads
 * blocks run together, with any nested block's text in between, so it allows four times as much.
 * Apart from the gate, so that pages, which only send it text, carry none of it.
 */
export const SIDES_REACH = 4 * WIDEST_WINDOW;
