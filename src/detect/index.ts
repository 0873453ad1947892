import type { Pack } from '../pack/types';
import { compileDetector } from './compile/compile';
import { loadDetector } from './runtime/load';
import type { Detector } from './types';

export { compileDetector } from './compile/compile';
export type { CompiledDetector } from './compiled';
export { CompiledDetectorError, loadDetector } from './runtime/load';
export type { Detector, DetectResult, Mention, QuoteMatch, ScanOptions, Sensitivity } from './types';

/**
 * Compiles a pack and loads the result at once. Where the pack changes seldom, compile once
 * (`compileDetector`), keep the result, and load it (`loadDetector`, much cheaper) where needed.
 */
export function createDetector(pack: Pack): Detector {
  return loadDetector(compileDetector(pack));
}
