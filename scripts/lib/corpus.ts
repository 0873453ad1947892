import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Excerpt, readExcerpts } from '../../tests/fixtures/excerpts';
import { htmlToText } from '../../tests/fixtures/html-text';

/**
 * The whole shared corpus and the source, which the evaluation, the benchmarks and
 * `npm run check:corpus` read. The unit tests need none of it: they read `tests/fixtures`.
 */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `shared/` beside the repository, or where BORDERLINE_SHARED points. */
export const sharedDir = process.env.BORDERLINE_SHARED
  ? path.resolve(process.env.BORDERLINE_SHARED)
  : path.resolve(repoRoot, '../shared');

/**
 * Ends the process with one line saying where the corpus was looked for and how to provide it,
 * when it is not there: better than a stack trace about a missing file.
 */
export function requireCorpus(script: string): void {
  const missing = ['corpus/excerpts.jsonl', 'corpus/pages', 'source/article.txt'].filter(
    (part) => !fs.existsSync(path.join(sharedDir, part)),
  );
  if (missing.length === 0) return;
  console.error(
    `${script}: the shared corpus is not at ${sharedDir} (no ${missing.join(', ')}): put the shared folder ` +
      'beside the repository as ../shared, or set BORDERLINE_SHARED to where it is. npm test needs none of it.',
  );
  process.exit(2);
}

export function loadExcerpts(): Excerpt[] {
  return readExcerpts(path.join(sharedDir, 'corpus/excerpts.jsonl'));
}

export interface Page {
  /** "pages/cnn.html" */
  name: string;
  file: string;
}

/** Every saved page of `pages/` and `pages-large/`. */
export function listPages(): Page[] {
  const pages: Page[] = [];
  for (const dir of ['pages', 'pages-large']) {
    const full = path.join(sharedDir, 'corpus', dir);
    for (const name of fs.readdirSync(full).sort()) {
      if (/\.html?$/i.test(name)) pages.push({ name: `${dir}/${name}`, file: path.join(full, name) });
    }
  }
  return pages;
}

export function pageText(page: Page): string {
  return htmlToText(fs.readFileSync(page.file, 'utf8'));
}

export function articleText(): string {
  return fs.readFileSync(path.join(sharedDir, 'source/article.txt'), 'utf8');
}
