/**
 * One MutationObserver for the whole page, batched: the records of a burst are handed over
 * together once the page has been quiet for `quietMs`, and never later than `maxWaitMs` after
 * the first of them, so a page that never stops changing is still followed. Past `floodLimit`
 * records in a batch the records themselves are dropped: the caller only hears "a flood".
 */
export interface WatchOptions {
  quietMs: number;
  maxWaitMs: number;
  floodLimit: number;
  /** Mutations inside these nodes are ours and never reported. */
  ignore: (node: Node) => boolean;
  onChanges: (changes: MutationRecord[] | 'flood') => void;
  signal: AbortSignal;
}

function isRelevant(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  if (ignore(record.target)) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (!ignore(node)) return true;
  for (const node of record.removedNodes) if (!ignore(node)) return true;
  return false;
}

export interface Watch {
  /** Forgets mutations queued so far: the caller's own DOM writes are no change to report. */
  discardPending(): void;
}

export function watchPage(root: Node, options: WatchOptions): Watch {
  // The observer's callback runs for every burst of a busy page: it only collects. Sorting the
  // records out and deciding when to speak happen at most once per quiet period.
  let pending: MutationRecord[] = [];
  let flooded = false;
  let firstChange = 0;
  let lastChange = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = () => {
    const records = pending;
    const flood = flooded;
    pending = [];
    flooded = false;
    if (flood) {
      options.onChanges('flood');
      return;
    }
    const relevant = records.filter((record) => isRelevant(record, options.ignore));
    if (relevant.length > 0) options.onChanges(relevant);
  };
  const check = () => {
    const now = performance.now();
    const wait = Math.min(lastChange + options.quietMs, firstChange + options.maxWaitMs) - now;
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    timer = undefined;
    deliver();
  };
  const observer = new MutationObserver((records) => {
    lastChange = performance.now();
    if (timer === undefined) {
      firstChange = lastChange;
      timer = setTimeout(check, options.quietMs);
    }
    if (flooded) return;
    for (const record of records) pending.push(record);
    if (pending.length > options.floodLimit) {
      flooded = true;
      pending = [];
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return { discardPending: () => void observer.takeRecords() };
}
