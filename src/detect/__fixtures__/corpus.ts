import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../scripts/lib/corpus';

/** The shared corpus (see `sharedDir`), for tests. */

interface Excerpt {
  id: string;
  lang: 'en' | 'es';
  label: 'dispute' | 'not-dispute';
  text: string;
}

let excerpts: Map<string, Excerpt> | null = null;

/** The text of one labelled excerpt of corpus/excerpts.jsonl. */
export function excerpt(id: string): Excerpt {
  excerpts ??= new Map(
    fs
      .readFileSync(path.join(sharedDir, 'corpus/excerpts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const row = JSON.parse(line) as Excerpt;
        return [row.id, row];
      }),
  );
  const row = excerpts.get(id);
  if (!row) throw new Error(`no excerpt ${id}`);
  return row;
}

/** The source article. */
export function sourceArticle(): string {
  return fs.readFileSync(path.join(sharedDir, 'source/article.txt'), 'utf8');
}
