// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDetector } from '../detect';
import { createClaimFinder } from '../detect/claims';
import { defaultPack } from '../pack/default';
import { scanRoot } from './scan';

const detector = createDetector(defaultPack);
const claims = createClaimFinder(defaultPack);
const quoteTopic = (id: string) => defaultPack.quotes.find((quote) => quote.id === id)?.topics[0];

async function mentionsOn(html: string, sensitivity: 'strict' | 'normal' | 'broad' = 'normal') {
  document.body.innerHTML = html;
  const result = await scanRoot(document.body, detector, { claims, quoteTopic, sensitivity });
  return result!.scan.mentions;
}

const ARTICLE = `<article>
  <p>Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.
  Troops at the border now patrol the National Defense Area.</p>
  <p>The U.S. National Security Council has echoed concerns about drug-related violence, declaring it “crystal clear that Mexico must do more to combat these gangs and cartels,” while reaffirming America’s readiness to assist in combating these issues together.</p>
</article>`;

describe('what a page scan offers the reader', () => {
  it('makes each sentence with a checked claim one mention, its card’s subject', async () => {
    const mentions = await mentionsOn(ARTICLE);
    const claimed = mentions.filter((m) => m.claim);
    expect(claimed.map((m) => m.claim?.id)).toEqual(['C15', 'C19']);
    expect(claimed[0]!.text).toMatch(/^Since September, the U\.S\. Department of Homeland Security/);
  });

  it('paints no topic word inside a claim, and lets a quote inside a claim ride with it', async () => {
    const mentions = await mentionsOn(ARTICLE, 'broad');
    const c19 = mentions.find((m) => m.claim?.id === 'C19')!;
    expect(c19.quote?.quote).toBe('Q3');
    expect(mentions.filter((m) => m.quote && !m.claim)).toEqual([]);
    for (const claim of mentions.filter((m) => m.claim)) {
      const inside = mentions.filter(
        (m) =>
          m !== claim &&
          claim.range.compareBoundaryPoints(Range.START_TO_START, m.range) <= 0 &&
          claim.range.compareBoundaryPoints(Range.END_TO_END, m.range) >= 0,
      );
      expect(
        inside.map((m) => m.text),
        claim.claim?.id,
      ).toEqual([]);
    }
  });

  it('paints claims and quotes alone when strict, and more topic words when broad than normally', async () => {
    const strict = await mentionsOn(ARTICLE, 'strict');
    expect(strict.every((m) => m.claim || m.quote)).toBe(true);
    const normal = await mentionsOn(ARTICLE, 'normal');
    const broad = await mentionsOn(ARTICLE, 'broad');
    expect(normal.length).toBeGreaterThan(strict.length);
    expect(broad.length).toBeGreaterThanOrEqual(normal.length);
  });

  it('finds every claim of a long article read in stretches, each at its own words', async () => {
    const sentence =
      'Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.';
    const filler = 'The weather in Lisbon was mild all week, and the harbour was calm. '.repeat(6);
    document.body.innerHTML = Array.from({ length: 40 }, () => `<p>${filler}${sentence}</p>`).join('');
    const result = await scanRoot(document.body, detector, { claims, quoteTopic, sliceMs: -1 });
    const found = result!.scan.claims!;
    expect(found).toHaveLength(40);
    for (const claim of found) expect(claim.range.toString()).toBe(sentence);
  });

  it('lists a sentence found accurate, and paints it only when the reader asks for everything', async () => {
    const accurate =
      '<p>During his time as president, Trump’s administration has blamed both Mexico and Canada for the influx of illegal drugs — specifically fentanyl — into the United States.</p>';
    for (const [sensitivity, painted] of [
      ['normal', false],
      ['broad', true],
    ] as const) {
      document.body.innerHTML = accurate;
      const result = await scanRoot(document.body, detector, { claims, quoteTopic, sensitivity });
      expect(
        result!.scan.claims!.map((c) => c.id),
        sensitivity,
      ).toEqual(['C10']);
      expect(
        result!.scan.mentions.some((m) => m.claim?.id === 'C10'),
        sensitivity,
      ).toBe(painted);
    }
  });
});
