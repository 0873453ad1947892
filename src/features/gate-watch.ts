import { type Gate, loadGate } from '../detect/gate';
import { opensGate } from '../page/changes';
import { gatePage } from '../page/gate-page';
import { RESCAN_SHARE, RescanPacer } from '../page/pacer';
import { watchPage } from '../page/watch';
import { loadGateData } from '../settings/active-pack';
import { measureScan } from './scan-measure';
import { loadStored } from './stored';

export interface GateWatchOptions {
  gate: Gate;
  /** Called once, when the page may hold a mention, with the work done so far. */
  onOpen: (workMs: number) => void;
  /** Called after each look that found nothing. */
  onNothing: () => void;
}

/**
 * A page before the gate lets it through: shown to the gate once, then each change with the
 * block around it, until something may be a mention. Nothing else runs meanwhile, and past a
 * flood of changes the page is shown again whole, at the pace of the rescans of a read page.
 */
export class GateWatch {
  private running: AbortController | null = null;

  constructor(private readonly options: GateWatchOptions) {}

  start(): void {
    if (this.running) return;
    const running = new AbortController();
    this.running = running;
    const { signal } = running;
    const look = async () => {
      const started = performance.now();
      const result = await gatePage(document.body, this.options.gate, { signal });
      if (!result || signal.aborted) return;
      if (result.open) {
        this.open(result.workMs);
        return;
      }
      pacer.scanned(started, result.workMs);
      measureScan(started, result.workMs, { mentions: 0, read: 'gate' });
      this.options.onNothing();
    };
    const pacer = new RescanPacer({ share: RESCAN_SHARE, run: () => void look(), signal });
    watchPage(document.body, {
      quietMs: 150,
      maxWaitMs: 800,
      floodLimit: 1000,
      ignore: () => false,
      onChanges: (changes) => {
        if (pacer.waiting) return;
        const opens = changes === 'flood' ? 'too much' : opensGate(changes, document.body, this.options.gate);
        if (opens === 'too much') pacer.request();
        else if (opens) this.open(0);
      },
      signal,
    });
    void look();
  }

  stop(): void {
    this.running?.abort();
    this.running = null;
  }

  private open(workMs: number): void {
    this.stop();
    this.options.onOpen(workMs);
  }
}

/** The stored gate, loaded (see `loadStored`). */
export const readyGate = (): Promise<Gate> => loadStored(loadGateData, (data) => loadGate(data.gate));
