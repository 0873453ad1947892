import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'wxt';
import { repoRoot } from '../corpus';
import type { CallFrame, Position } from './profile';
import { fileOf } from './profile';
import { MappedFile, type OriginalPosition } from './sourcemap';
import { type Total, totalsBy } from './stats';

const quiet = { debug() {}, log() {}, info() {}, warn() {}, error() {}, fatal() {}, success() {}, level: 0 };

/** The extension's scripts that run in pages, by file name, and where each lies in a build. */
export const PAGE_SCRIPTS: Record<string, string> = {
  'content.js': 'content-scripts/content.js',
  'page-tools.js': 'page-tools.js',
};

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

/** Whether two builds hold the same scripts for pages (names from one's maps then hold for the other). */
export function samePageScripts(a: string, b: string): boolean {
  return Object.values(PAGE_SCRIPTS).every((file) => readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

/**
 * The claim finder's code: every module of a `claims` folder under src/detect, and the functions
 * of src/page that read claims or place them on the page (their names say "claim").
 */
const CLAIM_MODULE = /^src\/detect\/(.+\/)?claims\//;
const CLAIM_PAGE_FUNCTION = { module: /^src\/page\//, header: /claim/i };

/** Names profiled frames of the content script and the page tools by their place in the sources. */
export class Symbolizer {
  private readonly files = new Map<string, MappedFile>();
  private readonly functions = new Map<string, OriginalPosition | null>();

  /** `dir` null: positions are left as they are (the mapped build is not the measured one). */
  constructor(dir: string | null) {
    if (!dir) return;
    for (const [name, path] of Object.entries(PAGE_SCRIPTS)) {
      if (existsSync(join(dir, `${path}.map`))) this.files.set(name, new MappedFile(join(dir, path)));
    }
  }

  get mapped(): boolean {
    return this.files.size > 0;
  }

  /** Where the function of a profiled frame starts in the sources. */
  private functionOf(frame: CallFrame): OriginalPosition | null {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    if (!this.functions.has(key)) {
      const file = this.files.get(fileOf(frame.url ?? ''));
      this.functions.set(key, file?.position(frame.lineNumber ?? 0, frame.columnNumber ?? 0, true) ?? null);
    }
    return this.functions.get(key)!;
  }

  /** Time at positions of the built files, summed by source module, heaviest first. */
  byModule(positions: Position[]): Total[] {
    const moduleAt = ({ file, line, column }: Position) =>
      this.files.get(file)?.position(line, column)?.module ?? '(bundler glue or unmapped)';
    return totalsBy(positions, moduleAt, (p) => p.ms);
  }

  describe(frame: CallFrame): string {
    const position = this.functionOf(frame);
    if (!position) {
      const where = `${fileOf(frame.url ?? '')}:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}`;
      return `${frame.functionName || '(anonymous)'} @ ${where}`;
    }
    return `${position.module}:${position.line}  ${position.text.slice(0, 70)}`;
  }

  /** Whether a frame is the claim finder's (see CLAIM_MODULE): false for all without source maps. */
  readonly isClaimFinder = (frame: CallFrame): boolean => {
    const position = this.functionOf(frame);
    if (!position) return false;
    if (CLAIM_MODULE.test(position.module)) return true;
    return CLAIM_PAGE_FUNCTION.module.test(position.module) && CLAIM_PAGE_FUNCTION.header.test(position.text);
  };
}
