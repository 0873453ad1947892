import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const SCAN_MEASURE = 'borderline:scan';

/** How long a page may take to load and be scanned (the 3.8 MB page takes a few seconds). */
export const PAGE_TIMEOUT_MS = 60_000;

export interface FirstScan {
  start: number;
  duration: number;
  mentions: number | null;
  /** Whether the gate settled the page ('gate') or it was read in full. */
  read: 'gate' | 'full' | null;
  /** Of `duration`, the gate's work in the background (pages the gate settled). */
  backgroundMs: number | null;
  seenAt: number;
}

/** What both drivers offer: a script's source evaluated in the page's main world. */
interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

/** The content script's first `borderline:scan` measure, as the page's helpers saw it (see in-page.js). */
export async function waitForFirstScan(page: Evaluates): Promise<FirstScan> {
  const scan = (await page.evaluate(`__bench.firstScan(${PAGE_TIMEOUT_MS})`)) as FirstScan | null;
  if (!scan) throw new Error(`no "${SCAN_MEASURE}" measure within ${PAGE_TIMEOUT_MS / 1000} s`);
  return scan;
}

/**
 * One tab per browser, navigated from page to page: a new tab per run would cost more than many
 * small pages take to scan. Dropped and opened again after a failure.
 */
export class Tab {
  private current: { page: Page; cdp: CDPSession } | null = null;

  constructor(readonly context: BrowserContext) {}

  async use<T>(run: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
    if (!this.current) {
      const page = await this.context.newPage();
      this.current = { page, cdp: await this.context.newCDPSession(page) };
    }
    try {
      return await run(this.current.page, this.current.cdp);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.current?.page.close().catch(() => undefined);
    this.current = null;
  }
}
