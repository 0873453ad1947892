/**
 * The checks that need the whole shared corpus, for CI (where it sits beside the repository): the
 * copies the unit tests read are still the corpus's own, the default pack still carries the source
 * article byte for byte, and the gate turns away nine real pages in ten. Prints one line per check
 * and exits non-zero if any fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileGate } from '../src/detect/gate/compile-gate';
import { loadGate } from '../src/detect/gate/gate';
import { compileDetector } from '../src/detect/index';
import { defaultPack } from '../src/pack/default';
import { pageFiles } from '../tests/fixtures';
import { articleText, listPages, pageText, repoRoot, requireCorpus, sharedDir } from './lib/corpus';

requireCorpus('check:corpus');

const GATE_TURNS_AWAY = 0.9;

interface Check {
  name: string;
  /** What was found, for the report. */
  detail: string;
  pass: boolean;
}

/** Each fixture (the demo's page among them) against the file of the corpus it was copied from. */
function fixturesMatch(): Check {
  const pairs: [string, string][] = [
    ['tests/fixtures/excerpts.jsonl', 'corpus/excerpts.jsonl'],
    ['tests/fixtures/FACTS.md', 'source/FACTS.md'],
    ...[...pageFiles()].map(([name, file]): [string, string] => [
      path.relative(repoRoot, file),
      `corpus/pages/${name}.html`,
    ]),
  ];
  const differ = pairs
    .filter(([copy, original]) => {
      const source = path.join(sharedDir, original);
      return !fs.existsSync(source) || !fs.readFileSync(path.join(repoRoot, copy)).equals(fs.readFileSync(source));
    })
    .map(([copy]) => copy);
  return {
    name: 'tests/fixtures and the demo page are copies of the corpus, byte for byte',
    detail: differ.length === 0 ? `${pairs.length} files` : `not the same: ${differ.join(', ')}`,
    pass: differ.length === 0,
  };
}

function packCarriesArticle(): Check {
  const same = defaultPack.source.text === articleText();
  return {
    name: 'the default pack carries the source article byte for byte',
    detail: same ? `${defaultPack.source.text.length} characters` : 'the texts differ',
    pass: same,
  };
}

/** The gate, stored and read back as the background hands it to pages, on every page of `pages/`. */
function gateTurnsAwayPages(): Check {
  const gate = loadGate(JSON.parse(JSON.stringify(compileGate(compileDetector(defaultPack), defaultPack))));
  const pages = listPages().filter((page) => page.name.startsWith('pages/'));
  const admitted = pages.filter((page) => gate.admits(pageText(page))).map((page) => page.name);
  const share = 1 - admitted.length / pages.length;
  return {
    name: `the gate turns away more than ${GATE_TURNS_AWAY * 100}% of the real pages, none about the dispute`,
    detail: `${pages.length - admitted.length} of ${pages.length} turned away; let through: ${admitted.join(', ') || 'none'}`,
    pass: share > GATE_TURNS_AWAY && !admitted.includes('pages/nytimes-1.html'),
  };
}

const checks = [fixturesMatch(), packCarriesArticle(), gateTurnsAwayPages()];
for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
process.exitCode = checks.every((check) => check.pass) ? 0 : 1;
