import { storage } from 'wxt/utils/storage';
import { MAX_SITES, type SiteChange, type SitesOutcome } from '../messaging/protocol';
import { askListChange } from './list-change';

/**
 * The sites where Borderline is off, kept on this device: local storage holds megabytes where a
 * synced item holds 8 KB, so the list never reaches a quota below MAX_SITES. Only the background
 * writes it (see `background/site-writes.ts`); a bounded copy is synced (see `site-mirror.ts`).
 * Null until first written, so that a new device can start from the synced copy.
 */
export const disabledSitesItem = storage.defineItem<string[] | null>('local:disabledSites', { fallback: null });

export async function loadDisabledSites(): Promise<string[]> {
  return (await disabledSitesItem.getValue()) ?? [];
}

/** The list after a change; null when it would hold more than MAX_SITES. */
export function applySiteChange(sites: readonly string[], change: SiteChange): string[] | null {
  const next = new Set(change.clear ? [] : sites);
  for (const site of change.remove ?? []) next.delete(site);
  for (const site of change.add ?? []) next.add(site);
  return next.size > MAX_SITES ? null : [...next];
}

/** Asks the background, the one writer of the list, for a change (see `askListChange`). */
export const changeSites = (change: SiteChange): Promise<SitesOutcome> =>
  askListChange({ type: 'borderline:change-sites', change });
