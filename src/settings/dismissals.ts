import { storage } from 'wxt/utils/storage';
import { type Dismissal, type DismissalChange, type ListOutcome, MAX_DISMISSALS } from '../messaging/protocol';
import { askListChange } from './list-change';

/**
 * Mentions the reader said are not about the dispute ("This is not about the dispute" on a
 * card), by page: kept on this device only, for the reader to review and clear on the options
 * page. Only the background writes the list (see `background/dismissal-writes.ts`).
 */
export const dismissalsItem = storage.defineItem<Dismissal[]>('local:dismissedMentions', { fallback: [] });

/** A page as dismissals name it: its address without query or fragment. */
export function pageOf(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

/** The words as compared: case and runs of spaces do not make another mention. */
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

const same = (a: Dismissal, b: Dismissal) => a.page === b.page && fold(a.text) === fold(b.text);

/** The list after a change; null when it would hold more than MAX_DISMISSALS. */
export function applyDismissalChange(list: readonly Dismissal[], change: DismissalChange): Dismissal[] | null {
  let next = change.clear ? [] : [...list];
  const { add, remove } = change;
  if (remove) next = next.filter((entry) => !same(entry, remove));
  if (add && !next.some((entry) => same(entry, add))) next.push({ page: add.page, text: add.text.trim() });
  return next.length > MAX_DISMISSALS ? null : next;
}

/** Whether the reader dismissed these words on this page. */
export function dismissedOn(list: readonly Dismissal[], page: string): (text: string) => boolean {
  const words = new Set(list.filter((entry) => entry.page === page).map((entry) => fold(entry.text)));
  return (text) => words.has(fold(text));
}

/** Asks the background, the one writer of the list, for a change (see `askListChange`). */
export const changeDismissals = (change: DismissalChange): Promise<ListOutcome> =>
  askListChange({ type: 'borderline:change-dismissals', change });
