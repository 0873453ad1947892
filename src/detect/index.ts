import type { Pack } from '../pack/types';
import { compileDetector } from './compile';
import { loadDetector } from './load';
import type { Detector } from './types';

export { compileDetector } from './compile';
export type { CompiledDetector } from './compiled';
export { CompiledDetectorError, loadDetector } from './load';
export type { Detector, DetectResult, Mention, QuoteMatch, ScanOptions, Sensitivity } from './types';

/**
 * Compiles a pack and loads the result at once. Where the pack changes seldom, compile once
 * (`compileDetector`), keep the result, and load it (`loadDetector`, much cheaper) where needed.
 */
export function createDetector(pack: Pack): Detector {
  return loadDetector(compileDetector(pack));
}
