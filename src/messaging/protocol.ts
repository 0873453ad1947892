import type { TopicId } from '../pack/types';

/** What a tab's content script knows about its page. */
export interface PageSummary {
  url: string;
  enabled: boolean;
  about: boolean;
  mentionCount: number;
  /** Fewer than `mentionCount` where a page has more mentions than are worth painting. */
  paintedCount: number;
  topics: Partial<Record<TopicId, number>>;
  mentions: { index: number; topic: TopicId; text: string }[];
}

/** The keyboard commands of the manifest, relayed by the background to the tab's top frame. */
export const COMMANDS = ['toggle-site', 'next-mention', 'previous-mention'] as const;
export type Command = (typeof COMMANDS)[number];

/** Longer than any quote of a pack; a selection beyond it is not a quote to check. */
export const MAX_CHECK_TEXT = 5_000;

/** Messages the content script answers (from the popup or the background). */
export type ContentRequest =
  | { type: 'borderline:get-summary' }
  | { type: 'borderline:reveal-mention'; index: number }
  /** "Check this quote" on a selection: answered in the card, at the selection. */
  | { type: 'borderline:check-quote'; text: string }
  | { type: 'borderline:command'; command: Command };

/**
 * The most text one question to the gate may carry: a page's text goes in parts no longer than
 * this (see `page/gate-page.ts`), so that no message comes near the browser's limit.
 */
export const MAX_GATE_TEXT = 1_000_000;

/** The gate's answer: whether the text may hold a mention, and how long the background worked on it. */
export interface GateVerdict {
  admits: boolean;
  workMs: number;
}

/** Messages the background answers (from content scripts). */
export type BackgroundRequest =
  | { type: 'borderline:mention-count'; count: number }
  /** Whether a text may hold a mention (see `detect/gate.ts`), answered with a `GateVerdict`. */
  | { type: 'borderline:gate'; text: string }
  /** Pages cannot open extension pages themselves; the background opens the source view. */
  | { type: 'borderline:open-source' }
  /** The stored pack and detector are missing or stale: the background makes them again. */
  | { type: 'borderline:prepare-pack' };

function isRecord(message: unknown): message is Record<string, unknown> {
  return typeof message === 'object' && message !== null;
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Messages cross a trust boundary: check their shape before acting on them. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'borderline:get-summary':
      return true;
    case 'borderline:reveal-mention':
      return isIndex(message.index);
    case 'borderline:check-quote':
      return typeof message.text === 'string' && message.text.trim() !== '' && message.text.length <= MAX_CHECK_TEXT;
    case 'borderline:command':
      return isCommand(message.command);
    default:
      return false;
  }
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'borderline:open-source':
    case 'borderline:prepare-pack':
      return true;
    case 'borderline:mention-count':
      return isIndex(message.count);
    case 'borderline:gate':
      return typeof message.text === 'string' && message.text.length <= MAX_GATE_TEXT;
    default:
      return false;
  }
}

export function isGateVerdict(answer: unknown): answer is GateVerdict {
  return (
    isRecord(answer) &&
    typeof answer.admits === 'boolean' &&
    typeof answer.workMs === 'number' &&
    Number.isFinite(answer.workMs) &&
    answer.workMs >= 0
  );
}

export function isCommand(value: unknown): value is Command {
  return COMMANDS.includes(value as Command);
}
