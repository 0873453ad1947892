import { statSync } from 'node:fs';
import { parseEntry } from '../../../src/detect/compile/lexicon-syntax';
import { defaultPack } from '../../../src/pack/default';
import { listPages } from '../corpus';
import { demoRoutes } from '../demo-pages';
import { type Routes, readPage } from '../serve';
import { seededRandom } from './stats';

export interface BenchPage {
  /** "pages/cnn.html", "demo/article.html" */
  name: string;
  /** Path served on 127.0.0.1. */
  path: string;
  bytes: number;
}

/** Every corpus page and the demo pages, with the routes that serve them. */
export function benchPages(): { pages: BenchPage[]; routes: Routes } {
  const routes: Routes = {};
  const pages: BenchPage[] = [];
  for (const page of listPages()) {
    const path = `/${page.name}`;
    routes[path] = () => readPage(page.file);
    pages.push({ name: page.name, path, bytes: statSync(page.file).size });
  }
  for (const [path, route] of Object.entries(demoRoutes())) {
    routes[`/demo${path}`] = route;
    const html = typeof route === 'function' ? route() : route;
    pages.push({ name: `demo${path}`, path: `/demo${path}`, bytes: Buffer.byteLength(html) });
  }
  return { pages, routes };
}

/**
 * The topic lexicons as plain phrases for mark.js: alternatives expanded, false friends (`not:`)
 * left out. Prefix entries ("narcotrafic*") become their stem as a whole word, which mark.js can
 * search for at the same cost. Shuffled with a fixed seed, so that the first n phrases are a fair
 * sample of the cost of all of them (see `markjs` in in-page.js).
 */
export function markTerms(): string[] {
  const phrases = new Set<string>();
  for (const topic of defaultPack.topics) {
    for (const lexicon of Object.values(topic.lexicon)) {
      for (const entry of [...lexicon.anchors, ...lexicon.terms]) {
        const parsed = parseEntry(entry);
        if (parsed.tag !== 'not') for (const phrase of parsed.phrases) phrases.add(phrase);
      }
    }
  }
  const terms = [...phrases];
  const random = seededRandom(2025);
  for (let i = terms.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [terms[i], terms[j]] = [terms[j]!, terms[i]!];
  }
  return terms;
}
