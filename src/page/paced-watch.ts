import { RESCAN_SHARE, RescanPacer } from './pacer';
import { type Changes, type Watch, watchPage } from './watch';

export interface PacedWatchOptions {
  /** Nodes of our own, never a reason to look again. */
  ignore: (node: Node) => boolean;
  /** Whether a batch of changes calls for another look; a flood always does. */
  matters: (changes: Changes) => boolean;
  /** Looks at the page again; calls `pacer.begin()` and `pacer.scanned()` around its work. */
  rescan: () => void;
  signal: AbortSignal;
}

/**
 * The page watched for changes in batches (see `watchPage`), another look at it asked for when a
 * batch matters, at the pace the pacer keeps (see `RescanPacer`).
 */
export function watchPaced(options: PacedWatchOptions): { pacer: RescanPacer; watch: Watch } {
  const pacer = new RescanPacer({ share: RESCAN_SHARE, run: options.rescan, signal: options.signal });
  const watch = watchPage(document.body, {
    quietMs: 150,
    maxWaitMs: 800,
    longestWaitMs: 3_200,
    floodLimit: 1000,
    ignore: options.ignore,
    onChanges: (changes) => {
      // A look already waiting will see these changes too.
      if (pacer.waiting) return;
      // Past a flood of mutations, checking each one costs more than reading the page again.
      if (changes === 'flood' || options.matters(changes)) pacer.request();
    },
    signal: options.signal,
  });
  return { pacer, watch };
}
