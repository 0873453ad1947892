import { browser } from 'wxt/browser';
import type { BackgroundRequest, SiteChange, SitesOutcome } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import { applySiteChange, disabledSitesItem, loadDisabledSites } from '../settings/site-list';
import { mirrorChunks, mirrorIndex, readMirror, writeMirror } from '../settings/site-mirror';
import { ListWriter } from './list-writer';

/**
 * Synced storage allows 120 writes a minute and 1,800 an hour; the synced copy is written at most
 * once in this long, however often the list changes (settings take the rest of the allowance).
 */
export const MIRROR_INTERVAL_MS = 5_000;
/** After a refused write of the synced copy (the browser's quota or rate), the next try waits this long. */
const MIRROR_RETRY_MS = 60_000;

/**
 * The one writer of the sites where Borderline is off (see `ListWriter`), which also keeps the
 * synced copy of the list (see `site-mirror.ts`) at a pace synced storage allows.
 */
export class SiteWriter {
  private readonly writer = new ListWriter<string, SiteChange>({
    load: loadDisabledSites,
    save: (sites) => disabledSitesItem.setValue(sites),
    apply: applySiteChange,
    written: () => this.scheduleMirror(0),
  });
  private mirrorTimer: ReturnType<typeof setTimeout> | undefined;
  private lastMirror = 0;
  /** The synced items as this browser last wrote them, as JSON. */
  private ownChunks: string[] = [];

  constructor(private readonly mirrorIntervalMs = MIRROR_INTERVAL_MS) {}

  change(change: SiteChange): Promise<SitesOutcome> {
    return this.writer.change(change);
  }

  /** Writes the synced copy of the list once the interval since the last write is over. */
  private scheduleMirror(delayMs: number): void {
    if (this.mirrorTimer !== undefined) return;
    const wait = Math.max(delayMs, this.lastMirror + this.mirrorIntervalMs - Date.now());
    this.mirrorTimer = setTimeout(() => {
      // Changes from now on call for another write: this one may have read the list before them.
      this.mirrorTimer = undefined;
      this.lastMirror = Date.now();
      this.mirror().catch(() => this.scheduleMirror(MIRROR_RETRY_MS));
    }, wait);
  }

  private async mirror(): Promise<void> {
    const sites = await loadDisabledSites();
    // Remembered before the write: the change the browser reports back is ours, not to adopt.
    this.ownChunks = mirrorChunks(sites).chunks.map((chunk) => JSON.stringify(chunk));
    await writeMirror(sites);
  }

  /**
   * The synced copy changed in another of the reader's browsers: what it turned off or on there
   * is turned off or on here (sites kept on this device only, beyond the copy, stay).
   */
  adopt(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    const added = new Set<string>();
    const removed = new Set<string>();
    const sites = (value: unknown) =>
      Array.isArray(value) ? value.filter((site): site is string => typeof site === 'string') : [];
    for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
      const index = mirrorIndex(key);
      if (index === null || JSON.stringify(newValue) === this.ownChunks[index]) continue;
      for (const site of sites(oldValue)) removed.add(site);
      for (const site of sites(newValue)) added.add(site);
    }
    for (const site of added) removed.delete(site);
    if (added.size > 0 || removed.size > 0) void this.change({ add: [...added], remove: [...removed] });
  }

  /**
   * On start: a device that never kept a list starts from the synced copy (the reader's other
   * browsers); otherwise a synced copy that does not match the list is written again (a worker
   * stopped before its timer fired).
   */
  async start(): Promise<void> {
    const stored = await disabledSitesItem.getValue();
    const mirrored = await readMirror();
    if (stored === null) {
      if (mirrored.length > 0) await this.change({ add: mirrored });
      return;
    }
    const expected = mirrorChunks(stored).chunks.flat();
    if (expected.length !== mirrored.length || expected.some((site, i) => site !== mirrored[i])) this.scheduleMirror(0);
  }
}

/** Answers `borderline:change-sites` from every part of the extension. */
export function setUpSiteWrites(router: Router<BackgroundRequest>, writer = new SiteWriter()): SiteWriter {
  router.handle({ 'borderline:change-sites': (request) => writer.change(request.change) });
  browser.storage.sync.onChanged.addListener((changes) => writer.adopt(changes));
  void writer.start().catch(() => undefined);
  return writer;
}
