import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpSiteWrites } from '../background/site-writes';
import { isBackgroundRequest } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { DEFAULT_SETTINGS, isSiteEnabled, migrateSettingsV1, type Settings } from './settings';

/** What the synced item holds from version 3 on: every setting but the sites. */
const { disabledSites: _, ...STORED_DEFAULTS } = DEFAULT_SETTINGS;

/** What version 1 wrote: hostnames as pages reported them, values never checked. */
const STORED_V1 = {
  enabled: true,
  disabledSites: ['www.nytimes.com', 'NYTimes.com', 'elpais.com.', 'news.example.org', 42, ''],
  highlightStyle: 'background',
  sensitivity: 'loud',
  hoverDelayMs: 5_000,
  showNotice: false,
};

/** The module as a freshly started extension context loads it, so its migrations run. */
async function freshSettingsModule() {
  vi.resetModules();
  return import('./settings');
}

describe('settings migration from version 1', () => {
  beforeEach(() => fakeBrowser.reset());

  it('folds hostnames into sites and brings every value into range', () => {
    expect(migrateSettingsV1(STORED_V1)).toEqual({
      enabled: true,
      disabledSites: ['nytimes.com', 'elpais.com', 'news.example.org'],
      highlightStyle: 'background',
      sensitivity: 'normal',
      hoverDelayMs: 2_000,
      showNotice: false,
      hiddenTopics: [],
    } satisfies Settings);
    expect(migrateSettingsV1(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1({ hoverDelayMs: 260 }).hoverDelayMs).toBe(300);
  });

  it('migrates a stored version 1 value when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({ settings: STORED_V1, settings$: { v: 1 } });
    const { loadSettings, settingsItem } = await freshSettingsModule();
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['nytimes.com', 'elpais.com', 'news.example.org']);
    expect(settings.sensitivity).toBe('normal');
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    const { disabledSites, ...rest } = settings;
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(rest);
    expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual(disabledSites);
  });

  it('migrates a version 1 value stored without its version mark', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['WWW.Example.com'] } });
    const { loadSettings } = await freshSettingsModule();
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
  });

  it('starts from the defaults, marked version 3, on a fresh install', async () => {
    const { loadSettings, settingsItem, updateSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ showNotice: false });
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
  });
});

describe('settings migration from version 2', () => {
  beforeEach(() => fakeBrowser.reset());

  /** What version 2 wrote: every setting, the sites among them, in one synced item. */
  const manySites = Array.from({ length: 260 }, (_, i) => `site-${i}.example.com`);
  const STORED_V2: Settings = { ...DEFAULT_SETTINGS, disabledSites: manySites, hoverDelayMs: 0, showNotice: false };

  it('moves the sites out of the synced item into the list on this device, values kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: STORED_V2, settings$: { v: 2 } });
    const { loadSettings, settingsItem } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(STORED_V2);
    expect(await settingsItem.getMeta()).toEqual({ v: 3 });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      ...STORED_DEFAULTS,
      hoverDelayMs: 0,
      showNotice: false,
    });
    expect((await fakeBrowser.storage.local.get('disabledSites')).disabledSites).toEqual(manySites);
  });

  it('merges them with a list this device already keeps', async () => {
    await fakeBrowser.storage.sync.set({ settings: STORED_V2, settings$: { v: 2 } });
    await fakeBrowser.storage.local.set({ disabledSites: ['kept.example.org', manySites[0]] });
    const { loadSettings } = await freshSettingsModule();
    expect((await loadSettings()).disabledSites).toEqual(['kept.example.org', ...manySites]);
  });

  it('loses nothing when the list cannot be written: the version 2 value stays for the next start', async () => {
    await fakeBrowser.storage.sync.set({ settings: STORED_V2, settings$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = await freshSettingsModule();
    await first.loadSettings();
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: STORED_V2,
      settings$: { v: 2 },
    });
    set.mockRestore();
    errors.mockRestore();
    const next = await freshSettingsModule();
    expect((await next.loadSettings()).disabledSites).toEqual(manySites);
  });
});

describe('sites on and off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a site off and on again, whatever its www. or case', async () => {
    const { loadSettings, setSiteEnabled } = await freshSettingsModule();
    setUpSiteWrites(createRouter(isBackgroundRequest));
    await setSiteEnabled('www.Example.com', false);
    let settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
    await setSiteEnabled('example.com', true);
    settings = await loadSettings();
    expect(settings.disabledSites).toEqual([]);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'example.com')).toBe(false);
  });

  it('resets to the defaults, every site on again', async () => {
    const { loadSettings, resetSettings, setSiteEnabled, updateSettings } = await freshSettingsModule();
    setUpSiteWrites(createRouter(isBackgroundRequest));
    await updateSettings({ highlightStyle: 'background', showNotice: false });
    await setSiteEnabled('example.com', false);
    expect((await loadSettings()).highlightStyle).toBe('background');
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
