import { type Gate, loadGate } from '../detect/gate/gate';
import type { BackgroundRequest, GateVerdict } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import { gateItem, loadGateData, type Prepare } from '../settings/active-pack';
import { loadStored } from '../settings/load-stored';

/**
 * The gate (see `detect/gate/gate.ts`) kept ready in the background, where it is
 * built once for every page rather than once on each: a content script shows it the page's
 * text and hears whether anything of the dispute may be there. The text comes from the
 * extension's own content script, on this machine, and is dropped once judged.
 */
export function setUpGate(router: Router<BackgroundRequest>, prepare: Prepare): void {
  let ready: Promise<Gate> | null = null;
  const read = (options: { remake?: boolean }) => loadGateData(prepare, options);
  const current = () => {
    ready ??= loadStored(read, (data) => loadGate(data.gate)).catch((error: unknown) => {
      // The next question tries again.
      ready = null;
      throw error;
    });
    return ready;
  };
  // A new pack makes a new gate.
  gateItem.watch(() => {
    ready = null;
  });
  router.handle({
    'borderline:gate': (message) =>
      current().then((gate): GateVerdict => {
        const started = performance.now();
        const admits = gate.admits(message.text);
        return { admits, workMs: performance.now() - started };
      }),
  });
}
