import type { ListOutcome } from '../messaging/protocol';

/** A list the reader changes from any tab or page, stored by the background alone. */
export interface StoredList<Item, Change> {
  load(): Promise<Item[]>;
  save(items: Item[]): Promise<void>;
  /** The list after a change; null when the change would make it longer than it may be. */
  apply(items: readonly Item[], change: Change): Item[] | null;
  /** Called after each kept write. */
  written?(items: readonly Item[]): void;
}

interface Pending<Change> {
  change: Change;
  resolve: (outcome: ListOutcome) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The one writer of a list. Every change, from any tab, the popup or the options page, goes
 * through its queue: the changes that arrive while a write is under way are applied together in
 * the next one, so two tabs changing it at once are both kept and a burst of changes costs a few
 * writes. A write the browser refuses changes nothing: the list stored before stays whole.
 */
export class ListWriter<Item, Change> {
  private pending: Pending<Change>[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly list: StoredList<Item, Change>) {}

  change(change: Change): Promise<ListOutcome> {
    return new Promise((resolve) => {
      this.pending.push({ change, resolve });
      this.queue = this.queue.then(() => this.flush());
    });
  }

  /** Applies every change waiting, in the order asked, in one write. */
  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    let items: Item[];
    try {
      items = await this.list.load();
    } catch (error) {
      for (const { resolve } of batch) resolve({ ok: false, problem: 'storage', detail: message(error) });
      return;
    }
    const applied: Pending<Change>[] = [];
    for (const pending of batch) {
      const next = this.list.apply(items, pending.change);
      if (next) {
        items = next;
        applied.push(pending);
      } else pending.resolve({ ok: false, problem: 'full' });
    }
    if (applied.length === 0) return;
    try {
      await this.list.save(items);
    } catch (error) {
      for (const { resolve } of applied) resolve({ ok: false, problem: 'storage', detail: message(error) });
      return;
    }
    for (const { resolve } of applied) resolve({ ok: true, count: items.length });
    this.list.written?.(items);
  }
}
