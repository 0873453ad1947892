/**
 * The share of the main thread that rescans of a changing page may take: a page scanned in
 * 10 ms is followed within half a second, while a huge one that takes 400 ms a scan and never
 * stops changing is read again every 20 s rather than all the time.
 */
export const RESCAN_SHARE = 0.02;

export interface PacerOptions {
  /** The share of time rescans may take, e.g. 0.02. */
  share: number;
  run: () => void;
  signal: AbortSignal;
  now?: () => number;
}

/**
 * Keeps the rescans a changing page asks for within a share of the main thread: after a scan
 * that took `workMs` of work, the next one starts no sooner than `workMs / share` after the
 * last one began. A typical page (a few milliseconds a scan) is followed within a frame or a few;
 * a huge page that never stops changing is read again every few seconds instead of without end.
 * A request made while a scan runs waits for it to end; requests made while one waits are the
 * same request.
 */
export class RescanPacer {
  private readyAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  /** A request made while a scan ran, made again when it ends. */
  private pending = false;
  private readonly now: () => number;

  constructor(private readonly options: PacerOptions) {
    this.now = options.now ?? (() => performance.now());
    options.signal.addEventListener('abort', () => this.cancel());
  }

  /** Whether a rescan is already waiting for its turn: further changes need no look. */
  get waiting(): boolean {
    return this.timer !== undefined || this.pending;
  }

  /** Asks for a rescan: at once if the last scan has had its rest, else when it has. */
  request(): void {
    if (this.waiting || this.options.signal.aborted) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    const wait = this.readyAt - this.now();
    if (wait <= 0) {
      this.options.run();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.options.signal.aborted) this.options.run();
    }, wait);
  }

  /** Records that a scan starts (for whatever reason): it covers any request waiting so far. */
  begin(): void {
    this.cancel();
    this.running = true;
  }

  /** Records a finished scan that started at `startedAt` and worked `workMs`. */
  scanned(startedAt: number, workMs: number): void {
    this.running = false;
    this.readyAt = startedAt + workMs / this.options.share;
    if (!this.pending) return;
    this.pending = false;
    this.request();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }
}
