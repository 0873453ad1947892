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
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let pending: MutationRecord[] = [];
  let flooded = false;
  const deliver = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadline);
    quietTimer = undefined;
    deadline = undefined;
    const changes = flooded ? 'flood' : pending;
    pending = [];
    flooded = false;
    options.onChanges(changes);
  };
  const observer = new MutationObserver((records) => {
    if (!flooded) {
      for (const record of records) if (isRelevant(record, options.ignore)) pending.push(record);
      if (pending.length === 0) return;
      if (pending.length > options.floodLimit) {
        flooded = true;
        pending = [];
      }
    }
    clearTimeout(quietTimer);
    quietTimer = setTimeout(deliver, options.quietMs);
    deadline ??= setTimeout(deliver, options.maxWaitMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(deadline);
  });
  return { discardPending: () => void observer.takeRecords() };
}
