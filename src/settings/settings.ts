import { storage } from 'wxt/utils/storage';

export type HighlightStyle = 'underline' | 'background';
export type Sensitivity = 'strict' | 'normal' | 'broad';

export interface Settings {
  enabled: boolean;
  /** Hostnames where Borderline stays off. */
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

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, completed with defaults for anything missing. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const settings = await loadSettings();
  const others = settings.disabledSites.filter((site) => site !== hostname);
  await settingsItem.setValue({
    ...settings,
    disabledSites: enabled ? others : [...others, hostname],
  });
}
