/**
 * The detector as pages get it: every labelled excerpt put into real page templates from the
 * corpus (see `intoTemplate`), opened in Chromium with the built extension, read by the page path
 * itself (content script, gate, page tools, painter). Reports the dispute excerpts lit, the hard
 * negatives lit, the share of highlights outside the inserted article, and the checked claims of
 * the source article inside the same templates. Text-only evaluation overstates what pages get.
 */
import type { Page } from 'playwright-core';
import type { PageSummary } from '../../src/messaging/protocol';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { articleText, loadExcerpts } from './corpus';
import { patchSettings } from './inspect';
import { intoTemplate, templateHtml } from './page-template';
import { servePages } from './serve';

export const PAGE_TEMPLATES = ['cnn', 'guardian-1'];
const ARTICLE_ID = 'borderline-eval-article';
/** The content script's measure, recorded once a look at the page is done (painted, if anything was found). */
const SCAN_MEASURE = 'borderline:scan';
/** How long a page may take to be looked at: far more than any takes, even on a machine kept busy. */
const SCAN_TIMEOUT_MS = 120_000;
const PARALLEL = 3;
/** Under this share of the highlights may stand outside the inserted article. */
const OUTSIDE_TARGET = 0.01;

interface Job {
  path: string;
  id: string;
  kind: 'dispute' | 'negative' | 'source';
  template: string;
}

interface Painted {
  /** From the start of the page's load to the end of the first look. */
  ms: number;
  inside: number;
  outside: string[];
  /** The checked claims painted (read from the page's summary; the source article only). */
  claims?: string[];
}

export interface PageEval {
  lines: string[];
  targets: Record<string, boolean>;
  results: unknown;
}

/** Painted ranges on the page, and those outside the inserted article. */
function painted(page: Page): Promise<Omit<Painted, 'ms'>> {
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

declare const chrome: {
  tabs: {
    query: (q: object) => Promise<{ id?: number }[]>;
    sendMessage: (id: number, message: object, options: { frameId: number }) => Promise<unknown>;
  };
};

/** What the content script of the tab showing `url` tells the popup (the extension sees no tab's address). */
async function summaryOf(browser: ExtensionBrowser, url: string): Promise<PageSummary | null> {
  return browser.worker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      // The top frame's content script: the page's frames have their own.
      const answer = (await chrome.tabs
        .sendMessage(tab.id, { type: 'borderline:get-summary' }, { frameId: 0 })
        .catch(() => null)) as { url?: string } | null;
      if (answer?.url === wanted) return answer as PageSummary;
    }
    return null;
  }, url);
}

/** Opens each job's page in turn, a few tabs at a time, and reads what was painted once the first look is done. */
async function runJobs(browser: ExtensionBrowser, origin: string, jobs: Job[]): Promise<(Job & Painted)[]> {
  const queue = [...jobs];
  const results: (Job & Painted)[] = [];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      const page = await browser.context.newPage();
      for (let job = queue.shift(); job; job = queue.shift()) {
        const url = origin + job.path;
        const started = performance.now();
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT_MS });
        // The measure is recorded once the first look is done, after painting.
        await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, SCAN_MEASURE, {
          timeout: SCAN_TIMEOUT_MS,
          polling: 50,
        });
        const found: Painted = { ...(await painted(page)), ms: performance.now() - started };
        if (job.kind === 'source') {
          const summary = await summaryOf(browser, url);
          found.claims = [...new Set((summary?.mentions ?? []).flatMap((m) => (m.claim ? [m.claim] : [])))];
        }
        results.push({ ...job, ...found });
      }
      await page.close();
    }),
  );
  return results;
}

const percent = (part: number, all: number) => `${((100 * part) / Math.max(1, all)).toFixed(1)}%`;

/**
 * Runs the excerpts (at the default sensitivity) and then the source article (broad, where
 * claims judged accurate are painted too) inside each template. Each excerpt goes into every
 * template, or with `alternate` into one, the templates taken in turn (half the time). Needs a
 * build of the extension (`EXTENSION_DIR`) and Chromium.
 */
export async function evaluatePages(
  claims: readonly { id: string; topics?: readonly string[] }[],
  { templates = PAGE_TEMPLATES, alternate = false }: { templates?: string[]; alternate?: boolean } = {},
): Promise<PageEval> {
  // A claim with no topic is listed by the page, never painted (the reader's view files by topic).
  const claimIds = claims.filter((c) => (c.topics ?? []).length > 0).map((c) => c.id);
  const unpainted = claims.filter((c) => (c.topics ?? []).length === 0).map((c) => c.id);
  const excerpts = loadExcerpts();
  const article = articleText();
  const routes: Record<string, string> = {};
  const excerptJobs: Job[] = [];
  const sourceJobs: Job[] = [];
  for (const [t, template] of templates.entries()) {
    const html = templateHtml(template);
    for (const [i, row] of excerpts.entries()) {
      if (alternate && i % templates.length !== t) continue;
      const path = `/${template}/${row.id}.html`;
      routes[path] = intoTemplate(html, row.text, ARTICLE_ID);
      excerptJobs.push({ path, id: row.id, kind: row.label === 'dispute' ? 'dispute' : 'negative', template });
    }
    const path = `/${template}/source.html`;
    routes[path] = intoTemplate(html, article, ARTICLE_ID);
    sourceJobs.push({ path, id: 'source', kind: 'source', template });
  }
  const started = performance.now();
  const server = await servePages(routes);
  let results: (Job & Painted)[];
  try {
    const browser = await launchWithExtension();
    try {
      results = await runJobs(browser, server.origin, excerptJobs);
      await patchSettings(browser.worker, { sensitivity: 'broad' });
      results.push(...(await runJobs(browser, server.origin, sourceJobs)));
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }

  const rows = results.filter((r) => r.kind !== 'source');
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  const lines = [
    `Excerpts inside real pages (${templates.join(', ')}${alternate ? ', in turn' : ', each in all'}), in Chromium ` +
      `with the extension, normal sensitivity (${((performance.now() - started) / 1000).toFixed(0)} s; load to first ` +
      `look: median ${(times[times.length >> 1]! / 1000).toFixed(1)} s, slowest ${(times.at(-1)! / 1000).toFixed(1)} s)`,
  ];
  const perTemplate = templates.map((template) => {
    const mine = rows.filter((r) => r.template === template);
    const disputes = mine.filter((r) => r.kind === 'dispute');
    const negatives = mine.filter((r) => r.kind === 'negative');
    const dark = disputes.filter((r) => r.inside === 0).map((r) => r.id);
    const negativesLit = negatives.filter((r) => r.inside + r.outside.length > 0).map((r) => r.id);
    const outside = mine.reduce((sum, r) => sum + r.outside.length, 0);
    const all = mine.reduce((sum, r) => sum + r.inside + r.outside.length, 0);
    const source = results.find((r) => r.kind === 'source' && r.template === template);
    const painted = source?.claims ?? [];
    const sourceOutside = source?.outside.length ?? 0;
    lines.push(
      `  ${template.padEnd(12)} dispute excerpts lit ${disputes.length - dark.length}/${disputes.length}, ` +
        `hard negatives lit ${negativesLit.length}/${negatives.length}, ` +
        `highlights outside the article ${outside}/${all} (${percent(outside, all)})`,
    );
    if (dark.length) lines.push(`    dark: ${dark.join(' ')}`);
    if (negativesLit.length) lines.push(`    negatives lit: ${negativesLit.join(' ')}`);
    const stray = [...new Set(mine.flatMap((r) => r.outside))];
    if (stray.length) lines.push(`    outside the article: ${stray.slice(0, 12).join(' | ')}`);
    const absent = claimIds.filter((id) => !painted.includes(id));
    lines.push(
      `    the source article inside it (broad): claims painted ${painted.length}/${claimIds.length}` +
        `${absent.length ? ` (missing ${absent.join(', ')})` : ''}` +
        `${unpainted.length ? ` (${unpainted.join(', ')}: no topic, listed, never painted)` : ''}` +
        `, highlights outside the article ${sourceOutside}`,
    );
    return { template, dark, negativesLit, outside, all, claims: painted, sourceOutside };
  });
  const outside = perTemplate.reduce((sum, t) => sum + t.outside, 0);
  const all = perTemplate.reduce((sum, t) => sum + t.all, 0);
  lines.push(
    `  all          highlights outside the article ${outside}/${all} (${percent(outside, all)}; target under ${percent(OUTSIDE_TARGET, 1)})`,
  );
  return {
    lines,
    targets: {
      pagesDisputeLit: perTemplate.every((t) => t.dark.length === 0),
      pagesNoNegativeLit: perTemplate.every((t) => t.negativesLit.length === 0),
      pagesOutsideShare: outside < OUTSIDE_TARGET * all,
      pagesSourceClaims: perTemplate.every(
        (t) => claimIds.every((id) => t.claims.includes(id)) && t.sourceOutside === 0,
      ),
    },
    results: perTemplate,
  };
}
