import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../tests/fixtures';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

describe('npm run --silent scan -- --json', () => {
  it('writes nothing on stdout but one JSON object a line, one per input', () => {
    const page = 'demo/pages/nytimes-1.html';
    const stdout = execFileSync('npm', ['run', '--silent', 'scan', '--', '--json', page, '-'], {
      cwd: repoRoot,
      input: excerpt('x001').text,
      encoding: 'utf8',
    });
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { input: string; about: boolean });
    expect(rows.map((row) => [row.input, row.about])).toEqual([
      [page, false],
      ['-', true],
    ]);
  }, 60_000);
});
