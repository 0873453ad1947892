import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { CompiledClaims } from '../detect/claims';
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
  /** What the claim finder reads, compiled; absent in data stored before there were claims. */
  claims?: CompiledClaims;
}

/** The default pack with every imported one, as the cards and the popup show them. */
export const activePackItem = storage.defineItem<Pack | null>('local:activePack', { fallback: null });

export const detectionItem = storage.defineItem<DetectionData | null>('local:detection', { fallback: null });

/** The gate in front of the detector, stored apart: the background keeps it ready for every page. */
export interface GateData {
  version: string;
  gate: CompiledGate;
}

export const gateItem = storage.defineItem<GateData | null>('local:gate', { fallback: null });

const PREPARE: BackgroundRequest = { type: 'borderline:prepare-pack' };

/** Has the background make the stored data again; the background itself calls its own (see `setUpActivePack`). */
export type Prepare = () => Promise<unknown>;
const askTheBackground: Prepare = () => browser.runtime.sendMessage(PREPARE);

async function prepared<T>(
  read: () => Promise<T | null>,
  fresh: (value: T) => boolean,
  prepare = askTheBackground,
): Promise<T> {
  const stored = await read();
  if (stored && fresh(stored)) return stored;
  await prepare();
  const made = await read();
  if (!made) throw new Error('The extension has no pack to show.');
  return made;
}

/** What the background made for this version of the extension, made again first if missing, stale or (`remake`) found damaged. */
function loadCurrent<T extends { version: string }>(
  item: { getValue(): Promise<T | null> },
  options: { remake?: boolean },
  prepare?: Prepare,
): Promise<T> {
  const version = browser.runtime.getManifest().version;
  return prepared(
    () => item.getValue(),
    (data) => !options.remake && data.version === version,
    prepare,
  );
}

/** The compiled detector the background stored (see `loadCurrent`). */
export const loadDetection = (options: { remake?: boolean } = {}) => loadCurrent(detectionItem, options);

/** The gate the background stored (see `loadCurrent`), for the background itself, which makes it with `prepare`. */
export const loadGateData = (prepare: Prepare, options: { remake?: boolean } = {}) =>
  loadCurrent(gateItem, options, prepare);

/** The pack the cards show, read only once a page has something to show. */
export function loadPack(): Promise<Pack> {
  return prepared(
    () => activePackItem.getValue(),
    () => true,
  );
}
