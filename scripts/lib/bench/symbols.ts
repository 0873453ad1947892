import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'wxt';
import { repoRoot } from '../corpus';
import { type CallFrame, fileOf, type Position } from './profile';
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

/** The extension's scripts that run in pages, by file name, and where each lies in a build. */
const PAGE_SCRIPTS: Record<string, string> = {
  'content.js': 'content-scripts/content.js',
  'page-tools.js': 'page-tools.js',
};

/** One built file's source map, ready for lookups. */
class MappedFile {
  private readonly lines;

  constructor(
    private readonly map: SourceMapV3,
    private readonly mapDir: string,
  ) {
    this.lines = decodeMappings(map.mappings).map((segments) => segments.filter((s) => s.source !== undefined));
  }

  position(line: number, column: number, forward: boolean) {
    const segments = this.lines[line];
    return segments ? originalPosition(segments, this.map, this.mapDir, { column, forward }) : null;
  }
}

/** Names profiled frames of the content script and the page tools by their place in the sources. */
export class Symbolizer {
  private readonly files = new Map<string, MappedFile>();

  /** `dir` null: positions are left as they are (the mapped build is not the measured one). */
  constructor(dir: string | null) {
    if (!dir) return;
    for (const [name, path] of Object.entries(PAGE_SCRIPTS)) {
      const file = join(dir, `${path}.map`);
      if (!existsSync(file)) continue;
      const map = JSON.parse(readFileSync(file, 'utf8')) as SourceMapV3;
      this.files.set(name, new MappedFile(map, dirname(join(dir, path))));
    }
  }

  /** The source module a position of a built file came from. */
  moduleAt(file: string, line: number, column: number): string {
    return this.files.get(file)?.position(line, column, false)?.module ?? '(bundler glue or unmapped)';
  }

  /** Time at positions of the built files, summed by source module, heaviest first. */
  byModule(positions: Position[]): { module: string; ms: number }[] {
    const totals = new Map<string, number>();
    for (const { file, line, column, ms } of positions) {
      const module = this.moduleAt(file, line, column);
      totals.set(module, (totals.get(module) ?? 0) + ms);
    }
    return [...totals].map(([module, ms]) => ({ module, ms })).sort((a, b) => b.ms - a.ms);
  }

  describe(frame: CallFrame): string {
    const file = fileOf(frame.url ?? '');
    const line = frame.lineNumber ?? 0;
    const column = frame.columnNumber ?? 0;
    const position = this.files.get(file)?.position(line, column, true);
    const name = frame.functionName || '(anonymous)';
    if (!position) return `${name} @ ${file}:${line + 1}:${column + 1}`;
    return `${position.module}:${position.line}  ${position.text.slice(0, 70)}`;
  }
}
