/**
 * The detector as pages get it: every labelled excerpt put into real page templates from the
 * corpus (one `<p>` a line, in an `<article>` after the template's first heading, keeping its
 * nav, sidebars and scripts), opened in Chromium with the built extension. Reports the dispute
 * excerpts lit, the hard negatives lit, and the share of highlights outside the inserted article.
 * Text-only evaluation overstates what pages get: this is the page path itself.
 *
 *   BORDERLINE_OUT_DIR=… npx wxt build && BORDERLINE_OUT_DIR=… npx tsx scripts/eval-pages.ts [template…]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/browser';
import { loadExcerpts, requireCorpus, sharedDir } from './lib/corpus';
import { servePages } from './lib/serve';

const TEMPLATES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['cnn', 'guardian-1'];
const ARTICLE_ID = 'borderline-eval-article';
/** How long a page is given to be scanned and painted; a dispute page usually paints well within it. */
const PAINT_WAIT_MS = 6_000;
const PARALLEL = 3;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function intoTemplate(html: string, text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const h1 = /<\/h1>/i.exec(html);
  const body = /<body[^>]*>/i.exec(html);
  const at = h1 ? h1.index + h1[0].length : body ? body.index + body[0].length : 0;
  return `${html.slice(0, at)}\n<article id="${ARTICLE_ID}">\n${paragraphs}\n</article>\n${html.slice(at)}`;
}

/** Painted ranges on the page, and how many lie outside the inserted article. */
async function painted(page: Page): Promise<{ inside: number; outside: string[] }> {
  return page.evaluate((id) => {
    const article = document.getElementById(id);
    let inside = 0;
    const outside: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
      for (const range of highlight) {
        if (article?.contains((range as Range).commonAncestorContainer)) inside++;
        else outside.push(range.toString());
      }
    });
    return { inside, outside };
  }, ARTICLE_ID);
}

async function main(): Promise<void> {
  requireCorpus('eval-pages');
  const excerpts = loadExcerpts();
  const routes: Record<string, string> = {};
  const jobs: { path: string; id: string; dispute: boolean; template: string }[] = [];
  for (const template of TEMPLATES) {
    const html = fs.readFileSync(path.join(sharedDir, 'corpus/pages', `${template}.html`), 'utf8');
    for (const row of excerpts) {
      const route = `/${template}/${row.id}.html`;
      routes[route] = intoTemplate(html, row.text);
      jobs.push({ path: route, id: row.id, dispute: row.label === 'dispute', template });
    }
  }
  const server = await servePages(routes);
  const browser = await launchWithExtension();
  const results: { id: string; template: string; dispute: boolean; inside: number; outside: string[] }[] = [];
  try {
    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await browser.context.newPage();
        for (let job = queue.shift(); job; job = queue.shift()) {
          await page.goto(server.origin + job.path, { waitUntil: 'load', timeout: 60_000 });
          await page.waitForTimeout(PAINT_WAIT_MS);
          results.push({ ...job, ...(await painted(page)) });
        }
        await page.close();
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(`Excerpts inside real pages (${TEMPLATES.join(', ')}), in Chromium with the extension`);
  let outsideTotal = 0;
  let paintedTotal = 0;
  for (const template of TEMPLATES) {
    const rows = results.filter((r) => r.template === template);
    const disputes = rows.filter((r) => r.dispute);
    const negatives = rows.filter((r) => !r.dispute);
    const lit = disputes.filter((r) => r.inside > 0);
    const negativesLit = negatives.filter((r) => r.inside + r.outside.length > 0);
    const outside = rows.reduce((sum, r) => sum + r.outside.length, 0);
    const all = rows.reduce((sum, r) => sum + r.inside + r.outside.length, 0);
    outsideTotal += outside;
    paintedTotal += all;
    console.log(
      `  ${template.padEnd(12)} dispute excerpts lit ${lit.length}/${disputes.length}, hard negatives lit ${negativesLit.length}/${negatives.length}, ` +
        `highlights outside the article ${outside}/${all} (${((100 * outside) / Math.max(1, all)).toFixed(1)}%)`,
    );
    const dark = disputes.filter((r) => r.inside === 0).map((r) => r.id);
    if (dark.length) console.log(`    dark: ${dark.join(' ')}`);
    if (negativesLit.length) console.log(`    negatives lit: ${negativesLit.map((r) => r.id).join(' ')}`);
    const stray = [...new Set(rows.flatMap((r) => r.outside))];
    if (stray.length) console.log(`    outside the article: ${stray.slice(0, 12).join(' | ')}`);
  }
  console.log(
    `  all          highlights outside the article ${outsideTotal}/${paintedTotal} (${((100 * outsideTotal) / Math.max(1, paintedTotal)).toFixed(1)}%)`,
  );
}

await main();
