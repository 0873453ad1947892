type SchedulerWithYield = { yield?: () => Promise<void> };

/** Gives the main thread back to the page: `scheduler.yield` where it exists, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
