import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from './corpus';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved page of the corpus (`pages/<name>.html`), as it was saved. */
export function templateHtml(name: string): string {
  return fs.readFileSync(path.join(sharedDir, 'corpus/pages', `${name}.html`), 'utf8');
}

/**
 * A real page with a text put into it as an article: one `<p>` a line, in an `<article>` right
 * after the page's first heading (or at the start of its body), keeping its nav, sidebars and
 * scripts around it.
 */
export function intoTemplate(html: string, text: string, articleId?: string): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const h1 = /<\/h1>/i.exec(html);
  const body = /<body[^>]*>/i.exec(html);
  const at = h1 ? h1.index + h1[0].length : body ? body.index + body[0].length : 0;
  const open = articleId ? `<article id="${articleId}">` : '<article>';
  return `${html.slice(0, at)}\n${open}\n${paragraphs}\n</article>\n${html.slice(at)}`;
}
