import { resolve } from 'node:path';
import { defaultPack } from '../../src/pack/default';
import { type Routes, readPage } from './serve';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The source article as a plain news page. */
export function articlePage(): string {
  const { source } = defaultPack;
  const paragraphs = source.text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${source.lang}"><head><meta charset="utf-8"><title>${escapeHtml(source.title.en)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222;background:#fdfdfb}
h1{font:700 1.8em/1.2 system-ui,sans-serif}</style></head>
<body><article><h1>${escapeHtml(source.title.en)}</h1>
${paragraphs}
</article></body></html>`;
}

export const UNRELATED_PAGE = resolve(import.meta.dirname, '../../demo/pages/nytimes-1.html');

export function demoRoutes(): Routes {
  return {
    '/article.html': articlePage,
    '/unrelated.html': () => readPage(UNRELATED_PAGE),
  };
}
