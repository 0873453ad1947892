/**
 * The claim finder's evaluation, as text: the source article (alone and inside real page
 * templates), the labelled claim set (per claim and per language: precision, recall, false
 * caveats on correct statements), and every page and excerpt of the shared corpus (claims found
 * there are listed; on the real pages, which are all off the subject, any is a false caveat).
 */
import { createDetector, type Detector } from '../../src/detect';
import { type ClaimMatch, createClaimFinder } from '../../src/detect/claims';
import { HELD_OUT_FILE, type LabelledSentence, loadLabelled } from '../../src/detect/claims/__fixtures__/labelled';
import type { Pack } from '../../src/pack/types';
import { htmlToText } from '../../tests/fixtures/html-text';
import { articleText, listPages, loadExcerpts, pageText } from './corpus';
import { intoTemplate, templateHtml } from './page-template';

const PRECISION_TARGET = 0.98;
const RECALL_TARGET = { en: 0.85, es: 0.75 };
/** Real pages the source article is put into, one `<p>` a line, keeping their chrome. */
const TEMPLATES = ['cnn', 'nytimes-1', 'guardian-1', 'bbc-1', 'wikipedia', 'la-nacion', 'breitbart'];

interface Tally {
  tp: number;
  fn: number;
  fp: number;
}

const rate = (num: number, den: number) => (den === 0 ? 1 : num / den);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export interface ClaimEval {
  lines: string[];
  results: unknown;
  targets: Record<string, boolean>;
}

export function evaluateClaims(pack: Pack): ClaimEval {
  const finder = createClaimFinder(pack);
  const detector = createDetector(pack);
  const ids = pack.caveats.map((c) => c.id);
  const accurate = new Set(pack.caveats.filter((c) => c.verdict === 'accurate').map((c) => c.id));
  const lines: string[] = [];

  // The source article, alone and inside real page templates.
  const article = articleText();
  const onSource = new Set(finder.find(article).map((m) => m.id));
  const templates = TEMPLATES.map((name) => {
    const text = htmlToText(intoTemplate(templateHtml(name), article));
    const first = article.split('\n')[0]!.slice(0, 60);
    const last = article.trim().split('\n').at(-1)!.slice(-60);
    const from = text.indexOf(first);
    const to = text.indexOf(last) + last.length;
    const found = finder.find(text);
    const outside = found.filter((m) => m.start < from || m.end > to);
    return { name, found: new Set(found.map((m) => m.id)).size, outside: outside.map(show) };
  });

  // The labelled sets.
  const sets = [
    { name: 'labelled set', result: scoreSet(finder.find, loadLabelled(), accurate) },
    { name: 'held-out set', result: scoreSet(finder.find, loadLabelled(HELD_OUT_FILE), accurate) },
  ];

  // The corpus: real pages (all off the subject) and the labelled excerpts.
  const pageClaims: string[] = [];
  const pages = listPages();
  const texts = pages.map((page) => ({ page, text: pageText(page) }));
  for (const { page, text } of texts) for (const m of finder.find(text)) pageClaims.push(`${page.name}: ${show(m)}`);
  const speed = timeFinder(finder.find, detector, article, texts);
  const excerptClaims: { id: string; label: string; claim: string; verdict: string; text: string }[] = [];
  for (const row of loadExcerpts())
    for (const m of finder.find(row.text))
      excerptClaims.push({ id: row.id, label: row.label, claim: m.id, verdict: m.verdict, text: m.text });
  const offSubject = excerptClaims.filter((e) => e.label !== 'dispute' && e.verdict !== 'accurate');

  // Report.
  lines.push(`Claims on the source article: ${onSource.size}/${ids.length}${missing(ids, onSource)}`);
  for (const t of templates)
    lines.push(
      `  inside pages/${t.name}.html: ${t.found}/${ids.length}, outside the article: ${t.outside.length}${t.outside.length ? ` (${t.outside.join('; ')})` : ''}`,
    );
  lines.push('');
  for (const { name, result } of sets) {
    lines.push('');
    lines.push(`Claims on the ${name} (${result.sentences} sentences, ${result.negatives} that must get no caveat)`);
    lines.push(...result.lines);
  }
  lines.push('');
  lines.push(`Claims on the real pages (${pages.length}, none about the dispute): ${pageClaims.length}`);
  lines.push(
    `  finder time (warm, median of ${RUNS}): source article ${speed.articleMs.toFixed(2)} ms (detector ${speed.articleDetectMs.toFixed(2)} ms); ` +
      `all pages ${speed.pagesMs.toFixed(0)} ms for ${(speed.chars / 1e6).toFixed(1)} M characters (detector ${speed.pagesDetectMs.toFixed(0)} ms), ` +
      `slowest ${speed.slowest.name} ${speed.slowest.ms.toFixed(1)} ms`,
  );
  for (const p of pageClaims) lines.push(`  ${p}`);
  lines.push(
    `Claims on the corpus excerpts: ${excerptClaims.length} (${offSubject.length} caveats on excerpts off the subject)`,
  );
  for (const e of excerptClaims)
    lines.push(`  ${e.id} (${e.label}) ${e.claim} ${e.verdict}: ${e.text.replace(/\s+/g, ' ').slice(0, 110)}`);

  const both = sets.map((set) => set.result);
  const all = both.reduce((a, r) => add(a, r.total), { tp: 0, fn: 0, fp: 0 });
  const kind = (key: string) =>
    both.reduce(
      (a, r) => ({ found: a.found + (r.byKind[key]?.found ?? 0), total: a.total + (r.byKind[key]?.total ?? 0) }),
      {
        found: 0,
        total: 0,
      },
    );
  const en = kind('paraphrase:en');
  const es = kind('translation:es');
  const targets = {
    claimsOnSource: onSource.size === ids.length,
    claimsInTemplates: templates.every((t) => t.found === ids.length && t.outside.length === 0),
    claimPrecision: rate(all.tp, all.tp + all.fp) >= PRECISION_TARGET,
    noFalseCaveats: both.every((r) => r.falseCaveats === 0),
    claimRecallEn: rate(en.found, en.total) >= RECALL_TARGET.en,
    claimRecallEs: rate(es.found, es.total) >= RECALL_TARGET.es,
    noClaimsOnPages: pageClaims.length === 0,
    noCaveatsOffSubject: offSubject.length === 0,
  };
  return {
    lines,
    targets,
    results: {
      source: [...onSource],
      templates,
      sets: Object.fromEntries(sets.map(({ name, result }) => [name, { ...result, lines: undefined }])),
      pages: pageClaims,
      speed,
      excerpts: excerptClaims,
    },
  };
}

const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp });

/** Precision and recall per claim and language, recall per kind of sentence, false caveats. */
function scoreSet(find: (text: string) => ClaimMatch[], rows: LabelledSentence[], accurate: Set<string>) {
  const tally: Record<string, Tally> = {};
  const byKind: Record<string, { found: number; total: number }> = {};
  const wrongOnCorrect: Record<string, number> = {};
  let falseCaveats = 0;
  const errors: string[] = [];
  for (const row of rows) {
    const found = [...new Set(find(row.text).map((m) => m.id))];
    const allowed = new Set([row.expect, ...(row.also ?? [])]);
    if (row.expect) {
      const hit = found.includes(row.expect);
      tally[`${row.expect}:${row.lang}`] ??= { tp: 0, fn: 0, fp: 0 };
      tally[`${row.expect}:${row.lang}`]![hit ? 'tp' : 'fn']++;
      byKind[`${row.kind}:${row.lang}`] ??= { found: 0, total: 0 };
      const k = byKind[`${row.kind}:${row.lang}`]!;
      k.total++;
      if (hit) k.found++;
      else errors.push(`missed ${row.expect} (${row.kind}, ${row.lang}): ${row.text}`);
    }
    const wrong = found.filter((id) => !allowed.has(id));
    for (const id of wrong) {
      tally[`${id}:${row.lang}`] ??= { tp: 0, fn: 0, fp: 0 };
      tally[`${id}:${row.lang}`]!.fp++;
      if (!row.expect) wrongOnCorrect[`${id}:${row.lang}`] = (wrongOnCorrect[`${id}:${row.lang}`] ?? 0) + 1;
      errors.push(`wrongly ${id} (${row.kind}, ${row.lang}, written for ${row.claim}): ${row.text}`);
    }
    if (!row.expect && wrong.some((id) => !accurate.has(id))) falseCaveats++;
  }
  const negativesPer: Record<string, number> = {};
  for (const row of rows)
    if (!row.expect) negativesPer[`${row.claim}:${row.lang}`] = (negativesPer[`${row.claim}:${row.lang}`] ?? 0) + 1;
  const total = Object.values(tally).reduce(add, { tp: 0, fn: 0, fp: 0 });
  const sumLang = (lang: string) =>
    Object.entries(tally)
      .filter(([key]) => key.endsWith(`:${lang}`))
      .reduce((a, [, t]) => add(a, t), { tp: 0, fn: 0, fp: 0 });
  const row = (label: string, lang: string, t: Tally, negatives: string) =>
    `${label.padEnd(7)}${lang.padEnd(6)}${pct(rate(t.tp, t.tp + t.fp))}${pct(rate(t.tp, t.tp + t.fn))}   ${`${t.tp} ${t.fn} ${t.fp}`.padEnd(10)}${negatives}`;
  const lines = [
    `${'claim'.padEnd(7)}${'lang'.padEnd(6)}${'P'.padStart(7)}${'R'.padStart(7)}   tp fn fp   false caveats / correct statements`,
  ];
  const claims = [...new Set([...Object.keys(tally), ...Object.keys(negativesPer)].map((k) => k.split(':')[0]!))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  for (const id of claims)
    for (const lang of ['en', 'es']) {
      const key = `${id}:${lang}`;
      if (!tally[key] && !negativesPer[key]) continue;
      lines.push(
        row(id, lang, tally[key] ?? { tp: 0, fn: 0, fp: 0 }, `${wrongOnCorrect[key] ?? 0} / ${negativesPer[key] ?? 0}`),
      );
    }
  for (const lang of ['en', 'es']) lines.push(row('all', lang, sumLang(lang), ''));
  lines.push(row('all', 'both', total, ''));
  lines.push(
    `  recall by kind: ${Object.entries(byKind)
      .sort()
      .map(([k, v]) => `${k} ${v.found}/${v.total}`)
      .join(', ')}`,
  );
  lines.push(`  false caveats on sentences that must get none: ${falseCaveats}`);
  for (const e of errors) lines.push(`  ${e}`);
  return {
    sentences: rows.length,
    negatives: rows.filter((r) => !r.expect).length,
    tally,
    byKind,
    total,
    falseCaveats,
    errors,
    lines,
  };
}

const RUNS = 5;

function median(runs: number[]): number {
  return [...runs].sort((a, b) => a - b)[runs.length >> 1]!;
}

/** Warm timings of the finder beside the detector's scan of the same texts. */
function timeFinder(
  find: (text: string) => ClaimMatch[],
  detector: Detector,
  article: string,
  texts: { page: { name: string }; text: string }[],
) {
  const time = (run: () => unknown) =>
    median(
      Array.from({ length: RUNS }, () => {
        const start = performance.now();
        run();
        return performance.now() - start;
      }),
    );
  const perPage = texts.map(({ page, text }) => ({ name: page.name, ms: time(() => find(text)) }));
  return {
    articleMs: time(() => find(article)),
    articleDetectMs: time(() => detector.scan(article)),
    pagesMs: perPage.reduce((sum, p) => sum + p.ms, 0),
    pagesDetectMs: texts.reduce((sum, { text }) => sum + time(() => detector.scan(text)), 0),
    chars: texts.reduce((sum, { text }) => sum + text.length, 0),
    slowest: perPage.reduce((a, b) => (b.ms > a.ms ? b : a)),
  };
}

function show(m: ClaimMatch): string {
  return `${m.id} ${m.how} “${m.text.replace(/\s+/g, ' ').slice(0, 80)}”`;
}

function missing(ids: string[], found: Set<string>): string {
  const absent = ids.filter((id) => !found.has(id));
  return absent.length ? ` (missing ${absent.join(', ')})` : '';
}
