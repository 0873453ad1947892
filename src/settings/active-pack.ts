import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { CompiledDetector, CompiledGate } from '../detect/compiled';
import type { BackgroundRequest } from '../messaging/protocol';
import type { Pack, TopicId } from '../pack/types';

/**
 * What content scripts need, made once by the background and stored: pages then start from a
 * compiled detector instead of compiling the lexicon, and carry no pack in their bundle.
 */
export interface DetectionData {
  /** The extension version that made it; another version's data is made again. */
  version: string;
  compiled: CompiledDetector;
  /** The topic each quote is painted as. */
  quoteTopics: Record<string, TopicId>;
}

/** The default pack with every imported one, as the cards and the popup show them. */
export const activePackItem = storage.defineItem<Pack | null>('local:activePack', { fallback: null });

export const detectionItem = storage.defineItem<DetectionData | null>('local:detection', { fallback: null });

/** The gate in front of the detector, stored apart: every page reads it, few pages the detector. */
export interface GateData {
  version: string;
  gate: CompiledGate;
}

export const gateItem = storage.defineItem<GateData | null>('local:gate', { fallback: null });

const PREPARE: BackgroundRequest = { type: 'borderline:prepare-pack' };

async function prepared<T>(read: () => Promise<T | null>, fresh: (value: T) => boolean): Promise<T> {
  const stored = await read();
  if (stored && fresh(stored)) return stored;
  await browser.runtime.sendMessage(PREPARE);
  const made = await read();
  if (!made) throw new Error('The extension has no pack to show.');
  return made;
}

/** The compiled detector the background stored, made again first if missing, stale or (`remake`) found damaged. */
export function loadDetection(options: { remake?: boolean } = {}): Promise<DetectionData> {
  const version = browser.runtime.getManifest().version;
  return prepared(
    () => detectionItem.getValue(),
    (data) => !options.remake && data.version === version,
  );
}

/** The gate the background stored, made again first if missing, stale or (`remake`) found damaged. */
export function loadGateData(options: { remake?: boolean } = {}): Promise<GateData> {
  const version = browser.runtime.getManifest().version;
  return prepared(
    () => gateItem.getValue(),
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
