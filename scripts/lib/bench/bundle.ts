import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MappedFile } from './sourcemap';
import { type Total, totalsBy } from './stats';

export interface BundleBytes {
  /** The content script every page loads. */
  content: number;
  /** What it loads where the gate lets a page through (see src/content/page-tools.ts). */
  page_tools: number;
  popup: number;
  background: number;
}

/** Scripts an HTML page of the extension loads: its module script and the chunks it preloads. */
function scriptsOfPage(dir: string, html: string): string[] {
  const page = readFileSync(join(dir, html), 'utf8');
  const refs = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)];
  return refs.map((match) => join(dir, match[1]!));
}

/** A chunk and every chunk it imports statically, followed to the end. */
function withImports(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), match[1]!));
    }
  }
  return [...seen];
}

export function popupFiles(dir: string): string[] {
  return withImports(scriptsOfPage(dir, 'popup.html'));
}

export function bundleBytes(dir: string): BundleBytes {
  const size = (file: string) => statSync(file).size;
  return {
    content: size(join(dir, 'content-scripts/content.js')),
    page_tools: size(join(dir, 'page-tools.js')),
    popup: popupFiles(dir).reduce((total, file) => total + size(file), 0),
    background: size(join(dir, 'background.js')),
  };
}

const byName = (rows: Total[]) =>
  totalsBy(
    rows,
    (row) => row.name,
    (row) => row.total,
  );

/** Bytes per source module of some built files, from their source maps (a build made with them). */
export function composition(files: string[]): Total[] {
  return byName(files.flatMap((file) => new MappedFile(file).bytesByModule()));
}

/** Modules by folder of the sources ("src/detect", the pack's content apart), packages as they are. */
export function byGroup(modules: Total[]): Total[] {
  const groupOf = ({ name }: Total) => {
    const depth = name.startsWith('src/pack/default/') ? 3 : 2;
    return name.startsWith('src/') ? name.split('/').slice(0, depth).join('/') : name;
  };
  return byName(modules.map((row) => ({ name: groupOf(row), total: row.total })));
}
