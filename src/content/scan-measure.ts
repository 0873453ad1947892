/**
 * The measure benchmarks read after each look at the page: the extension's own work, pauses
 * left out, and whether the gate settled the page (with the part of the work its background did)
 * or it was read in full.
 */
export function measureScan(
  started: number,
  workMs: number,
  detail: { mentions: number; read: 'full' } | { mentions: number; read: 'gate'; backgroundMs: number },
): void {
  performance.measure('borderline:scan', { start: started, duration: workMs, detail });
}
