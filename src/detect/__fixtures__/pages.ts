import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../scripts/lib/corpus';
import { htmlToText } from '../../../scripts/lib/html-text';

/** The visible text of a saved page of corpus/pages ("nytimes-1"), as the content script reads it. */
export function pageText(name: string): string {
  return htmlToText(fs.readFileSync(path.join(sharedDir, 'corpus/pages', `${name}.html`), 'utf8'));
}
