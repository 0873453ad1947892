import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, findBrowser, launchWithExtension, QUIET_FLAGS } from '../browser';

const IN_PAGE_SCRIPT = resolve(import.meta.dirname, 'in-page.js');

/**
 * Saved pages name resources all over the web. The server's CSP already blocks them; this makes
 * sure of it: any http(s) or websocket request not for 127.0.0.1 is aborted.
 */
async function keepOffline(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
}

async function prepare(context: BrowserContext): Promise<void> {
  await keepOffline(context);
  await context.addInitScript({ path: IN_PAGE_SCRIPT });
}

/**
 * A copy of the built extension, so a rebuild in the working tree during the run cannot change
 * what is measured.
 */
export function snapshotExtension(from = EXTENSION_DIR): { dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'borderline-bench-ext-'));
  const dir = join(root, basename(from));
  cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Chromium with the extension, its UI's shadow roots closed as every reader has them. */
export async function launchExtensionBrowser(extensionDir: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ extensionDir, closedShadowRoots: true });
  await prepare(browser.context);
  return browser;
}

/** The same Chromium without the extension: the baseline, and where mark.js runs. */
export async function launchPlainBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    chromiumSandbox: false,
    args: QUIET_FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await prepare(context);
  return { context, close: () => browser.close() };
}
