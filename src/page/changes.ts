import type { Detector } from '../detect';
import type { PageMention } from './scan';

/** The text a batch of mutations brought in: added nodes and changed text. */
function* changedTexts(records: readonly MutationRecord[]): Generator<string> {
  for (const record of records) {
    if (record.type === 'characterData') yield record.target.textContent ?? '';
    else for (const node of record.addedNodes) yield node.textContent ?? '';
  }
}

/** A painted range whose words are gone or changed (their node was edited or removed). */
export function isStale(mention: PageMention): boolean {
  const { range } = mention;
  return range.collapsed || !range.startContainer.isConnected || range.toString() !== mention.text;
}

/**
 * Whether a batch of mutations can change what Borderline shows: new text with a word of the
 * dispute in it, or a painted mention that changed under us. Anything else (ads, counters,
 * animations) costs only this check.
 */
export function needsRescan(
  records: readonly MutationRecord[],
  painted: readonly PageMention[],
  detector: Detector,
): boolean {
  if (painted.some(isStale)) return true;
  for (const text of changedTexts(records)) if (text && detector.mayMatch(text)) return true;
  return false;
}
