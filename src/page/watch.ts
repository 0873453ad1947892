/**
 * One MutationObserver for the whole page, batched: the records of a burst are handed over
 * together once the page has been quiet for `quietMs`, and never later than `maxWaitMs` after
 * the first of them, so a page that never stops changing is still followed. While it goes on
 * changing without a pause, each wait is twice the last, up to `longestWaitMs`: a ticker or an
 * animation written into the text is not read again several times a second for as long as it
 * runs. Past `floodLimit` records in a batch the records themselves are dropped: the caller only
 * hears "a flood".
 */
export interface WatchOptions {
  quietMs: number;
  maxWaitMs: number;
  longestWaitMs: number;
  floodLimit: number;
  /** Elements of ours: their being added, removed or changed is never reported. */
  ignore: (node: Node) => boolean;
  onChanges: (changes: Changes | 'flood') => void;
  signal: AbortSignal;
}

/**
 * A batch of changes. Which of its records are the page's, not ours, is worked out only when
 * asked: reading a record costs a call into the browser, and a caller that knows it must look
 * at the page again (a painted mention changed) need not read thousands of them.
 */
export class Changes {
  private relevant: MutationRecord[] | undefined;

  constructor(
    private readonly all: MutationRecord[],
    private readonly ignore: (node: Node) => boolean,
  ) {}

  get records(): readonly MutationRecord[] {
    this.relevant ??= this.all.filter((record) => isRelevant(record, this.ignore));
    return this.relevant;
  }
}

function isRelevant(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  // Changed text is never ours: what we show lives in a shadow root the observer does not enter.
  if (record.type === 'characterData') return true;
  if (ignore(record.target)) return false;
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
  let waitMs = options.maxWaitMs;
  const deliver = () => {
    const records = pending;
    const flood = flooded;
    pending = [];
    flooded = false;
    options.onChanges(flood ? 'flood' : new Changes(records, options.ignore));
  };
  const check = () => {
    const now = performance.now();
    const wait = Math.min(lastChange + options.quietMs, firstChange + waitMs) - now;
    if (wait > 0) {
      timer = setTimeout(check, wait);
      return;
    }
    timer = undefined;
    const quiet = now - lastChange >= options.quietMs;
    waitMs = quiet ? options.maxWaitMs : Math.min(waitMs * 2, options.longestWaitMs);
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
