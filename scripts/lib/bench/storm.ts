import { type CallFrame, type Owner, ProfileReader, samplesOfProfile } from './profile';
import { type Tab, waitForFirstScan } from './tab';

export interface StormResult {
  /** Extension JS / (page JS + the browser's native work for the page). */
  ratio: number;
  /** Extension JS / page JS: JS self-time only. */
  jsOnlyRatio: number;
  cpuMs: Record<Owner, number>;
  changes: number;
  stormMs: number;
  /** Scans that ran to the end during the storm (a newer change aborts a running one). */
  rescans: number;
  topExtension: { frame: CallFrame; ms: number }[];
}

/** 10 changes every 10 ms: 1000 a second. */
const STORM = { everyMs: 10, perTick: 10, seed: 7 };
const SAMPLING_US = 200;

/**
 * After the first scan, a page script changes the page 1000 times a second while the CPU
 * profiler samples the renderer's main thread; each sample is the extension's or the page's by
 * the script it was in (see profile.ts). The page's share counts its JS and "(program)", the
 * native work its changes cause (style, layout, paint); garbage collection is shared and left out
 * of the ratio (reported on its own).
 */
export function stormRun(tab: Tab, url: string, durationMs: number): Promise<StormResult> {
  return tab.use(async (page, cdp) => {
    await page.goto(url, { waitUntil: 'load' });
    await waitForFirstScan(page);
    await page.evaluate('__bench.prepareStorm()');
    const scansBefore = (await page.evaluate('__bench.scanCount()')) as number;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    const storm = (await page.evaluate(`__bench.storm(${JSON.stringify({ ...STORM, durationMs })})`)) as {
      changes: number;
      ms: number;
    };
    const { profile } = await cdp.send('Profiler.stop');
    const rescans = ((await page.evaluate('__bench.scanCount()')) as number) - scansBefore;
    await cdp.send('Profiler.disable');
    const reader = new ProfileReader();
    reader.add(profile.nodes);
    const samples = samplesOfProfile(profile);
    const cpuMs = reader.totals(samples);
    return {
      ratio: cpuMs.extension / (cpuMs.page + cpuMs.program),
      jsOnlyRatio: cpuMs.extension / cpuMs.page,
      cpuMs,
      changes: storm.changes,
      stormMs: storm.ms,
      rescans,
      topExtension: reader.topExtensionFunctions(samples),
    };
  });
}
