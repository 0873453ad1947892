import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ClaimReview, fromClaimReviews, toClaimReviews } from './claimreview';
import { defaultPack } from './default';
import { PackImportError } from './errors';
import { validatePack } from './schema';
import { article, collapseWhitespace, repoRoot } from './test-support';
import type { Pack } from './types';

const urlOf = new Map(defaultPack.references.map((reference) => [reference.id, reference.url]));
const recordOf = (review: ClaimReview) => review['borderline:caveat'] ?? review['borderline:quote'];

describe('npm run pack:export', () => {
  let stdout = '';
  let exported: ClaimReview[] = [];

  beforeAll(() => {
    stdout = execFileSync('npm', ['run', '--silent', 'pack:export'], { cwd: repoRoot, encoding: 'utf8' });
    exported = JSON.parse(stdout);
  }, 60_000);

  it('prints the ClaimReview array, pretty, and nothing else', () => {
    expect(stdout).toBe(`${JSON.stringify(toClaimReviews(defaultPack), null, 2)}\n`);
  });

  it('reviews each source quote, then each caveat', () => {
    expect(exported.map((review) => recordOf(review)?.id)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      ...defaultPack.caveats.map((caveat) => caveat.id),
    ]);
  });

  it('gives every review the fields of a schema.org ClaimReview', () => {
    for (const review of exported) {
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: expect.any(String),
        reviewRating: { '@type': 'Rating', alternateName: expect.any(String), ratingExplanation: expect.any(String) },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': expect.stringMatching(/^(Person|Organization)$/), name: expect.any(String) },
          appearance: { '@type': 'CreativeWork', name: defaultPack.source.title.en, inLanguage: 'en' },
        },
        author: { '@type': 'Organization', name: 'Borderline' },
        datePublished: defaultPack.reviewed,
      });
      expect(review.reviewRating.ratingExplanation.length).toBeGreaterThan(20);
      expect(review.citation.every((url) => /^https?:\/\//.test(url))).toBe(true);
    }
  });

  it("reviews the source's exact words", () => {
    const words = collapseWhitespace(article);
    for (const review of exported) {
      expect(words.includes(collapseWhitespace(review.claimReviewed)), review.claimReviewed).toBe(true);
    }
  });

  it('rates each claim with its verdict and cites its references', () => {
    for (const review of exported) {
      const caveat = review['borderline:caveat'];
      const quote = review['borderline:quote'];
      expect(review.reviewRating.alternateName).toBe(caveat?.verdict ?? quote?.status);
      expect(review.citation).toEqual((caveat ?? quote)?.references.map((id) => urlOf.get(id)));
    }
    const c8 = exported.find((review) => recordOf(review)?.id === 'C8');
    expect(c8?.reviewRating.ratingExplanation).toContain('unverified, and unlikely');
  });

  it('names whom the source presents as saying the words', () => {
    const authorOf = (id: string) => exported.find((review) => recordOf(review)?.id === id)?.itemReviewed.author;
    expect(authorOf('Q2')).toEqual({ '@type': 'Person', name: 'Donald Trump' });
    expect(authorOf('C14')).toEqual({ '@type': 'Person', name: 'Donald Trump' });
    expect(authorOf('Q1')).toEqual({ '@type': 'Person', name: 'Claudia Sheinbaum' });
    expect(authorOf('C6')).toEqual({ '@type': 'Person', name: 'Claudia Sheinbaum' });
    expect(authorOf('C19')).toEqual({ '@type': 'Organization', name: 'US National Security Council' });
    expect(authorOf('C8')).toEqual({ '@type': 'Organization', name: defaultPack.source.origin });
  });

  it('reads back into the default pack, which validates', () => {
    const pack = fromClaimReviews(exported);
    expect(pack).toStrictEqual(defaultPack);
    expect(validatePack(pack).ok).toBe(true);
  });
});

describe('fromClaimReviews', () => {
  it('keeps the order of quotes and the absence of optional fields', () => {
    const [q1, q2, q3, t1, ...others] = defaultPack.quotes;
    const { reviewed: _reviewed, ...withoutReview } = defaultPack;
    const pack: Pack = {
      ...withoutReview,
      source: { ...defaultPack.source, published: '2025-05' },
      quotes: [t1!, q2!, ...others, q1!, q3!],
      caveats: defaultPack.caveats.slice(5, 9),
    };
    const reviews = toClaimReviews(pack);
    expect(reviews[0]).not.toHaveProperty('datePublished');
    expect(reviews[0]?.itemReviewed.appearance.datePublished).toBe('2025-05');
    expect(fromClaimReviews(JSON.parse(JSON.stringify(reviews)))).toStrictEqual(pack);
  });

  it('throws a PackImportError that names the field', () => {
    const reviews = JSON.parse(JSON.stringify(toClaimReviews(defaultPack)));
    reviews[3]['borderline:caveat'].topics = ['weather'];
    expect(() => fromClaimReviews(reviews)).toThrowError(PackImportError);
    expect(() => fromClaimReviews(reviews)).toThrowError('[3].borderline:caveat.topics[0]: unknown topic "weather"');
  });
});
