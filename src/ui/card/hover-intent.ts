/**
 * When a hover card opens and closes: open after a dwell on a target, stay open while the
 * pointer travels to the card, close a moment after it has left both.
 */
export interface HoverIntentOptions<T> {
  openDelayMs: number;
  closeDelayMs: number;
  open: (target: T) => void;
  close: () => void;
}

export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | null = null;
  private shown: T | null = null;
  private overCard = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  get current(): T | null {
    return this.shown;
  }

  setOpenDelay(ms: number): void {
    this.options.openDelayMs = ms;
  }

  /** The pointer is over `target` (or over nothing of ours, when null). */
  pointerOver(target: T | null): void {
    if (target === this.pending || (target !== null && target === this.shown && this.pending === null)) {
      if (target !== null) this.cancelClose();
      return;
    }
    clearTimeout(this.openTimer);
    this.pending = null;
    if (target === null) {
      if (this.shown !== null && !this.overCard) this.scheduleClose();
      return;
    }
    if (target === this.shown) {
      this.cancelClose();
      return;
    }
    this.pending = target;
    this.openTimer = setTimeout(() => {
      this.pending = null;
      this.show(target);
    }, this.options.openDelayMs);
  }

  cardEntered(): void {
    this.overCard = true;
    this.cancelClose();
  }

  cardLeft(): void {
    this.overCard = false;
    if (this.shown !== null) this.scheduleClose();
  }

  /** Opens at once (keyboard focus, a jump from the popup). */
  show(target: T): void {
    clearTimeout(this.openTimer);
    this.cancelClose();
    this.pending = null;
    this.shown = target;
    this.options.open(target);
  }

  /** Closes at once (Escape, the close button). */
  hide(): void {
    clearTimeout(this.openTimer);
    this.cancelClose();
    this.pending = null;
    this.overCard = false;
    if (this.shown === null) return;
    this.shown = null;
    this.options.close();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.hide();
    }, this.options.closeDelayMs);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
