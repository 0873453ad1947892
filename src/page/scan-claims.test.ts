// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createDetector } from '../detect';
import { createClaimFinder } from '../detect/claims';
import { defaultPack } from '../pack/default';
import { needsRescan } from './changes';
import { DetectionCache, scanRoot } from './scan';
import { Changes } from './watch';

const detector = createDetector(defaultPack);
const claims = createClaimFinder(defaultPack);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('claims on a page', () => {
  it('maps each claim to the range of its sentence, across inline elements', async () => {
    const root = page(`
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <p>Claudia Sheinbaum, <a href="/s">Mexico’s first female president</a>, is one of the protagonists.
        On April 16, she had a <em>catalytic</em> phone call with former <b>U.S. President</b> Donald Trump.</p>
        <p>Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.</p>
      </article>`);
    const result = await scanRoot(root, detector, { claims });
    const found = result!.scan.claims!;
    expect(found.map((c) => [c.id, c.how])).toEqual([
      ['C1', 'exact'],
      ['C2', 'exact'],
      ['C15', 'exact'],
    ]);
    const c2 = found[1]!;
    expect(c2.range.toString().replace(/\s+/g, ' ')).toBe(
      'On April 16, she had a catalytic phone call with former U.S. President Donald Trump.',
    );
    expect(c2.range.startContainer.parentElement?.tagName).toBe('P');
    expect(c2.range.endContainer.parentElement?.tagName).toBe('P');
    expect(found[2]!.range.toString()).toBe(found[2]!.text);
  });

  it('finds no claim where the page states the facts correctly, and none without a finder', async () => {
    const root = page(
      '<p>On April 16, Sheinbaum had a phone call with U.S. President Donald Trump.</p><p>In April the Army set up the zone in New Mexico.</p>',
    );
    expect((await scanRoot(root, detector, { claims }))!.scan.claims).toEqual([]);
    expect(
      (await scanRoot(
        page('<p>On April 16, she had a catalytic phone call with former U.S. President Donald Trump.</p>'),
        detector,
      ))!.scan.claims,
    ).toBeUndefined();
  });

  it('looks again when a change makes a checked claim, even with no other word of the dispute', async () => {
    page('<p>Weather and sport.</p>');
    const added = (text: string) => {
      const observer = new MutationObserver(() => undefined);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
      const records = observer.takeRecords();
      observer.disconnect();
      return new Changes(records, () => false);
    };
    const claim = added('For almost twenty years, both countries have been plagued by cross-border violence.');
    expect(
      detector.mayMatch('For almost twenty years, both countries have been plagued by cross-border violence.'),
    ).toBe(false);
    expect(needsRescan(claim, [], detector)).toBe(false);
    expect(needsRescan(claim, [], detector, claims)).toBe(true);
    expect(needsRescan(added('Both teams played for almost twenty minutes.'), [], detector, claims)).toBe(false);
  });
  it('looks again for claims only in the blocks whose text changed since the last scan', async () => {
    const root = page(
      '<p>On April 16, she had a catalytic phone call with former U.S. President Donald Trump.</p>' +
        '<p>Weather and sport.</p><p>Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.</p>',
    );
    const find = vi.fn((text: string) => claims.find(text));
    const counted = { find, mayMatch: (text: string) => claims.mayMatch(text) };
    const cache = new DetectionCache();
    const ids = async () => (await scanRoot(root, detector, { claims: counted, cache }))!.scan.claims!.map((c) => c.id);
    expect(await ids()).toEqual(['C2', 'C15']);
    const firstReads = find.mock.calls.length;
    expect(firstReads).toBeGreaterThanOrEqual(3);
    find.mockClear();
    root.querySelectorAll('p')[1]!.textContent = 'Weather, sport and the markets.';
    expect(await ids()).toEqual(['C2', 'C15']);
    expect(find.mock.calls.map(([text]) => text)).toEqual(['Weather, sport and the markets.']);
    // A claim's block changed: found again where it now stands.
    find.mockClear();
    root.querySelectorAll('p')[0]!.textContent = 'Nothing to see.';
    expect(await ids()).toEqual(['C15']);
    expect(find.mock.calls.map(([text]) => text)).toEqual(['Nothing to see.']);
  });
});
