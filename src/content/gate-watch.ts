import { textForGate } from '../page/changes';
import { type AskGate, gatePage } from '../page/gate-page';
import { watchPaced } from '../page/paced-watch';
import { measureScan } from './scan-measure';

export interface GateWatchOptions {
  ask: AskGate;
  /** Called once, when the page may hold a mention, with the work done so far. */
  onAdmit: (workMs: number) => void;
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
    const { ask } = this.options;
    const look = async () => {
      pacer.begin();
      const started = performance.now();
      const result = await gatePage(document.body, ask, { signal });
      if (!result || signal.aborted) return;
      if (result.admits) {
        this.admit(result.workMs);
        return;
      }
      pacer.scanned(started, result.workMs);
      measureScan(started, result.workMs, { mentions: 0, read: 'gate', backgroundMs: result.backgroundMs });
      this.options.onNothing();
    };
    const { pacer } = watchPaced({
      // Before the page tools load there is no UI of ours on the page.
      ignore: () => false,
      matters: (changes) => {
        const text = textForGate(changes, document.body);
        if (text === 'too much') return true;
        // Text that may hold a mention needs no further look by the gate: the tools take over.
        if (text !== null) {
          void ask(text).then((verdict) => {
            if (verdict.admits && !signal.aborted) this.admit(verdict.workMs);
          });
        }
        return false;
      },
      rescan: () => void look(),
      signal,
    });
    void look();
  }

  stop(): void {
    this.running?.abort();
    this.running = null;
  }

  private admit(workMs: number): void {
    this.stop();
    this.options.onAdmit(workMs);
  }
}
