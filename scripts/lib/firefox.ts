import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.BORDERLINE_OUT_DIR ?? resolve(import.meta.dirname, '../../.output'),
  'firefox-mv2',
);

/**
 * The extension's address in the browsers these scripts start (`moz-extension://<uuid>/`). Firefox
 * makes one up at install; a fixed one keeps screenshots and logs the same from run to run.
 */
export const FIREFOX_EXTENSION_UUID = '5f1b7d1e-3c2a-4e8b-9d6f-0b0a7e1c2d3e';

const NAMES = ['firefox-esr', 'firefox'];
const PATHS = [
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
];

export const NO_FIREFOX_MESSAGE = [
  'No Firefox found: the Firefox tests and `npm start -- --browser firefox` need Firefox 140 or later.',
  'Install it (Debian: `sudo apt-get install -y firefox-esr`; Ubuntu: `sudo apt-get install -y firefox`;',
  'elsewhere: https://www.mozilla.org/firefox/), or point FIREFOX_PATH at its executable.',
].join('\n');

/** FIREFOX_PATH first, then Firefox ESR or Firefox on the PATH, then the usual install paths. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.\n${NO_FIREFOX_MESSAGE}`);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = NAMES.flatMap((name) => dirs.map((dir) => join(dir, name))).find((path) => existsSync(path));
  const found = onPath ?? PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(NO_FIREFOX_MESSAGE);
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's gecko id, from its manifest. */
  extensionId: string;
  /** `moz-extension://<uuid>`, where the extension's own pages are. */
  origin: string;
  /** The path of a file of the extension that pages may load (its manifest's first). */
  webAccessible: string;
  close: () => Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** More preferences for the profile (the bench's finer timers). */
  prefs?: Record<string, unknown>;
}

/**
 * Starts Firefox (driven over WebDriver BiDi) with the built Firefox extension installed as a
 * temporary add-on, in a fresh profile that never reaches out on its own (the defaults of the
 * driver: no updates, no telemetry, no remote settings).
 */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build\` (or \`wxt build -b firefox\`) first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    web_accessible_resources?: string[];
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const webAccessible = manifest.web_accessible_resources?.[0];
  if (!geckoId || !webAccessible)
    throw new Error(`${manifestPath} names no gecko id or web-accessible file: is it the Firefox build?`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      // The built extension is unsigned.
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return {
      browser,
      extensionId,
      origin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      webAccessible,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
