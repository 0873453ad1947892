import type { ListOutcome } from '../messaging/protocol';
import { changeDismissals, dismissalsItem, dismissedOn, pageOf } from '../settings/dismissals';

export interface PageDismissals {
  /** Whether the reader said these words, on this page, are not about the dispute. */
  words(text: string): boolean;
  dismiss(text: string): Promise<ListOutcome>;
}

/**
 * The mentions the reader marked as not about the dispute on this page, followed as the list
 * changes (from this tab, another, or the options page); `onChange` when this page's part of it
 * changed.
 */
export function setUpDismissals({ signal, onChange }: { signal: AbortSignal; onChange: () => void }): PageDismissals {
  const page = pageOf(location.href);
  let words = (_text: string) => false;
  let seen = '';
  const update = (list: Parameters<typeof dismissedOn>[0]) => {
    const mine = JSON.stringify(list.filter((entry) => entry.page === page));
    if (mine === seen) return;
    seen = mine;
    words = dismissedOn(list, page);
    onChange();
  };
  void dismissalsItem.getValue().then(
    (list) => update(list),
    () => undefined,
  );
  const unwatch = dismissalsItem.watch((list) => update(list ?? []));
  signal.addEventListener('abort', unwatch);
  return {
    words: (text) => words(text),
    dismiss: (text) => changeDismissals({ add: { page, text } }),
  };
}
