import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'wxt';
import { repoRoot } from '../corpus';
import type { CallFrame } from './profile';
import { decodeMappings, originalPosition, type SourceMapV3 } from './sourcemap';

const quiet = { debug() {}, log() {}, info() {}, warn() {}, error() {}, fatal() {}, success() {}, level: 0 };

/**
 * The same production build with hidden source maps (the code is byte for byte the same, with no
 * `sourceMappingURL` comment), in a temporary folder: it names the minified functions in profiles
 * and tells which sources the bundles are made of.
 */
export async function buildWithSourceMaps(): Promise<{ dir: string; remove: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'borderline-bench-maps-'));
  // WXT's progress spinner writes to stdout whatever the logger; keep the bench's output clean.
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof write;
  try {
    await build({
      root: repoRoot,
      outDir: root,
      browser: 'chrome',
      logger: quiet,
      vite: () => ({ build: { sourcemap: 'hidden' } }),
    });
  } finally {
    process.stdout.write = write;
  }
  return { dir: join(root, 'chrome-mv3'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Names profiled frames of content.js by their place in the sources. */
export class Symbolizer {
  private readonly map: SourceMapV3 | null;
  private readonly lines;
  private readonly mapDir: string;

  /** `dir` null: positions are left as they are (the mapped build is not the measured one). */
  constructor(dir: string | null) {
    this.mapDir = dir ? join(dir, 'content-scripts') : '';
    const file = join(this.mapDir, 'content.js.map');
    this.map = dir && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceMapV3) : null;
    const lines = this.map ? decodeMappings(this.map.mappings) : [];
    this.lines = lines.map((segments) => segments.filter((segment) => segment.source !== undefined));
  }

  private position(line: number, column: number, forward: boolean) {
    const segments = this.lines[line];
    return this.map && segments ? originalPosition(segments, this.map, this.mapDir, { column, forward }) : null;
  }

  /** The source module a position of content.js came from. */
  moduleAt(line: number, column: number): string {
    return this.position(line, column, false)?.module ?? '(bundler glue or unmapped)';
  }

  /** Time at positions of content.js, summed by source module, heaviest first. */
  byModule(positions: { line: number; column: number; ms: number }[]): { module: string; ms: number }[] {
    const totals = new Map<string, number>();
    for (const { line, column, ms } of positions) {
      const module = this.moduleAt(line, column);
      totals.set(module, (totals.get(module) ?? 0) + ms);
    }
    return [...totals].map(([module, ms]) => ({ module, ms })).sort((a, b) => b.ms - a.ms);
  }

  describe(frame: CallFrame): string {
    const line = frame.lineNumber ?? 0;
    const column = frame.columnNumber ?? 0;
    const position = this.position(line, column, true);
    const name = frame.functionName || '(anonymous)';
    if (!position) return `${name} @ content.js:${line + 1}:${column + 1}`;
    return `${position.module}:${position.line}  ${position.text.slice(0, 70)}`;
  }
}
