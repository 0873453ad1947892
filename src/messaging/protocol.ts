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

/** Messages the content script answers (from the popup or the background). */
export type ContentRequest = { type: 'borderline:get-summary' } | { type: 'borderline:reveal-mention'; index: number };

/** Messages the background answers (from content scripts). */
export type BackgroundRequest =
  | { type: 'borderline:mention-count'; count: number }
  /** Pages cannot open extension pages themselves; the background opens the source view. */
  | { type: 'borderline:open-source' };

const CONTENT_TYPES = new Set(['borderline:get-summary', 'borderline:reveal-mention']);

/** Messages cross a trust boundary: check their shape before acting on them. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, index } = message as { type?: unknown; index?: unknown };
  if (typeof type !== 'string' || !CONTENT_TYPES.has(type)) return false;
  return type !== 'borderline:reveal-mention' || (Number.isInteger(index) && (index as number) >= 0);
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, count } = message as { type?: unknown; count?: unknown };
  if (type === 'borderline:open-source') return true;
  return type === 'borderline:mention-count' && Number.isInteger(count) && (count as number) >= 0;
}
