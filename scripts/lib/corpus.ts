import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, TopicId } from '../../src/pack/types';
import { htmlToText } from './html-text';

/** The shared corpus and source the detector is measured on. */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `shared/` beside the repository, or where BORDERLINE_SHARED points. */
export const sharedDir = process.env.BORDERLINE_SHARED
  ? path.resolve(process.env.BORDERLINE_SHARED)
  : path.resolve(repoRoot, '../shared');

export interface Excerpt {
  id: string;
  lang: Lang;
  label: 'dispute' | 'not-dispute';
  topics: TopicId[];
  text: string;
}

export function loadExcerpts(): Excerpt[] {
  const file = path.join(sharedDir, 'corpus/excerpts.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Excerpt);
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
