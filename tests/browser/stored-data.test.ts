import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { paintedRanges, rangeCenter, waitForPainted } from '../../scripts/lib/inspect';
import { servePages } from '../../scripts/lib/serve';
import { type HostilePack, hostilePacks, packJson } from '../../src/pack/__fixtures__/hostile-packs';
import { secondPack } from '../../src/pack/__fixtures__/second-pack';
import { formatPackError } from '../../src/pack/errors';
import { parsePackFile } from '../../src/pack/parse';
import { openOptions, stopServiceWorker } from './extension-ui';
import { DISPUTE_PARAGRAPHS, page } from './fixtures';

/** The extension API as the service worker and the extension's pages see it. */
declare const chrome: {
  runtime: { getManifest: () => { version: string } };
  storage: {
    sync: StorageArea;
    local: StorageArea;
    onChanged: { addListener: (listener: (changes: Record<string, unknown>, area: string) => void) => void };
  };
};
interface StorageArea {
  get: (keys: string | string[] | null) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (keys: string | string[]) => Promise<void>;
}

interface Stored {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Everything the extension keeps across sessions, read from its own context. */
const everythingStored = (worker: Worker): Promise<Stored> =>
  worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
  }));

const read = (worker: Worker, area: 'local' | 'sync', keys: string[]) =>
  worker.evaluate(([a, k]) => chrome.storage[a].get(k), [area, keys] as const);

/** What the background stored for pages: the combined pack's quote ids and the detector's version. */
const preparedFor = (worker: Worker) =>
  worker.evaluate(async () => {
    const { detection, activePack } = (await chrome.storage.local.get(['detection', 'activePack'])) as {
      detection?: { version: string; quoteTopics: Record<string, string> } | null;
      activePack?: { quotes: { id: string }[] } | null;
    };
    return {
      detectionVersion: detection?.version ?? null,
      quoteTopics: detection?.quoteTopics ?? {},
      packQuotes: activePack?.quotes.map((quote) => quote.id) ?? [],
    };
  });

/** A page quoting the imported pack's words, next to a sentence the built-in pack knows. */
const HARBOR = page(
  `<p>Trump told reporters: “${secondPack.quotes[0]!.sourceText}”</p><p>${DISPUTE_PARAGRAPHS[0]}</p>`,
);
/** The imported quote as it is painted. */
const HARBOR_QUOTE = 'Every harbor crane will be counted twice before sunrise';

/** Polls `read` until `done` holds: for hooks, where `expect.poll` is not available. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`Still not there: ${JSON.stringify(value).slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const file = (text: string, name = 'pack.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

describe('a hostile pack file imported on the options page', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  let before: Stored;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    options = await openOptions(browser);
    options.on('pageerror', (error) => pageErrors.push(error.message));
    // Something stored in both areas, so a refusal that wrote anything would show: a chosen
    // setting, and an imported pack whose id the hostile new editions below reuse.
    await options.getByLabel('Background colour').check();
    await options.getByLabel('Import a pack (JSON file)').setInputFiles(file(JSON.stringify(secondPack)));
    await options.locator('.pack-outcome', { hasText: 'Imported “A harbor column”.' }).waitFor();
    // The background rebuilds the stored detector after an import; wait until it has settled.
    await until(
      () => preparedFor(browser.worker),
      (prepared) => prepared.quoteTopics['harbor-column:Q1'] === 'cooperation',
    );
    before = await everythingStored(browser.worker);
    expect(before.sync.settings).toMatchObject({ highlightStyle: 'background' });
    expect(before.local.packs).toEqual([secondPack]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A new edition of the imported pack, which must not replace the one stored when it is refused. */
  const edition = (edit: (pack: Record<string, unknown>) => void): string => {
    const pack = structuredClone(secondPack) as unknown as Record<string, unknown>;
    pack.version = 2;
    edit(pack);
    return JSON.stringify(pack);
  };

  const cases: HostilePack[] = [
    ...hostilePacks,
    [
      'a new edition of the imported pack with a javascript: link',
      edition((pack) => {
        pack.references = [{ ...secondPack.references[0]!, url: 'javascript:alert(document.cookie)' }];
      }),
      { path: 'references[0].url', code: 'url-scheme', params: { scheme: 'javascript' } },
    ],
    [
      'a new edition of the imported pack with markup in its name',
      edition((pack) => {
        pack.name = { en: 'A harbor column<svg onload=alert(1)>', es: 'Una columna portuaria' };
      }),
      { path: 'name.en', code: 'markup' },
    ],
    [
      'a new edition of the imported pack with __proto__ in a caveat',
      edition(() => undefined).replace('{"id":"C1",', '{"id":"C1","__proto__":{"polluted":"yes"},'),
      { path: 'caveats[0].__proto__', code: 'unknown-field' },
    ],
  ];

  it('runs through enough different hostile files', () => {
    expect(new Set(cases.map(([, , expected]) => expected.code)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('refuses %s, naming the field and the problem, and stores nothing', async (_, text, expected) => {
    const refusal = parsePackFile(text);
    if (refusal.ok) throw new Error('the parser accepts this file');
    expect(refusal.error).toMatchObject({ path: expected.path, code: expected.code });

    const input = options.getByLabel('Import a pack (JSON file)');
    await input.setInputFiles(file(text));
    // The page empties the input once it has dealt with the file, whatever the outcome: only
    // then are the message and the storage final.
    await expect.poll(() => input.evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).toBe(0);

    const outcome = options.locator('.pack-outcome.error');
    expect(await outcome.textContent()).toBe(`Not imported: ${formatPackError(refusal.error, 'en')}`);
    if (expected.path !== '') expect(await outcome.textContent()).toContain(`${expected.path}: `);
    // The message is text only: nothing from the file became an element.
    expect(await outcome.locator('*').count()).toBe(0);
    expect(await options.locator('ul.packs > li').count()).toBe(2);
    expect(await options.evaluate(() => 'polluted' in Object.prototype)).toBe(false);

    expect(await everythingStored(browser.worker)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  it('refuses the built-in pack itself, and a file that is not text at all', async () => {
    const input = options.getByLabel('Import a pack (JSON file)');
    const outcome = options.locator('.pack-outcome.error');
    await input.setInputFiles(file(packJson, 'borderline.json'));
    await expect
      .poll(() => outcome.textContent())
      .toBe(
        'Not imported: this is the pack Borderline comes with, which is always on. To make a new pack of it, ' +
          'give it a new id and name (in a ClaimReview file, those in “borderline:pack”).',
      );
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await input.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: png });
    await expect.poll(() => outcome.textContent()).toBe('Not imported: the file is not valid JSON');
    expect(await everythingStored(browser.worker)).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});

describe('settings and imported packs over an update and a service-worker restart', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof servePages>>;
  /** The extension's service worker; a new one after the update. */
  let worker: Worker;

  /** Settings as version 1 stored them: hostnames as pages reported them, values never checked. */
  const SETTINGS_V1 = {
    enabled: true,
    disabledSites: ['WWW.Example.com', 'example.com', 'news.example.org.', 42, ''],
    highlightStyle: 'background',
    sensitivity: 'broad',
    hoverDelayMs: 1234,
    showNotice: false,
  };
  /** From version 3 on, the sites where Borderline is off are kept apart, on this device. */
  const SITES = ['example.com', 'news.example.org'];
  const SETTINGS_V3 = {
    enabled: true,
    highlightStyle: 'background',
    sensitivity: 'broad',
    hoverDelayMs: 1200,
    showNotice: false,
    hiddenTopics: [],
  };

  /** A copy of the build, so the update can change its version. */
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = mkdtempSync(join(tmpdir(), 'borderline-update-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    server = await servePages({ '/harbor.html': HARBOR });
    // Loaded over the DevTools protocol, which can also install the update.
    browser = await launchWithExtension({ extensionDir, loadVia: 'cdp' });
    worker = browser.worker;
    // The install's own preparation must be over before storage is written behind its back.
    await until(
      () => preparedFor(worker),
      (prepared) => prepared.detectionVersion !== null,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  /** Opens the page quoting the imported pack and returns what was painted, by text and style. */
  async function openHarbor(): Promise<{ tab: Page; styles: Set<string | undefined> }> {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/harbor.html`);
    await expect
      .poll(async () => (await paintedRanges(tab)).map((range) => range.text), { timeout: 15_000 })
      .toContain(HARBOR_QUOTE);
    const ranges = await waitForPainted(tab);
    return {
      tab,
      styles: new Set(ranges.map((range) => range.name.split('-')[1])),
    };
  }

  /** Hovers the imported quote: the card must come from the imported pack. */
  async function expectHarborCard(tab: Page): Promise<void> {
    const point = await rangeCenter(tab, 'harbor crane');
    await tab.bringToFront();
    await tab.mouse.move(point!.x, point!.y);
    const warning = tab.locator('borderline-ui .card .warning');
    // The migrated hover delay (1200 ms) applies before the card opens.
    await warning.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await warning.textContent()).toContain('They were said by Dana Whitfield.');
    await tab.mouse.move(1, 1);
  }

  it('migrates version 1 settings, keeps the imported pack and rebuilds the detector on update', async () => {
    await worker.evaluate(
      ([settings, pack]) =>
        Promise.all([
          chrome.storage.sync.set({ settings, settings$: { v: 1 } }),
          chrome.storage.local.set({ packs: [pack] }),
        ]),
      [SETTINGS_V1, secondPack] as const,
    );
    // The running version prepares the pack at once, as it would have after an import.
    await expect
      .poll(async () => (await preparedFor(worker)).quoteTopics['harbor-column:Q1'], { timeout: 15_000 })
      .toBe('cooperation');
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const updated = manifest.version.replace(/\d+$/, (last) => String(Number(last) + 1));
    expect((await preparedFor(worker)).detectionVersion).toBe(manifest.version);

    // The update: a new version of the same unpacked extension, installed over the old one.
    // (chrome.runtime.reload() would not do: Chromium leaves a reloaded unpacked extension
    // disabled while developer mode is off.)
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: updated }));
    const next = browser.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`) && w !== worker,
      timeout: 15_000,
    });
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
    await cdp.detach();
    worker = await next;
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(updated);

    // No page is open to ask for it: only the update itself can have made the new version's detector.
    await expect.poll(async () => (await preparedFor(worker)).detectionVersion, { timeout: 15_000 }).toBe(updated);
    const prepared = await preparedFor(worker);
    expect(prepared.quoteTopics['harbor-column:Q1']).toBe('cooperation');
    expect(prepared.packQuotes).toContain('harbor-column:Q1');
    expect((await read(worker, 'local', ['packs'])).packs).toEqual([secondPack]);

    // The first extension context to load the settings migrates them.
    const options = await openOptions(browser);
    await expect
      .poll(() => read(worker, 'sync', ['settings', 'settings$']))
      .toEqual({ settings: SETTINGS_V3, settings$: { v: 3 } });
    expect((await read(worker, 'local', ['disabledSites'])).disabledSites).toEqual(SITES);
    await options.reload();
    await options.locator('main.options').waitFor();
    await options.getByRole('button', { name: 'Remove A harbor column', exact: true }).waitFor();
    expect(await options.locator('ul.packs > li').count()).toBe(2);
    expect(await options.getByLabel('Background colour').isChecked()).toBe(true);
    expect(await options.getByLabel(/^Broad/).isChecked()).toBe(true);
    expect(await options.getByLabel(/small notice/).isChecked()).toBe(false);
    await options.getByRole('button', { name: 'Remove example.com', exact: true }).waitFor();
    await options.getByRole('button', { name: 'Remove news.example.org', exact: true }).waitFor();
    await options.close();

    const { tab, styles } = await openHarbor();
    expect(styles).toEqual(new Set(['background']));
    await expectHarborCard(tab);
    await tab.close();
  });

  it('keeps settings and packs, and applies them, after the service worker is stopped', async () => {
    const stored = await everythingStored(worker);
    expect(stored.sync.settings).toEqual(SETTINGS_V3);
    expect(stored.local.disabledSites).toEqual(SITES);
    expect(stored.local.packs).toEqual([secondPack]);

    const first = await stopServiceWorker(browser);
    // A page starts from the stored detector, and wakes the worker with its count.
    const { tab, styles } = await openHarbor();
    await first.restarted;
    expect(styles).toEqual(new Set(['background']));
    await expectHarborCard(tab);
    await tab.close();

    // With the worker stopped and what it made gone or damaged, the restarted worker makes them
    // again, from the stored packs alone, when a page asks.
    const options = await openOptions(browser);
    const second = await stopServiceWorker(browser);
    await options.evaluate(async () => {
      await chrome.storage.local.remove(['detection', 'activePack']);
      const { gate } = (await chrome.storage.local.get('gate')) as { gate: { version: string } };
      await chrome.storage.local.set({ gate: { version: gate.version, gate: { format: 1, alone: '(' } } });
    });
    const again = await openHarbor();
    await second.restarted;
    expect(again.styles).toEqual(new Set(['background']));
    expect((await preparedFor(worker)).packQuotes).toContain('harbor-column:Q1');
    await again.tab.close();

    const after = await everythingStored(worker);
    expect(after.sync.settings).toEqual(stored.sync.settings);
    expect(after.local.disabledSites).toEqual(SITES);
    // The sites the migration moved are synced again by the restarted worker, in their own items.
    await expect.poll(async () => (await everythingStored(worker)).sync['disabledSites.0']).toEqual(SITES);
    expect(after.local.packs).toEqual(stored.local.packs);
    await options.reload();
    await options.getByRole('button', { name: 'Remove A harbor column', exact: true }).waitFor();
    expect(await options.getByLabel('Background colour').isChecked()).toBe(true);
    await options.close();
  });

  it('applies a pack change that lands while the background is still preparing the one before', async () => {
    const sequel = { ...structuredClone(secondPack), id: 'harbor-sequel' };
    await worker.evaluate(() => chrome.storage.local.set({ packs: [] }));
    await expect
      .poll(async () => (await preparedFor(worker)).packQuotes, { timeout: 15_000 })
      .not.toContain('harbor-column:Q1');

    // The background reads the stored packs as soon as they change; a second change made in the
    // very next task finds it preparing the first, as a quick second import or removal would.
    await worker.evaluate(
      ([pack, next]) =>
        new Promise<void>((done) => {
          let seen = false;
          chrome.storage.onChanged.addListener((changes, area) => {
            if (seen || area !== 'local' || !('packs' in changes)) return;
            seen = true;
            setTimeout(() => void chrome.storage.local.set({ packs: [pack, next] }).then(done), 0);
          });
          void chrome.storage.local.set({ packs: [pack] });
        }),
      [secondPack, sequel] as const,
    );
    const importedQuotes = async () => (await preparedFor(worker)).packQuotes.filter((id) => id.includes(':'));
    await expect.poll(importedQuotes, { timeout: 5_000 }).toEqual(['harbor-column:Q1', 'harbor-sequel:Q1']);
  });
});
