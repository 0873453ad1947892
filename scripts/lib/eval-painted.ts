/**
 * How much of a real article about the dispute Borderline paints, by sensitivity: each labelled
 * dispute excerpt laid out as an article (one paragraph a line) and read by the page's own scan
 * (`scanRoot`, in a DOM of happy-dom's), so the figure is what a reader's page would get.
 */
import { Window } from 'happy-dom';
import type { Detector, Sensitivity } from '../../src/detect';
import type { ClaimFinder } from '../../src/detect/claims';
import type { Pack } from '../../src/pack/types';
import { scanRoot } from '../../src/page/scan';
import type { Excerpt } from '../../tests/fixtures/excerpts';

/** The most of an article's characters that may be painted. */
export const PAINTED_SHARE_TARGET = 0.05;
const SENSITIVITIES: Sensitivity[] = ['strict', 'normal', 'broad'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface PaintedShares {
  lines: string[];
  /** At normal sensitivity, the typical article (the median) is painted within the target. */
  withinTarget: boolean;
}

export async function evaluatePaintedShare(
  pack: Pack,
  detector: Detector,
  claims: ClaimFinder,
  excerpts: readonly Excerpt[],
): Promise<PaintedShares> {
  const window = new Window();
  // The page layer reads the globals a content script has.
  Object.assign(globalThis, { document: window.document, Node: window.Node, NodeFilter: window.NodeFilter });
  const quoteTopic = (id: string) => pack.quotes.find((quote) => quote.id === id)?.topics[0];
  const dispute = excerpts.filter((row) => row.label === 'dispute');
  const lines = [
    `Painted share of the ${dispute.length} dispute excerpts, laid out as articles (target: median ≤ 5% at normal)`,
  ];
  let typicalNormal = 0;
  for (const sensitivity of SENSITIVITIES) {
    const shares: number[] = [];
    let paintedAll = 0;
    let totalAll = 0;
    for (const row of dispute) {
      window.document.body.innerHTML = `<article>${row.text
        .split('\n')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('')}</article>`;
      const result = await scanRoot(window.document.body as unknown as Node, detector, {
        sensitivity,
        quoteTopic,
        claims,
      });
      const total = window.document.body.textContent?.length ?? 0;
      const painted = (result?.scan.mentions ?? []).reduce((sum, m) => sum + m.range.toString().length, 0);
      shares.push(total === 0 ? 0 : painted / total);
      paintedAll += painted;
      totalAll += total;
    }
    shares.sort((a, b) => a - b);
    const at = (q: number) => shares[Math.min(shares.length - 1, Math.floor(q * shares.length))] ?? 0;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    lines.push(
      `  ${sensitivity.padEnd(7)} median ${pct(at(0.5))}, p90 ${pct(at(0.9))}, max ${pct(shares.at(-1) ?? 0)}, ` +
        `all excerpts together ${pct(totalAll === 0 ? 0 : paintedAll / totalAll)}`,
    );
    if (sensitivity === 'normal') typicalNormal = at(0.5);
  }
  await window.happyDOM.close();
  return { lines, withinTarget: typicalNormal <= PAINTED_SHARE_TARGET };
}
