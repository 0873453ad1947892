/**
 * The measure benchmarks read after each look at the page: the extension's own work, pauses
 * left out, and whether the gate settled the page or it was read in full.
 */
export function measureScan(
  started: number,
  workMs: number,
  detail: { mentions: number; read: 'gate' | 'full' },
): void {
  performance.measure('borderline:scan', { start: started, duration: workMs, detail });
}
