import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Request, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(
  process.env.BORDERLINE_OUT_DIR ?? resolve(import.meta.dirname, '../../.output'),
  'chrome-mv3',
);

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_MESSAGE = [
  'No Chromium or Chrome found.',
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or point CHROME_PATH at its executable.',
].join('\n');

/** CHROME_PATH first, then the usual install paths. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.\n${NO_BROWSER_MESSAGE}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}

/**
 * Branded Google Chrome (137 and later) ignores --load-extension; there the extension is loaded
 * over the DevTools protocol instead. BORDERLINE_LOAD_VIA_CDP=1 takes that path on any browser.
 */
function loadsViaCdp(path: string): boolean {
  return process.env.BORDERLINE_LOAD_VIA_CDP === '1' || /google[- ]chrome|chrome\.exe$/i.test(path);
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Browser UI language, e.g. 'es' (what `i18n.getUILanguage()` reports). */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** How to load the extension; by default chosen from the browser found. */
  loadVia?: 'flag' | 'cdp';
  /**
   * Keep the shadow roots of our UI in pages closed, as for every reader. Closed, they are out of
   * reach of Playwright's locators and of axe too, so by default the tests open them (see
   * `src/settings/ui-shadow.ts`); the tests of what a page can do to our UI keep them closed.
   */
  closedShadowRoots?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

/** Keeps Chromium from reaching out on its own (updates, sync, metrics). */
export const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Only the pages served on this machine and the extension's own files may be fetched. */
function isOnMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
    return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** Whether the extension itself made a request: its service worker or one of its own pages. */
function madeByExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

/**
 * Collects the requests the extension made to anywhere but this machine. A saved page's own
 * references to the web are the page's, not ours (the hostile-page suite, whose pages have none,
 * checks every request, the content script's included).
 */
function recordOffMachineRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!isOnMachine(request.url()) && madeByExtension(request)) seen.push(request.url());
  });
  return seen;
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 15_000,
  });
}

declare const chrome: { storage: { local: { set: (items: object) => Promise<void> } } };
const OPEN_SHADOW_ROOTS = () => chrome.storage.local.set({ openShadowRootsForTests: true });

/** Starts Chromium or Chrome with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findBrowser();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'borderline-profile-'));
  const viaCdp = options.loadVia ? options.loadVia === 'cdp' : loadsViaCdp(executablePath);
  const args = [...QUIET_FLAGS];
  if (options.locale) args.push(`--lang=${options.locale}`);
  if (viaCdp) args.push('--enable-unsafe-extension-debugging');
  else args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    chromiumSandbox: false,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: { width: 1200, height: 800 },
    env: options.locale ? { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } : process.env,
  });
  try {
    if (viaCdp) {
      const browser = context.browser();
      if (!browser) throw new Error('Cannot reach the browser over the DevTools protocol to load the extension.');
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
    }
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    if (!options.closedShadowRoots) await worker.evaluate(OPEN_SHADOW_ROOTS);
    const offMachine = recordOffMachineRequests(context);
    const close = async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      // Every test and demo run doubles as a check that the extension sent nothing off the machine.
      if (offMachine.length > 0)
        throw new Error(`The extension sent requests off the machine:\n${offMachine.join('\n')}`);
    };
    return { context, extensionId, worker, close };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
