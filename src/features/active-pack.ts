import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import type { Pack } from '../pack/types';
import { activePackItem, type DetectionData, detectionItem } from '../settings/active-pack';

const PREPARE: BackgroundRequest = { type: 'borderline:prepare-pack' };

async function prepared<T>(read: () => Promise<T | null>, fresh: (value: T) => boolean): Promise<T> {
  const stored = await read();
  if (stored && fresh(stored)) return stored;
  await browser.runtime.sendMessage(PREPARE);
  const made = await read();
  if (!made) throw new Error('The extension has no pack to show.');
  return made;
}

/** The compiled detector the background stored, made again first if missing or stale. */
export function loadDetection(options: { remake?: boolean } = {}): Promise<DetectionData> {
  const version = browser.runtime.getManifest().version;
  return prepared(
    () => detectionItem.getValue(),
    (data) => !options.remake && data.version === version,
  );
}

/** The pack the cards show, read only once a page has something to show. */
export function loadPack(): Promise<Pack> {
  return prepared(
    () => activePackItem.getValue(),
    () => true,
  );
}
