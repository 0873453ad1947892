import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { createDetector } from '../index';
import { NEIGHBOURHOOD } from './relevance';

const detector = createDetector(defaultPack);
/** A report on the dispute in the press's own words: none of the source's quotes, which would outweigh any era. */
const article = [
  'Mexican President Claudia Sheinbaum said on Saturday that she rejected a proposal from Donald Trump to send U.S. troops into Mexico to fight drug cartels.',
  'Sheinbaum said Mexico was willing to share intelligence and cooperate against fentanyl trafficking, but that its sovereignty was not negotiable.',
  'Washington has designated six Mexican cartels as foreign terrorist organizations, and the Pentagon has set up a National Defense Area along the border in New Mexico.',
].join('\n\n');

/** Page chrome: links and headlines with no word of the dispute, a screenful or more of them. */
const chrome = (lines: number) =>
  Array.from({ length: lines }, (_, i) => `Weather, sports and culture: story number ${i + 1} of the day`).join('\n\n');

/** A sidebar that names Obama a dozen times. */
const obamaSidebar = Array.from({ length: 12 }, (_, i) => `Obama Presidential Center: photo gallery ${i + 1}`).join(
  '\n\n',
);

describe('relevance judged where the words stand', () => {
  const gap = chrome(Math.ceil(NEIGHBOURHOOD / 40));

  it('a sidebar of another era does not darken the article beside it', () => {
    const page = `${article}\n\n${gap}\n\n${obamaSidebar}`;
    const result = detector.scan(page);
    expect(result.about).toBe(true);
    expect(result.mentions.length).toBeGreaterThan(5);
    expect(result.mentions.every((m) => m.end <= article.length)).toBe(true);
  });

  it('markers of another era still discount the same words next to them', () => {
    expect(detector.scan(`${article}\n\n${obamaSidebar}`).about).toBe(false);
  });

  it('an article that sets the scene does not make a far sidebar’s words count', () => {
    const sidebar = 'Related: Mexico’s troops parade on Independence Day\n\nTrump golf weekend';
    const page = `${article}\n\n${gap}\n\n${sidebar}`;
    const result = detector.scan(page);
    expect(result.about).toBe(true);
    const sidebarStart = page.indexOf(sidebar);
    expect(result.mentions.filter((m) => m.start >= sidebarStart)).toEqual([]);
    // The same sidebar right after the article is in its neighbourhood, and counts as before.
    const near = detector.scan(`${article}\n\n${sidebar}`);
    expect(near.mentions.some((m) => m.start > article.length)).toBe(true);
  });
});
