import { relative, resolve } from 'node:path';
import { repoRoot } from '../corpus';

/**
 * Just enough of source maps (v3) to say which source each byte of a bundle came from, and where
 * a profiled function starts in the sources.
 */

export interface SourceMapV3 {
  sources: string[];
  sourcesContent?: (string | null)[];
  names?: string[];
  mappings: string;
}

interface Segment {
  column: number;
  source?: number;
  line?: number;
  sourceColumn?: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** Segments per generated line, with absolute positions. */
export function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  return mappings.split(';').map((encoded) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const part of encoded.split(',')) {
      if (!part) continue;
      const [dc = 0, ds, dl, dsc] = decodeVlq(part);
      column += dc;
      if (ds === undefined) {
        segments.push({ column });
        continue;
      }
      source += ds;
      line += dl ?? 0;
      sourceColumn += dsc ?? 0;
      segments.push({ column, source, line, sourceColumn });
    }
    return segments;
  });
}

/**
 * A source as a path in the repository ("src/detect/matcher.ts"), or a package by its name
 * ("preact"). Sources are relative to the map's folder.
 */
function moduleName(source: string, mapDir: string): string {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [scope, name] = source.slice(inModules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? source);
  }
  return source.startsWith('.') ? relative(repoRoot, resolve(mapDir, source)) : source;
}

/** Bytes (UTF-8) of the generated code per source module, largest first. */
export function bytesByModule(code: string, map: SourceMapV3, mapDir: string): { module: string; bytes: number }[] {
  const totals = new Map<string, number>();
  const lines = code.split('\n');
  const add = (name: string, bytes: number) => totals.set(name, (totals.get(name) ?? 0) + bytes);
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const text = lines[lineIndex] ?? '';
    add('(bundler glue)', Buffer.byteLength(text.slice(0, segments[0]?.column ?? text.length)));
    segments.forEach((segment, i) => {
      const slice = text.slice(segment.column, segments[i + 1]?.column ?? text.length);
      const source = segment.source === undefined ? undefined : map.sources[segment.source];
      const name = source === undefined ? '(bundler glue)' : moduleName(source, mapDir);
      add(name, Buffer.byteLength(slice));
    });
  });
  return [...totals].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** A line of TypeScript that starts a function: a declaration, a method, an arrow function. */
const FUNCTION_HEADER = /\bfunction\b|=>|^(export |private |protected |public |static |async |get |set )*[\w$]+\s*[(<]/;

/**
 * The source position of a generated one (0-based line and column), with its source line, from
 * the segments of that generated line that have a source (in order). Minified output maps a few
 * tokens off, so a function's start (what profiles give) may land on the statement before it:
 * `forward` looks from there for the first segment on a line that reads like a function header.
 * A sample's position takes the last segment at or before it.
 */
export function originalPosition(
  mapped: readonly Segment[],
  map: SourceMapV3,
  mapDir: string,
  at: { column: number; forward?: boolean },
): { module: string; line: number; text: string } | null {
  let next = mapped.findIndex((segment) => segment.column >= at.column);
  if (next < 0) next = mapped.length;
  const textOf = (segment: Segment) => map.sourcesContent?.[segment.source!]?.split('\n')[segment.line!]?.trim() ?? '';
  let found = mapped[next - 1] ?? mapped[next];
  if (at.forward) {
    const ahead = mapped.slice(next, next + 12);
    found = ahead.find((segment) => FUNCTION_HEADER.test(textOf(segment))) ?? ahead[0] ?? found;
  }
  if (found?.source === undefined || found.line === undefined) return null;
  return { module: moduleName(map.sources[found.source] ?? '?', mapDir), line: found.line + 1, text: textOf(found) };
}
