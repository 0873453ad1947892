import { yieldToPage } from './yield';

export interface TimeSliceOptions {
  /** How long one slice of work may hold the main thread. */
  sliceMs?: number;
  /** Aborts the work (a newer one has started). */
  signal?: AbortSignal;
}

/**
 * Work done in time slices that yield to the page between them, so that reading a huge page never
 * makes it stutter; counts the time spent working, pauses left out.
 */
export class TimeSlices {
  private workMs = 0;
  private start = performance.now();

  constructor(
    private readonly sliceMs = 8,
    private readonly signal?: AbortSignal,
  ) {}

  /** When the current slice should end (a `performance.now()` time). */
  get deadline(): number {
    return this.start + this.sliceMs;
  }

  get due(): boolean {
    return performance.now() > this.deadline;
  }

  /** Yields to the page; false if the work was aborted meanwhile. */
  async pause(): Promise<boolean> {
    await this.wait(yieldToPage());
    return !this.signal?.aborted;
  }

  /** Waits for work done elsewhere (by the background), the wait left out like a pause. */
  async wait<T>(elsewhere: Promise<T>): Promise<T> {
    this.workMs += performance.now() - this.start;
    try {
      return await elsewhere;
    } finally {
      this.start = performance.now();
    }
  }

  /** The time spent working, once done. */
  finish(): number {
    this.workMs += performance.now() - this.start;
    this.start = performance.now();
    return this.workMs;
  }
}
