import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileDetector } from '../detect/compile/compile';
import { compileGate } from '../detect/gate/compile-gate';
import type { GateVerdict } from '../messaging/protocol';
import { isBackgroundRequest } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { defaultPack } from '../pack/default';
import { gateItem } from '../settings/active-pack';
import { setUpGate } from './gate-service';

/** The time by `performance.now()` in these tests: it moves only while the gate reads, 1 ms a character. */
let now = 0;
vi.mock('../detect/gate/gate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../detect/gate/gate')>();
  return {
    ...original,
    loadGate: (...args: Parameters<typeof original.loadGate>) => {
      const gate = original.loadGate(...args);
      return {
        admits: (text: string) => {
          now += text.length;
          return gate.admits(text);
        },
      };
    },
  };
});

const VERSION = '1.2.3';
const storedGate = () => ({ version: VERSION, gate: compileGate(compileDetector(defaultPack), defaultPack) });

async function ask(text: unknown): Promise<GateVerdict | undefined> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'borderline:gate', text },
    { tab: { id: 1 }, frameId: 0 } as Browser.runtime.MessageSender,
    () => undefined,
  );
  return answers.find((answer) => answer !== undefined) as GateVerdict | undefined;
}

describe('the gate in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'b', version: VERSION });
  });
  afterEach(() => vi.restoreAllMocks());

  it("judges a page's text by the stored gate, and says how long its reading took", async () => {
    await gateItem.setValue(storedGate());
    const prepare = vi.fn(async () => undefined);
    setUpGate(createRouter(isBackgroundRequest), prepare);
    const text = 'Sheinbaum rejected any presence of US troops in Mexican territory.';
    expect(await ask(text)).toEqual({ admits: true, workMs: text.length });
    expect(await ask('A recipe for lemon cake, with no word of the border.')).toMatchObject({ admits: false });
    expect(prepare).not.toHaveBeenCalled();
  });

  it('has the gate made when none is stored, or one of another version, or a damaged one', async () => {
    const prepare = vi.fn(() => gateItem.setValue(storedGate()));
    setUpGate(createRouter(isBackgroundRequest), prepare);
    expect(await ask('Mexico sued US gun makers.')).toMatchObject({ admits: true });
    expect(prepare).toHaveBeenCalledTimes(1);

    await gateItem.setValue({ version: '0.0.1', gate: storedGate().gate });
    expect(await ask('Nothing at all.')).toMatchObject({ admits: false });
    expect(prepare).toHaveBeenCalledTimes(2);

    // Damaged in storage: refused, made again, and used.
    await gateItem.setValue({ version: VERSION, gate: { format: 1, alone: '(' } as never });
    expect(await ask('Mexico sued US gun makers.')).toMatchObject({ admits: true });
    expect(prepare).toHaveBeenCalledTimes(3);
  });

  it('answers no malformed question', async () => {
    await gateItem.setValue(storedGate());
    setUpGate(createRouter(isBackgroundRequest), async () => undefined);
    expect(await ask(42)).toBeUndefined();
    expect(await ask(['Sheinbaum'])).toBeUndefined();
  });
});
