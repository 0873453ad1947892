import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
import { afterAll, describe, expect, it } from 'vitest';
import { MappedFile } from './sourcemap';

const dir = mkdtempSync(join(tmpdir(), 'bench-sourcemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A built line of three pieces: one of ours, one of a package, then glue with no source. */
function built(): MappedFile {
  const code = 'let a=1;function f(){}/*glue*/';
  const map = new SourceMapGenerator({ file: 'out.js' });
  const ours = 'src/detect/x.ts';
  const preact = 'node_modules/preact/dist/preact.mjs';
  map.setSourceContent(ours, 'const a = 1;\nexport function f() {}\n');
  map.setSourceContent(preact, '');
  map.addMapping({ generated: { line: 1, column: 0 }, original: { line: 1, column: 0 }, source: ours });
  map.addMapping({ generated: { line: 1, column: 8 }, original: { line: 2, column: 7 }, source: ours });
  map.addMapping({ generated: { line: 1, column: 17 }, original: { line: 1, column: 0 }, source: preact });
  map.addMapping({ generated: { line: 1, column: 22 } });
  const file = join(dir, 'out.js');
  writeFileSync(file, code);
  writeFileSync(`${file}.map`, map.toString());
  return new MappedFile(file);
}

describe('a built file read through its source map', () => {
  it('counts its bytes by source module, packages by name', () => {
    expect(built().bytesByModule()).toEqual([
      { name: 'src/detect/x.ts', total: 17 },
      { name: '(bundler glue)', total: 8 },
      { name: 'preact', total: 5 },
    ]);
  });

  it('finds where a position came from, and the function a profile points just before', () => {
    const file = built();
    expect(file.position(0, 3)).toEqual({ module: 'src/detect/x.ts', line: 1, text: 'const a = 1;' });
    expect(file.position(0, 20)?.module).toBe('preact');
    expect(file.position(0, 3, true)).toEqual({ module: 'src/detect/x.ts', line: 2, text: 'export function f() {}' });
    expect(file.position(5, 0)).toBeNull();
  });
});
