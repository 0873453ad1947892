import { storage } from 'wxt/utils/storage';
import { siteKey } from './sites';

export type HighlightStyle = 'underline' | 'background';
export type Sensitivity = 'strict' | 'normal' | 'broad';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];
/** The hover delays the options page offers, in milliseconds. */
export const HOVER_DELAY = { min: 0, max: 2000, step: 100 } as const;

export interface Settings {
  enabled: boolean;
  /** Sites where Borderline stays off, as `siteKey` names them. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  sensitivity: Sensitivity;
  hoverDelayMs: number;
  showNotice: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  sensitivity: 'normal',
  hoverDelayMs: 500,
  showNotice: true,
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
  };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

/** Settings as stored, completed with defaults for anything missing. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Calls `onChange` with the whole settings, defaults filled in, whenever they change; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => onChange({ ...DEFAULT_SETTINGS, ...next }));
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), ...patch });
}

export function resetSettings(): Promise<void> {
  return settingsItem.setValue(DEFAULT_SETTINGS);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const site = siteKey(hostname);
  const settings = await loadSettings();
  const others = settings.disabledSites.filter((entry) => entry !== site);
  await settingsItem.setValue({ ...settings, disabledSites: enabled ? others : [...others, site] });
}
