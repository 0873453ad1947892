import { browser } from 'wxt/browser';
import { type Gate, loadGate } from '../detect/gate/gate';
import { type GateVerdict, isBackgroundRequest } from '../messaging/protocol';
import { gateItem, loadGateData, type Prepare } from '../settings/active-pack';
import { loadStored } from '../settings/load-stored';

/**
 * The gate (see `detect/gate/gate.ts`) kept ready in the background, where it is
 * built once for every page rather than once on each: a content script shows it the page's
 * text and hears whether anything of the dispute may be there. The text comes from the
 * extension's own content script, on this machine, and is dropped once judged.
 */
export function setUpGate(prepare: Prepare): void {
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
  browser.runtime.onMessage.addListener((message) => {
    if (!isBackgroundRequest(message) || message.type !== 'borderline:gate') return undefined;
    return current().then((gate): GateVerdict => {
      const started = performance.now();
      const admits = gate.admits(message.text);
      return { admits, workMs: performance.now() - started };
    });
  });
}
