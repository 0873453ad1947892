import type { ClaimLeaf, ClaimReviewLeaf, CreativeWorkLeaf, OrganizationLeaf, RatingLeaf } from 'schema-dts';
import * as v from 'valibot';
import { echo, issueCode, jsonTypeOf, PackImportError, type PackResult, type PathKey, packError } from './errors';
import { checkPack, issueToProblem, type Problem } from './schema';
import type { Caveat, Pack, Reference, Verdict } from './types';

/**
 * A pack as schema.org ClaimReview JSON-LD: one review per caveat on a factual claim, in pack order.
 *
 *   claimReviewed   caveat.claim: the source's exact words
 *   itemReviewed    a Claim whose appearance is the source, a CreativeWork described as the pack
 *                   describes it (source.title, source.description, its language and, if known, its
 *                   date). The Claim has no author: the source names no publisher, and the people it
 *                   quotes are not the authors of what it makes of their words
 *   reviewRating    a Rating on `RATING_SCALE`: ratingValue from the caveat's verdict and severity,
 *                   alternateName caveat.verdictLabel.en, ratingExplanation caveat.explanation.en
 *                   then caveat.unverified.en
 *   url             `reviewUrl`: a URN that names the pack and the caveat
 *   author          the Organization "Borderline", which makes the packs it ships (a pack names
 *                   no maker of its own)
 *   datePublished   pack.reviewed
 *   citation        the caveat's references, each a CreativeWork with its publisher
 *
 * Two things are not rated. An opinion (verdict "opinion") is no factual claim, and ClaimReview is
 * for factual claims. The source's quotes are not rated on their own either: a quote's words are
 * its speaker's, and what the source makes of them (where, when, whose) is the source's claim,
 * rated in the caveat on that quote (in the default pack: Q1 in C6, Q2 in C14, Q3 in C19).
 *
 * schema.org has no field for the rest (ids, the Spanish text, topics, people, lexicons, opinions,
 * quotes), so it travels as JSON in Borderline's own properties, which are all `fromClaimReviews` reads:
 *
 *   borderline:caveat                      the Caveat, whole
 *   borderline:pack (first review only)    the pack; in its `caveats`, each reviewed caveat is replaced
 *                                          by its id, which keeps the order while the caveat travels
 *                                          in its own review
 *
 * The standard fields are derived from those records; where a reader would expect an edit to
 * count (claimReviewed, the rating), a difference refuses the file instead of being ignored.
 */

/**
 * A name that points to no page, for what has no web address: a URN of the `publicid` namespace
 * (RFC 3151) for the public identifier "-//Borderline//NONSGML <words>//EN", where "-" says its
 * owner is in no registry. Ids (letters, digits, ".", "_", "-") go into it as they are.
 */
const publicId = (...words: string[]): string => `urn:publicid:-:Borderline:NONSGML+${words.join('+')}:EN`;

/** Where a review can be referred to: there is no page for it, so a name for the pack's caveat. */
export const reviewUrl = (pack: Pack, caveat: Caveat): string => publicId('ClaimReview', pack.id, caveat.id);

/**
 * schema.org's context, and Borderline's properties under a URN of their own. Their values are the
 * pack's own JSON, carried whole: JSON literals (JSON-LD 1.1), not linked data.
 */
export const CONTEXT = [
  'https://schema.org',
  {
    '@version': 1.1,
    borderline: `${publicId('Pack', 'record')}#`,
    'borderline:caveat': { '@type': '@json' },
    'borderline:pack': { '@type': '@json' },
  },
] as const;

/**
 * How far the claim, as the source words it, can be relied on (bestRating 5, worstRating 1):
 *
 *   5  accurate                                    verdict "accurate"
 *   4  flawed, but the meaning stands              severity low or none: a garble, a truncation,
 *                                                  an unsupported detail
 *   3  misleading                                  severity medium
 *   2  changes the meaning, but not shown false    severity high: overstated, unsupported, garbled,
 *                                                  out of context, truncated
 *   1  false, and it changes the meaning           severity high: wrong, inaccurate, misattributed
 */
export const RATING_SCALE = { worst: 1, best: 5 } as const;

const FALSE_VERDICTS: ReadonlySet<Verdict> = new Set(['wrong', 'inaccurate', 'misattributed']);

export function ratingOf({ verdict, severity }: Caveat): number {
  if (verdict === 'accurate') return 5;
  if (severity === 'high') return FALSE_VERDICTS.has(verdict) ? 1 : 2;
  return severity === 'medium' ? 3 : 4;
}

const isRated = (caveat: Caveat): boolean => caveat.verdict !== 'opinion';

const REVIEWER = { '@type': 'Organization', name: 'Borderline' } as const satisfies OrganizationLeaf;

type PackRecord = Omit<Pack, 'caveats'> & { caveats: (Caveat | string)[] };

/** What each review must be: a schema.org ClaimReview, checked by schema-dts, and Borderline's records. */
type ClaimReviewLd = ClaimReviewLeaf & {
  '@context': typeof CONTEXT;
  'borderline:caveat': Caveat;
  'borderline:pack'?: PackRecord;
};

export type ClaimReview = ReturnType<typeof toClaimReviews>[number];

export function toClaimReviews(pack: Pack) {
  const references = new Map(pack.references.map((reference) => [reference.id, reference]));
  const { source } = pack;
  const appearance = {
    '@type': 'CreativeWork',
    name: source.title.en,
    ...(source.description && { description: source.description.en }),
    inLanguage: source.lang,
    ...(source.published !== undefined && { datePublished: source.published }),
  } as const satisfies CreativeWorkLeaf;

  return pack.caveats.filter(isRated).map(
    (caveat, index) =>
      ({
        '@context': CONTEXT,
        '@type': 'ClaimReview',
        url: reviewUrl(pack, caveat),
        claimReviewed: caveat.claim,
        itemReviewed: { '@type': 'Claim', appearance } satisfies ClaimLeaf,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: ratingOf(caveat),
          bestRating: RATING_SCALE.best,
          worstRating: RATING_SCALE.worst,
          alternateName: caveat.verdictLabel.en,
          ratingExplanation: [caveat.explanation.en, caveat.unverified?.en].filter(Boolean).join(' '),
        } satisfies RatingLeaf,
        author: REVIEWER,
        ...(pack.reviewed !== undefined && { datePublished: pack.reviewed }),
        inLanguage: 'en',
        citation: caveat.references.flatMap((id) => {
          const reference = references.get(id);
          return reference ? [citationOf(reference)] : [];
        }),
        'borderline:caveat': caveat,
        ...(index === 0 && { 'borderline:pack': packRecord(pack) }),
      }) satisfies ClaimReviewLd,
  );
}

function citationOf(reference: Reference) {
  return {
    '@type': 'CreativeWork',
    url: reference.url,
    ...(reference.title !== undefined && { name: reference.title }),
    ...(reference.note && { description: reference.note.en }),
    publisher: { '@type': 'Organization', name: reference.publisher },
    ...(reference.date !== undefined && { datePublished: reference.date }),
  } as const satisfies CreativeWorkLeaf;
}

function packRecord({ caveats, ...rest }: Pack): PackRecord {
  return { ...rest, caveats: caveats.map((caveat) => (isRated(caveat) ? caveat.id : caveat)) };
}

/** Far above any real pack's quotes and caveats together. */
const MAX_REVIEWS = 2_000;

/** Only what the reader needs; other schema.org fields may be added by other tools, and are ignored. */
const ReviewsSchema = v.pipe(
  v.array(
    v.object({
      '@type': v.literal('ClaimReview', issueCode('bad-value')),
      claimReviewed: v.string(),
      reviewRating: v.object({ alternateName: v.string(), ratingValue: v.unknown() }),
      'borderline:caveat': v.exactOptional(v.unknown()),
      'borderline:pack': v.exactOptional(v.unknown()),
    }),
  ),
  v.maxLength(MAX_REVIEWS, issueCode('too-many')),
);

type Review = v.InferOutput<typeof ReviewsSchema>[number];

/** Rebuilds a pack from `toClaimReviews` output (parsed JSON); refuses as `parsePackFile` does. */
export function parseClaimReviews(value: unknown): PackResult {
  const parsed = v.safeParse(ReviewsSchema, value, { abortEarly: true });
  if (!parsed.success) return refuse(issueToProblem(parsed.issues[0]));
  const reviews = parsed.output;

  const reviewOf = indexCaveats(reviews);
  if ('code' in reviewOf) return refuse(reviewOf);
  const packRecord = readPackRecord(reviews);
  if ('code' in packRecord) return refuse(packRecord);
  const placed = placeCaveats(packRecord, reviewOf, reviews);
  if ('code' in placed) return refuse(placed);

  const checked = checkPack({ ...packRecord.rest, caveats: placed.caveats });
  if (!checked.ok) {
    // Name the field where it sits in the file, not where it sits in the rebuilt pack.
    const [list, position, ...inner] = checked.problem.path;
    const index = list === 'caveats' && typeof position === 'number' ? placed.fromReview[position] : undefined;
    const path =
      index !== undefined ? [index, 'borderline:caveat', ...inner] : [...packRecord.path, ...checked.problem.path];
    return refuse({ ...checked.problem, path });
  }

  for (const [position, index] of placed.fromReview.entries()) {
    const review = index === undefined ? undefined : reviews[index];
    const caveat = checked.pack.caveats[position];
    const mismatch = review && caveat && findMismatch(caveat, review);
    if (mismatch) return refuse({ ...mismatch, path: [index as number, ...mismatch.path] });
  }
  return checked;
}

/** Which review carries which caveat, by id; each review carries exactly one. */
function indexCaveats(reviews: readonly Review[]): Problem | Map<string, number> {
  const reviewOf = new Map<string, number>();
  for (const [index, review] of reviews.entries()) {
    const caveat = review['borderline:caveat'];
    if (caveat === undefined) return { path: [index], code: 'not-borderline-review', params: {} };
    const id = jsonTypeOf(caveat) === 'object' ? (caveat as { id?: unknown }).id : undefined;
    const idPath = [index, 'borderline:caveat', 'id'];
    if (typeof id !== 'string') return { path: idPath, code: 'bad-id', params: {} };
    if (reviewOf.has(id)) return { path: idPath, code: 'duplicate-id', params: { value: echo(id) } };
    reviewOf.set(id, index);
  }
  return reviewOf;
}

/** The one `borderline:pack`, split into its caveat order and the rest of the pack. */
function readPackRecord(
  reviews: readonly Review[],
): Problem | { path: PathKey[]; order: unknown[]; rest: Record<string, unknown> } {
  const carriers = [...reviews.keys()].filter((index) => reviews[index]?.['borderline:pack'] !== undefined);
  const [carrier] = carriers;
  if (carrier === undefined || carriers.length > 1) {
    return { path: [], code: 'pack-record-count', params: { count: String(carriers.length) } };
  }
  const path: PathKey[] = [carrier, 'borderline:pack'];
  const record = reviews[carrier]?.['borderline:pack'];
  if (jsonTypeOf(record) !== 'object') {
    return { path, code: 'wrong-type', params: { expected: 'object', received: jsonTypeOf(record) } };
  }
  const { caveats: order, ...rest } = record as Record<string, unknown>;
  if (!Array.isArray(order)) {
    const params = { expected: 'list', received: jsonTypeOf(order) };
    return { path: [...path, 'caveats'], code: order === undefined ? 'missing' : 'wrong-type', params };
  }
  return { path, order, rest };
}

/** The pack's caveats in order, each reviewed caveat taken from its review (`fromReview`: which one). */
function placeCaveats(
  record: { path: PathKey[]; order: unknown[] },
  reviewOf: ReadonlyMap<string, number>,
  reviews: readonly Review[],
): Problem | { caveats: unknown[]; fromReview: (number | undefined)[] } {
  const caveats: unknown[] = [];
  const fromReview: (number | undefined)[] = [];
  const placed = new Set<string>();
  for (const [position, entry] of record.order.entries()) {
    if (typeof entry !== 'string') {
      caveats.push(entry);
      fromReview.push(undefined);
      continue;
    }
    const index = reviewOf.get(entry);
    if (index === undefined || placed.has(entry)) {
      const code = placed.has(entry) ? 'duplicate' : 'unknown-caveat';
      return { path: [...record.path, 'caveats', position], code, params: { value: echo(entry) } };
    }
    placed.add(entry);
    caveats.push(reviews[index]?.['borderline:caveat']);
    fromReview.push(index);
  }
  for (const [id, index] of reviewOf) {
    if (!placed.has(id)) {
      return { path: [index, 'borderline:caveat'], code: 'caveat-not-placed', params: { value: echo(id) } };
    }
  }
  return { caveats, fromReview };
}

/** The standard fields a reader would edit must say what the caveat says. */
function findMismatch(caveat: Caveat, review: Review): Problem | undefined {
  const { alternateName, ratingValue } = review.reviewRating;
  const checks = [
    { path: ['claimReviewed'], found: review.claimReviewed, expected: caveat.claim, field: 'claim' },
    {
      path: ['reviewRating', 'alternateName'],
      found: alternateName,
      expected: caveat.verdictLabel.en,
      field: 'verdictLabel',
    },
    {
      path: ['reviewRating', 'ratingValue'],
      found: ratingValue,
      expected: ratingOf(caveat),
      field: 'verdict, severity',
    },
  ];
  const mismatch = checks.find(({ found, expected }) => found !== expected);
  return mismatch && { path: mismatch.path, code: 'review-mismatch', params: { field: mismatch.field } };
}

function refuse({ path, code, params }: Problem): PackResult {
  return { ok: false, error: packError(path, code, params) };
}

/** `parseClaimReviews` for callers that treat a bad file as an exception. */
export function fromClaimReviews(reviews: unknown): Pack {
  const result = parseClaimReviews(reviews);
  if (!result.ok) throw new PackImportError(result.error);
  return result.pack;
}
