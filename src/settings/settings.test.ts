import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteEnabled, migrateSettingsV1, type Settings } from './settings';

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
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toEqual(settings);
  });

  it('migrates a version 1 value stored without its version mark', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['WWW.Example.com'] } });
    const { loadSettings } = await freshSettingsModule();
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
  });

  it('leaves a version 2 value as it is', async () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['www.com'], hoverDelayMs: 0 };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(v2);
  });

  it('starts from the defaults, marked version 2, on a fresh install', async () => {
    const { loadSettings, setSiteEnabled, settingsItem } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await setSiteEnabled('www.example.com', false);
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });
});

describe('sites on and off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a site off and on again, whatever its www. or case', async () => {
    const { loadSettings, setSiteEnabled } = await freshSettingsModule();
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

  it('resets to the defaults', async () => {
    const { loadSettings, resetSettings, updateSettings } = await freshSettingsModule();
    await updateSettings({ highlightStyle: 'background', showNotice: false });
    expect((await loadSettings()).highlightStyle).toBe('background');
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
