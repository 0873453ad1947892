import { storage } from 'wxt/utils/storage';
import type { CompiledDetector } from '../detect/compiled';
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
