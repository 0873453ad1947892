import { storage } from 'wxt/utils/storage';
import type { SitesOutcome } from '../messaging/protocol';
import type { TopicId } from '../pack/types';
import { changeSites, disabledSitesItem, loadDisabledSites } from './site-list';
import { entryCovers, siteKey } from './sites';

export type HighlightStyle = 'underline' | 'background';
export type Sensitivity = 'strict' | 'normal' | 'broad';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];
/** The hover delays the options page offers, in milliseconds. */
export const HOVER_DELAY = { min: 0, max: 2000, step: 100 } as const;

export interface Settings {
  enabled: boolean;
  /** Sites where Borderline stays off, as `siteKey` names them (stored apart, see `site-list.ts`). */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  sensitivity: Sensitivity;
  hoverDelayMs: number;
  showNotice: boolean;
  /** Topics the reader switched off: their mentions are not highlighted. */
  hiddenTopics: TopicId[];
}

/** What the synced settings item holds: a few values of fixed size, far from any quota. */
export type StoredSettings = Omit<Settings, 'disabledSites'>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  sensitivity: 'normal',
  hoverDelayMs: 500,
  showNotice: true,
  hiddenTopics: [],
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clampDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.hoverDelayMs;
  const stepped = Math.round(value / HOVER_DELAY.step) * HOVER_DELAY.step;
  return Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, stepped));
}

/**
 * Version 2 names sites, not hostnames: "www.example.com" and "example.com" are one entry, in
 * lower case. Version 1 kept hostnames as the page reported them and any delay and value it was
 * given; the migration folds its list into sites and brings every field into range.
 */
export function migrateSettingsV1(value: unknown): Settings {
  const v1 = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const hostnames = Array.isArray(v1.disabledSites) ? v1.disabledSites : [];
  const sites = hostnames.filter((host): host is string => typeof host === 'string' && host.trim() !== '');
  return {
    enabled: typeof v1.enabled === 'boolean' ? v1.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites.map((host) => siteKey(host.trim())))],
    highlightStyle: oneOf(v1.highlightStyle, HIGHLIGHT_STYLES, DEFAULT_SETTINGS.highlightStyle),
    sensitivity: oneOf(v1.sensitivity, SENSITIVITIES, DEFAULT_SETTINGS.sensitivity),
    hoverDelayMs: clampDelay(v1.hoverDelayMs),
    showNotice: typeof v1.showNotice === 'boolean' ? v1.showNotice : DEFAULT_SETTINGS.showNotice,
    hiddenTopics: [],
  };
}

/**
 * Version 3 keeps the sites where Borderline is off out of the synced item, whose 8 KB quota they
 * filled at about 265 sites: they move to local storage (see `site-list.ts`), merged with any
 * list already there. The write comes first: refused, the migration fails and the version 2
 * value, sites and all, stays as it was, to be migrated again at the next start.
 */
export async function migrateSettingsV2(value: Settings): Promise<StoredSettings> {
  const { disabledSites, ...stored } = { ...DEFAULT_SETTINGS, ...value };
  const sites = Array.isArray(disabledSites) ? disabledSites.filter((site) => typeof site === 'string') : [];
  if (sites.length > 0) {
    const kept = await loadDisabledSites();
    await disabledSitesItem.setValue([...new Set([...kept, ...sites])]);
  }
  return stored;
}

const { disabledSites: _, ...DEFAULT_STORED } = DEFAULT_SETTINGS;

export const settingsItem = storage.defineItem<StoredSettings>('sync:settings', {
  fallback: DEFAULT_STORED,
  version: 3,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
});

/** Settings as stored, completed with defaults for anything missing, with the sites where Borderline is off. */
export async function loadSettings(): Promise<Settings> {
  const [stored, disabledSites] = await Promise.all([settingsItem.getValue(), loadDisabledSites()]);
  return { ...DEFAULT_STORED, ...stored, disabledSites };
}

/** Calls `onChange` with the whole settings, defaults filled in, whenever they change; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Each change reads both items again: the latest read is the one passed on.
  let reads = 0;
  const changed = () => {
    const read = ++reads;
    void loadSettings().then((settings) => {
      if (read === reads) onChange(settings);
    });
  };
  const unwatch = [settingsItem.watch(changed), disabledSitesItem.watch(changed)];
  return () => {
    for (const stop of unwatch) stop();
  };
}

/** Synced storage limits how often it is written: callers store a value once it is chosen. */
export async function updateSettings(patch: Partial<StoredSettings>): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_STORED, ...(await settingsItem.getValue()), ...patch });
}

/** Every setting as at install, and Borderline on again on every site. */
export async function resetSettings(): Promise<SitesOutcome> {
  await settingsItem.setValue(DEFAULT_STORED);
  return changeSites({ clear: true });
}

/** Whether the reader left a topic's mentions highlighted (what another version stored may not be a list). */
export function isTopicShown(settings: Pick<Settings, 'hiddenTopics'>, topic: TopicId): boolean {
  return !(Array.isArray(settings.hiddenTopics) && settings.hiddenTopics.includes(topic));
}

/** Whether Borderline is on for a whole site (the switch the popup shows). */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

/** Whether Borderline is on for a page: neither its site nor a part of the site it is in is turned off. */
export function isPageEnabled(settings: Settings, page: { hostname: string; pathname: string }): boolean {
  return settings.enabled && !settings.disabledSites.some((entry) => entryCovers(entry, page.hostname, page.pathname));
}

/** Turns Borderline off or on again on a site, through the one writer of the list (see `changeSites`). */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<SitesOutcome> {
  const site = [siteKey(hostname)];
  return changeSites(enabled ? { remove: site } : { add: site });
}
