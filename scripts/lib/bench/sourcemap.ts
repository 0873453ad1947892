import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type MappingItem, SourceMapConsumer } from 'source-map-js';
import { repoRoot } from '../corpus';
import { type Total, totalsBy } from './stats';

/** A line of TypeScript that starts a function: a declaration, a method, an arrow function. */
const FUNCTION_HEADER = /\bfunction\b|=>|^(export |private |protected |public |static |async |get |set )*[\w$]+\s*[(<]/;

export interface OriginalPosition {
  /** "src/detect/claims/finder.ts", or a package by its name ("preact"). */
  module: string;
  /** 1-based. */
  line: number;
  /** That line of the source, trimmed. */
  text: string;
}

/**
 * One built file and its source map (a build made with hidden maps): which source each byte of
 * it came from, and where a position in it lies in the sources.
 */
export class MappedFile {
  private readonly consumer: SourceMapConsumer;
  /** The mappings of each generated line (0-based), in column order. */
  private readonly lines: MappingItem[][] = [];
  /** The same, only those that name a source. */
  private readonly sourced: MappingItem[][] = [];
  private readonly sourceLines = new Map<string, string[]>();

  constructor(readonly file: string) {
    this.consumer = new SourceMapConsumer(readFileSync(`${file}.map`, 'utf8'));
    this.consumer.eachMapping((mapping) => {
      const line = mapping.generatedLine - 1;
      this.lines[line] ??= [];
      this.lines[line].push(mapping);
      this.sourced[line] ??= [];
      if (mapping.source !== null) this.sourced[line].push(mapping);
    });
  }

  /** A source as a path in the repository, or a package by its name. Sources are relative to the map's folder. */
  private moduleOf(source: string | null): string {
    if (source === null) return '(bundler glue)';
    const inModules = source.lastIndexOf('node_modules/');
    if (inModules >= 0) {
      const [scope, name] = source.slice(inModules + 'node_modules/'.length).split('/');
      return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? source);
    }
    return source.startsWith('.') ? relative(repoRoot, resolve(dirname(this.file), source)) : source;
  }

  private textOf(mapping: MappingItem): string {
    if (mapping.source === null || mapping.originalLine === null) return '';
    let lines = this.sourceLines.get(mapping.source);
    if (!lines) {
      lines = (this.consumer.sourceContentFor(mapping.source, true) ?? '').split('\n');
      this.sourceLines.set(mapping.source, lines);
    }
    return lines[mapping.originalLine - 1]?.trim() ?? '';
  }

  /** Bytes (UTF-8) of the generated code per source module, largest first. */
  bytesByModule(): Total[] {
    const pieces: { module: string; bytes: number }[] = [];
    readFileSync(this.file, 'utf8')
      .split('\n')
      .forEach((text, line) => {
        const mappings = this.lines[line] ?? [];
        pieces.push({
          module: '(bundler glue)',
          bytes: Buffer.byteLength(text.slice(0, mappings[0]?.generatedColumn)),
        });
        mappings.forEach((mapping, i) => {
          const slice = text.slice(mapping.generatedColumn, mappings[i + 1]?.generatedColumn ?? text.length);
          pieces.push({ module: this.moduleOf(mapping.source), bytes: Buffer.byteLength(slice) });
        });
      });
    return totalsBy(
      pieces,
      (piece) => piece.module,
      (piece) => piece.bytes,
    );
  }

  /**
   * Where a position of the built file (0-based line and column) lies in the sources: the last
   * mapping at or before it. Minified output maps a few tokens off, so a function's start (what
   * profiles give) may land on the statement before it: `forward` looks from there for the first
   * mapping on a line that reads like a function header.
   */
  position(line: number, column: number, forward = false): OriginalPosition | null {
    const mapped = this.sourced[line] ?? [];
    // The first mapping at or after the column (binary search: a minified line has thousands).
    let next = 0;
    for (let end = mapped.length; next < end; ) {
      const mid = (next + end) >> 1;
      if (mapped[mid]!.generatedColumn < column) next = mid + 1;
      else end = mid;
    }
    let found = mapped[next - 1] ?? mapped[next];
    if (forward) {
      const ahead = mapped.slice(next, next + 12);
      found = ahead.find((mapping) => FUNCTION_HEADER.test(this.textOf(mapping))) ?? ahead[0] ?? found;
    }
    if (!found || found.originalLine === null) return null;
    return { module: this.moduleOf(found.source), line: found.originalLine, text: this.textOf(found) };
  }
}
