import { execFileSync } from 'node:child_process';
import * as jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import schemaOrgContext from './__fixtures__/schema-org-context.json';
import { type ClaimReview, fromClaimReviews, toClaimReviews } from './claimreview';
import { defaultPack } from './default';
import { PackImportError } from './errors';
import { validatePack } from './schema';
import { article, collapseWhitespace, repoRoot } from './test-support';
import type { Caveat, Pack } from './types';

const SCHEMA_ORG = 'http://schema.org/';
const BORDERLINE_URN = 'urn:publicid:-:Borderline:';
const REVIEWER = { '@type': 'Organization', name: 'Borderline' };

const referenceOf = new Map(defaultPack.references.map((reference) => [reference.id, reference]));
const factual = defaultPack.caveats.filter((caveat) => caveat.verdict !== 'opinion');
const caveatOf = (review: ClaimReview): Caveat => review['borderline:caveat'];

/** The rating scale as the export documents it, restated here so that the tests check the code. */
function documentedRating(caveat: Caveat): number {
  if (caveat.verdict === 'accurate') return 5;
  if (caveat.severity === 'medium') return 3;
  if (caveat.severity !== 'high') return 4;
  return ['wrong', 'inaccurate', 'misattributed'].includes(caveat.verdict) ? 1 : 2;
}

/** Every JSON object in `value`, depth first; Borderline's own records and JSON literals are data, not nodes. */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsIn(item);
  } else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const [key, inner] of Object.entries(value)) {
      if (!key.startsWith('borderline:') && key !== '@value' && key !== '@context') yield* objectsIn(inner);
    }
  }
}

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

  it('reviews each caveat on a factual claim, in pack order; an opinion is not rated', () => {
    expect(exported.map((review) => caveatOf(review).id)).toEqual(factual.map((caveat) => caveat.id));
    expect(exported.some((review) => caveatOf(review).verdict === 'opinion')).toBe(false);
    expect(factual.length).toBeLessThan(defaultPack.caveats.length);
  });

  it("reviews the source's exact words", () => {
    const words = collapseWhitespace(article);
    for (const review of exported) {
      expect(review.claimReviewed).toBe(caveatOf(review).claim);
      expect(words.includes(collapseWhitespace(review.claimReviewed)), review.claimReviewed).toBe(true);
    }
  });

  it('names no one the source quotes as the author of a claim: the claims are the source’s', () => {
    for (const review of exported) {
      expect(review.itemReviewed).not.toHaveProperty('author');
      expect(review.itemReviewed['@type']).toBe('Claim');
    }
    const authors = [...objectsIn(exported)].flatMap((node) => (node.author === undefined ? [] : [node.author]));
    expect(authors).toHaveLength(exported.length);
    for (const author of authors) expect(author).toEqual(REVIEWER);
    expect([...objectsIn(exported)].some((node) => node['@type'] === 'Person')).toBe(false);
  });

  it('rates no quote under its speaker’s name: what the source makes of it is rated, in the caveat on it', () => {
    const sourceQuotes = defaultPack.quotes.filter((quote) => quote.sourceText !== undefined);
    expect(sourceQuotes.map((quote) => quote.id)).toEqual(['Q1', 'Q2', 'Q3']);
    for (const quote of sourceQuotes) {
      const words = collapseWhitespace(quote.sourceText ?? '');
      expect(exported.some((review) => collapseWhitespace(review.claimReviewed) === words)).toBe(false);
      const presenting = exported.filter(
        (review) =>
          caveatOf(review).quotes.includes(quote.id) && collapseWhitespace(review.claimReviewed).includes(words),
      );
      expect(presenting.length, quote.id).toBeGreaterThan(0);
      for (const review of presenting) {
        expect(collapseWhitespace(review.claimReviewed).length).toBeGreaterThan(words.length);
      }
    }
    expect(exported.some((review) => 'borderline:quote' in review)).toBe(false);
  });

  it('places each claim in the source, described as the pack describes it, with no publisher invented', () => {
    const { source } = defaultPack;
    for (const review of exported) {
      expect(review.itemReviewed.appearance).toEqual({
        '@type': 'CreativeWork',
        name: source.title.en,
        ...(source.description && { description: source.description.en }),
        inLanguage: source.lang,
      });
    }
  });

  it('rates each claim on the documented scale of 1 (false, and it changes the meaning) to 5 (accurate)', () => {
    for (const review of exported) {
      const caveat = caveatOf(review);
      expect(review.reviewRating, caveat.id).toEqual({
        '@type': 'Rating',
        ratingValue: documentedRating(caveat),
        bestRating: 5,
        worstRating: 1,
        alternateName: caveat.verdictLabel.en,
        ratingExplanation: expect.stringContaining(caveat.explanation.en),
      });
    }
    const ratingOf = (id: string) => exported.find((review) => caveatOf(review).id === id)?.reviewRating.ratingValue;
    expect(['C1', 'C2', 'C3', 'C6', 'C14', 'C19'].map(ratingOf)).toEqual([5, 1, 3, 3, 1, 4]);
    const c8 = exported.find((review) => caveatOf(review).id === 'C8');
    expect(c8?.reviewRating.ratingExplanation).toContain('unverified, and unlikely');
  });

  it('gives each review a URN of its own that names the pack and the caveat, and no web address', () => {
    const urls = exported.map((review) => review.url);
    expect(new Set(urls).size).toBe(exported.length);
    for (const review of exported) {
      expect(review.url).toBe(`${BORDERLINE_URN}NONSGML+ClaimReview+${defaultPack.id}+${caveatOf(review).id}:EN`);
      // RFC 8141: "urn:", a namespace identifier, ":", a namespace-specific string.
      expect(review.url).toMatch(/^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:[\w()+,.:=@;$!*'%-]+$/i);
    }
  });

  it('dates each review and names its author', () => {
    for (const review of exported) {
      expect(review).toMatchObject({ author: REVIEWER, datePublished: defaultPack.reviewed, inLanguage: 'en' });
    }
  });

  it('cites each reference of the caveat as a creative work, with its publisher', () => {
    for (const review of exported) {
      expect(review.citation).toEqual(
        caveatOf(review).references.map((id) => {
          const reference = referenceOf.get(id)!;
          return {
            '@type': 'CreativeWork',
            url: reference.url,
            ...(reference.title !== undefined && { name: reference.title }),
            ...(reference.note && { description: reference.note.en }),
            publisher: { '@type': 'Organization', name: reference.publisher },
            ...(reference.date !== undefined && { datePublished: reference.date }),
          };
        }),
      );
    }
  });

  it('reads back into the default pack, which validates', () => {
    const pack = fromClaimReviews(exported);
    expect(pack).toStrictEqual(defaultPack);
    expect(validatePack(pack).ok).toBe(true);
  });
});

/** Resolves schema.org's context from a local excerpt of it: the tests make no requests. */
async function documentLoader(url: string) {
  if (url !== 'https://schema.org') throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
}

describe('the export, read by a JSON-LD processor', () => {
  const exported = JSON.parse(JSON.stringify(toClaimReviews(defaultPack)));
  // Safe mode makes an error of every term or value that expansion would otherwise drop without a word.
  const expansion = jsonld.expand(exported, { documentLoader, safe: true } as jsonld.Options.Expand);
  expansion.catch(() => {});
  // What a processor makes of it without safe mode: a key it cannot expand would be left out silently.
  const lenient = jsonld.expand(exported, { documentLoader });

  it('expands with nothing dropped: every term and prefix is defined', async () => {
    await expect(expansion).resolves.toHaveLength(exported.length);
  });

  it('uses only terms of schema.org, as its context defines them, besides Borderline’s own', () => {
    const terms = new Set(Object.keys(schemaOrgContext['@context']));
    for (const node of objectsIn(exported)) {
      for (const key of Object.keys(node)) {
        if (key === '@context' || key.startsWith('borderline:')) continue;
        expect(key.startsWith('@') || terms.has(key), key).toBe(true);
      }
      if (typeof node['@type'] === 'string') expect(terms.has(node['@type']), node['@type']).toBe(true);
    }
  });

  it('maps every property and type to a schema.org IRI, or to a Borderline URN', async () => {
    for (const node of objectsIn(await lenient)) {
      if ('@value' in node) continue;
      for (const key of Object.keys(node).filter((key) => !key.startsWith('@'))) {
        expect(key.startsWith(SCHEMA_ORG) || key.startsWith(BORDERLINE_URN), key).toBe(true);
      }
      for (const type of (node['@type'] as string[] | undefined) ?? []) expect(type.startsWith(SCHEMA_ORG)).toBe(true);
    }
  });

  it('reads the review URL as an IRI and Borderline’s records as JSON, unchanged', async () => {
    const [first] = (await expansion) as Record<string, unknown>[];
    expect(first?.[`${SCHEMA_ORG}url`]).toEqual([{ '@id': exported[0].url }]);
    const records = Object.entries(first ?? {}).filter(([key]) => key.startsWith(BORDERLINE_URN));
    expect(records.map(([key]) => key.slice(key.indexOf('#') + 1)).sort()).toEqual(['caveat', 'pack']);
    for (const [key, value] of records) {
      const term = `borderline:${key.slice(key.indexOf('#') + 1)}`;
      expect(value).toEqual([{ '@type': '@json', '@value': exported[0][term] }]);
    }
  });
});

describe('fromClaimReviews', () => {
  it('keeps the order of quotes and caveats, opinions included, and the absence of optional fields', () => {
    const [q1, q2, q3, t1, ...others] = defaultPack.quotes;
    const { reviewed: _reviewed, ...withoutReview } = defaultPack;
    const pack: Pack = {
      ...withoutReview,
      source: { ...defaultPack.source, published: '2025-05' },
      quotes: [t1!, q2!, ...others, q1!, q3!],
      caveats: defaultPack.caveats.toReversed(),
    };
    const reviews = toClaimReviews(pack);
    expect(reviews.map((review) => review['borderline:caveat'].id)).toEqual(factual.map((c) => c.id).reverse());
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

  it('refuses a rating that says other than its caveat', () => {
    const reviews = JSON.parse(JSON.stringify(toClaimReviews(defaultPack)));
    reviews[1].reviewRating.ratingValue = 5;
    expect(() => fromClaimReviews(reviews)).toThrowError(
      '[1].reviewRating.ratingValue: does not match verdict, severity in the Borderline record',
    );
  });
});
