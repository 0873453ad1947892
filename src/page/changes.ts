import type { Detector } from '../detect';
import type { ClaimFinder } from '../detect/claims';
import type { PageMention } from './scan';
import { closestBlock } from './text-map';
import type { Changes } from './watch';

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
 * Whether a batch of mutations can change what Borderline shows: a painted mention that changed
 * under us (looked at first: then the records need not be read), or new text with a word of the
 * dispute in it, or the words of a checked claim. Anything else (ads, counters, animations) costs
 * only this check.
 */
export function needsRescan(
  changes: Changes,
  painted: readonly PageMention[],
  detector: Detector,
  claims?: Pick<ClaimFinder, 'mayMatch'>,
): boolean {
  if (painted.some(isStale)) return true;
  for (const text of changedTexts(changes.records))
    if (text && (detector.mayMatch(text) || claims?.mayMatch(text))) return true;
  return false;
}

/**
 * The texts a batch of mutations touched, each with the words around it: the whole block a
 * change is in (a word typed into a paragraph counts with the paragraph), or, for what was added
 * straight into the root, what was added.
 */
function* touchedTexts(records: readonly MutationRecord[], root: Node): Generator<string> {
  const blocks = new Set<Element>();
  for (const record of records) {
    const block = closestBlock(record.target, root);
    if (block) blocks.add(block);
    else yield* changedTexts([record]);
  }
  for (const block of blocks) yield block.textContent ?? '';
}

/** More changed text than this in one batch is read again with the rest of the page, in slices. */
const CHANGED_TEXT_LIMIT = 200_000;

/**
 * What a batch of mutations, on a page the gate found nothing on, brings in for the gate to
 * judge, in one piece: null if nothing, or, past CHANGED_TEXT_LIMIT characters, "too much" (the
 * caller reads the whole page again, in slices).
 */
export function textForGate(changes: Changes, root: Node): string | null | 'too much' {
  const texts: string[] = [];
  let length = 0;
  for (const text of touchedTexts(changes.records, root)) {
    length += text.length + 1;
    if (length > CHANGED_TEXT_LIMIT) return 'too much';
    texts.push(text);
  }
  // Apart, so that neighbouring texts run together no more than the page's own text does.
  return texts.length > 0 ? texts.join('\n') : null;
}
