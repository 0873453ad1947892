/**
 * One MutationObserver for the whole page, batched: many changes in a burst become one rescan,
 * scheduled after the page has been quiet for `quietMs` but never later than `maxWaitMs` after
 * the first change, so a page that never stops changing still gets painted.
 */
export interface WatchOptions {
  quietMs: number;
  maxWaitMs: number;
  /** Mutations inside these nodes are ours (or of no interest) and never trigger a rescan. */
  ignore: (node: Node) => boolean;
  onChange: () => void;
  signal: AbortSignal;
}

function isRelevant(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  if (ignore(record.target)) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (!ignore(node)) return true;
  for (const node of record.removedNodes) if (!ignore(node)) return true;
  return false;
}

export function watchPage(root: Node, options: WatchOptions): void {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadline);
    quietTimer = undefined;
    deadline = undefined;
    options.onChange();
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => isRelevant(record, options.ignore))) return;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(fire, options.quietMs);
    deadline ??= setTimeout(fire, options.maxWaitMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(deadline);
  });
}
