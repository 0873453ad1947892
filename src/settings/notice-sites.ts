import { storage } from 'wxt/utils/storage';
import type { ListOutcome, SiteChange } from '../messaging/protocol';
import { askListChange } from './list-change';
import { siteKey } from './sites';

/**
 * The sites where the reader hid the corner notice ("Hide on every page of …"), as `siteKey`
 * names them. Kept on this device only: local storage holds megabytes, so the list, bounded like
 * the sites where Borderline is off (MAX_SITES, see `applySiteChange`), never reaches a quota, and
 * synced storage stays for the settings and the synced copy of those sites. Only the background
 * writes it (see `background/notice-site-writes.ts`).
 */
export const noticeSitesItem = storage.defineItem<string[]>('local:noticeHiddenSites', { fallback: [] });

/** Whether the reader hid the notice on the site of this hostname (what another version stored may not be a list). */
export function isNoticeHiddenOn(sites: unknown, hostname: string): boolean {
  return Array.isArray(sites) && sites.includes(siteKey(hostname));
}

/** Asks the background, the one writer of the list, for a change (see `askListChange`). */
export const changeNoticeSites = (change: SiteChange): Promise<ListOutcome> =>
  askListChange({ type: 'borderline:change-notice-sites', change });

/** Hides the notice on a site, or shows it there again. */
export function setNoticeHidden(hostname: string, hidden: boolean): Promise<ListOutcome> {
  const site = [siteKey(hostname)];
  return changeNoticeSites(hidden ? { add: site } : { remove: site });
}
