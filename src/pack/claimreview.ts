import * as v from 'valibot';
import { echo, issueCode, jsonTypeOf, PackImportError, type PackResult, type PathKey, packError } from './errors';
import { checkPack, issueToProblem, type Problem } from './schema';
import { normalizeWhitespace } from './text-rules';
import type { Caveat, Lang, Pack, Quote, QuoteStatus, Verdict } from './types';

/**
 * A pack as schema.org ClaimReview JSON-LD: one review per source quote (a quote with
 * `sourceText`), then one per caveat, in pack order.
 *
 *   claimReviewed                  caveat.claim | quote.sourceText: the source's exact words
 *   reviewRating.alternateName     caveat.verdict | quote.status
 *   reviewRating.ratingExplanation caveat.explanation.en, then caveat.unverified.en
 *                                  | quote.difference.en, else quote.context.en
 *   itemReviewed                   a Claim: its author is whom the source presents as saying the
 *                                  words (a quote's attributedTo, else its speaker; for a caveat,
 *                                  the attributedTo of a quote of its own whose words the claim
 *                                  contains), else the source's origin as an Organization; its
 *                                  appearance is the source, as a CreativeWork
 *   author                         the Organization "Borderline"
 *   datePublished                  pack.reviewed
 *   citation                       the URLs of the caveat's or quote's references
 *
 * schema.org has no field for the rest (ids, the Spanish text, topics, people, lexicons), so it
 * travels in namespaced properties, which are all `fromClaimReviews` reads:
 *
 *   borderline:caveat | borderline:quote   the Caveat or Quote, whole
 *   borderline:pack (first review only)    the pack without its caveats; in its `quotes`, each
 *                                          source quote is replaced by its id, which keeps the
 *                                          order while the quote travels in its own review
 *
 * The standard fields are derived from those records; where a reader would expect an edit to
 * count (claimReviewed, alternateName), a difference refuses the file instead of being ignored.
 */

interface Agent {
  '@type': 'Person' | 'Organization';
  name: string;
}

type PackRecord = Omit<Pack, 'caveats' | 'quotes'> & { quotes: (Quote | string)[] };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; alternateName: Verdict | QuoteStatus; ratingExplanation: string };
  itemReviewed: {
    '@type': 'Claim';
    author: Agent;
    appearance: { '@type': 'CreativeWork'; name: string; inLanguage: Lang; datePublished?: string };
  };
  author: Agent;
  datePublished?: string;
  inLanguage: 'en';
  citation: string[];
  'borderline:caveat'?: Caveat;
  'borderline:quote'?: Quote;
  'borderline:pack'?: PackRecord;
}

type SourceQuote = Quote & { sourceText: string };

const isSourceQuote = (quote: Quote): quote is SourceQuote => quote.sourceText !== undefined;

export function toClaimReviews(pack: Pack): ClaimReview[] {
  const people = new Map(pack.people.map((person) => [person.id, person]));
  const urls = new Map(pack.references.map((reference) => [reference.id, reference.url]));
  const sourceQuotes = pack.quotes.filter(isSourceQuote);

  // Claims the source makes in its own voice belong to its publisher, which has no name but its origin.
  const publisher: Agent = { '@type': 'Organization', name: pack.source.origin };
  const agent = (personId: string): Agent => {
    const person = people.get(personId);
    if (!person) return publisher;
    return { '@type': person.kind === 'organization' ? 'Organization' : 'Person', name: person.name };
  };
  const claimAuthor = (caveat: Caveat): Agent => {
    const claim = normalizeWhitespace(caveat.claim);
    const quoted = sourceQuotes.find(
      (quote) => caveat.quotes.includes(quote.id) && claim.includes(normalizeWhitespace(quote.sourceText)),
    );
    return quoted ? agent(quoted.attributedTo ?? quoted.speaker) : publisher;
  };
  const review = (
    claimReviewed: string,
    alternateName: Verdict | QuoteStatus,
    ratingExplanation: string,
    author: Agent,
    references: readonly string[],
  ): ClaimReview => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed,
    reviewRating: { '@type': 'Rating', alternateName, ratingExplanation },
    itemReviewed: {
      '@type': 'Claim',
      author,
      appearance: {
        '@type': 'CreativeWork',
        name: pack.source.title.en,
        inLanguage: pack.source.lang,
        ...(pack.source.published !== undefined && { datePublished: pack.source.published }),
      },
    },
    author: { '@type': 'Organization', name: 'Borderline' },
    ...(pack.reviewed !== undefined && { datePublished: pack.reviewed }),
    inLanguage: 'en',
    citation: references.flatMap((id) => urls.get(id) ?? []),
  });

  const reviews = [
    ...sourceQuotes.map((quote) => ({
      ...review(
        quote.sourceText,
        quote.status,
        (quote.difference ?? quote.context).en,
        agent(quote.attributedTo ?? quote.speaker),
        quote.references,
      ),
      'borderline:quote': quote,
    })),
    ...pack.caveats.map((caveat) => ({
      ...review(
        caveat.claim,
        caveat.verdict,
        [caveat.explanation.en, caveat.unverified?.en].filter(Boolean).join(' '),
        claimAuthor(caveat),
        caveat.references,
      ),
      'borderline:caveat': caveat,
    })),
  ];
  const [first] = reviews;
  if (first) first['borderline:pack'] = packRecord(pack);
  return reviews;
}

function packRecord({ caveats: _caveats, quotes, ...rest }: Pack): PackRecord {
  return { ...rest, quotes: quotes.map((quote) => (isSourceQuote(quote) ? quote.id : quote)) };
}

/** Far above any real pack's quotes and caveats together. */
const MAX_REVIEWS = 2_000;

/** Only what the reader needs; other schema.org fields may be added by other tools, and are ignored. */
const ReviewsSchema = v.pipe(
  v.array(
    v.object({
      '@context': v.literal('https://schema.org', issueCode('bad-value')),
      '@type': v.literal('ClaimReview', issueCode('bad-value')),
      claimReviewed: v.string(),
      reviewRating: v.object({ alternateName: v.string() }),
      'borderline:caveat': v.exactOptional(v.unknown()),
      'borderline:quote': v.exactOptional(v.unknown()),
      'borderline:pack': v.exactOptional(v.unknown()),
    }),
  ),
  v.maxLength(MAX_REVIEWS, issueCode('too-many')),
);

type Review = v.InferOutput<typeof ReviewsSchema>[number];

/** Where each review's record lands in the rebuilt pack, indexed like the reviews. */
type Slot = { list: 'caveats' | 'quotes'; position: number };

/** Rebuilds a pack from `toClaimReviews` output (parsed JSON); refuses as `parsePackFile` does. */
export function parseClaimReviews(value: unknown): PackResult {
  const parsed = v.safeParse(ReviewsSchema, value, { abortEarly: true });
  if (!parsed.success) return refuse(issueToProblem(parsed.issues[0]));
  const reviews = parsed.output;

  const records = sortRecords(reviews);
  if ('code' in records) return refuse(records);
  const packRecord = readPackRecord(reviews);
  if ('code' in packRecord) return refuse(packRecord);
  const placed = placeQuotes(packRecord, records.quoteReviews, reviews);
  if ('code' in placed) return refuse(placed);

  const { caveatReviews } = records;
  const caveats = caveatReviews.map((index) => reviews[index]?.['borderline:caveat']);
  const checked = checkPack({ ...packRecord.rest, quotes: placed.quotes, caveats });
  if (!checked.ok) {
    // Name the field where it sits in the file, not where it sits in the rebuilt pack.
    const [list, position, ...inner] = checked.problem.path;
    const review =
      typeof position !== 'number'
        ? undefined
        : list === 'caveats'
          ? { index: caveatReviews[position], record: 'borderline:caveat' }
          : list === 'quotes'
            ? { index: placed.fromReview[position], record: 'borderline:quote' }
            : undefined;
    const path =
      review?.index !== undefined
        ? [review.index, review.record, ...inner]
        : [...packRecord.path, ...checked.problem.path];
    return refuse({ ...checked.problem, path });
  }

  const slots: Slot[] = [];
  for (const [position, index] of caveatReviews.entries()) slots[index] = { list: 'caveats', position };
  for (const [position, index] of placed.fromReview.entries()) {
    if (index !== undefined) slots[index] = { list: 'quotes', position };
  }
  for (const [index, review] of reviews.entries()) {
    const mismatch = findMismatch(checked.pack, slots[index] as Slot, review);
    if (mismatch) return refuse({ ...mismatch, path: [index, ...mismatch.path] });
  }
  return checked;
}

/** Which reviews carry a caveat and which a quote (by id); each carries exactly one. */
function sortRecords(
  reviews: readonly Review[],
): Problem | { caveatReviews: number[]; quoteReviews: Map<string, number> } {
  const caveatReviews: number[] = [];
  const quoteReviews = new Map<string, number>();
  for (const [index, review] of reviews.entries()) {
    const caveat = review['borderline:caveat'];
    const quote = review['borderline:quote'];
    if ((caveat === undefined) === (quote === undefined)) {
      return { path: [index], code: 'not-borderline-review', params: {} };
    }
    if (caveat !== undefined) {
      caveatReviews.push(index);
      continue;
    }
    const id = jsonTypeOf(quote) === 'object' ? (quote as { id?: unknown }).id : undefined;
    const idPath = [index, 'borderline:quote', 'id'];
    if (typeof id !== 'string') return { path: idPath, code: 'bad-id', params: {} };
    if (quoteReviews.has(id)) return { path: idPath, code: 'duplicate-id', params: { value: echo(id) } };
    quoteReviews.set(id, index);
  }
  return { caveatReviews, quoteReviews };
}

/** The one `borderline:pack`, split into its quote order and the rest of the pack. */
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
  const { quotes: order, caveats: stray, ...rest } = record as Record<string, unknown>;
  if (stray !== undefined) return { path: [...path, 'caveats'], code: 'unknown-field', params: {} };
  if (!Array.isArray(order)) {
    const params = { expected: 'list', received: jsonTypeOf(order) };
    return { path: [...path, 'quotes'], code: order === undefined ? 'missing' : 'wrong-type', params };
  }
  return { path, order, rest };
}

/** The pack's quotes in order, each source quote taken from its review (`fromReview`: which one). */
function placeQuotes(
  record: { path: PathKey[]; order: unknown[] },
  quoteReviews: ReadonlyMap<string, number>,
  reviews: readonly Review[],
): Problem | { quotes: unknown[]; fromReview: (number | undefined)[] } {
  const quotes: unknown[] = [];
  const fromReview: (number | undefined)[] = [];
  const placed = new Set<string>();
  for (const [position, entry] of record.order.entries()) {
    if (typeof entry !== 'string') {
      quotes.push(entry);
      fromReview.push(undefined);
      continue;
    }
    const index = quoteReviews.get(entry);
    if (index === undefined || placed.has(entry)) {
      const code = placed.has(entry) ? 'duplicate' : 'unknown-quote';
      return { path: [...record.path, 'quotes', position], code, params: { value: echo(entry) } };
    }
    placed.add(entry);
    quotes.push(reviews[index]?.['borderline:quote']);
    fromReview.push(index);
  }
  for (const [id, index] of quoteReviews) {
    if (!placed.has(id)) {
      return { path: [index, 'borderline:quote'], code: 'quote-not-placed', params: { value: echo(id) } };
    }
  }
  return { quotes, fromReview };
}

/** The standard fields a reader would edit must say what the record says. */
function findMismatch(pack: Pack, slot: Slot, review: Review): Problem | undefined {
  const [claim, rating, names] =
    slot.list === 'caveats'
      ? [pack.caveats[slot.position]?.claim, pack.caveats[slot.position]?.verdict, ['claim', 'verdict']]
      : [pack.quotes[slot.position]?.sourceText, pack.quotes[slot.position]?.status, ['sourceText', 'status']];
  if (review.claimReviewed !== claim) {
    return { path: ['claimReviewed'], code: 'review-mismatch', params: { field: names[0] as string } };
  }
  if (review.reviewRating.alternateName !== rating) {
    return { path: ['reviewRating', 'alternateName'], code: 'review-mismatch', params: { field: names[1] as string } };
  }
  return undefined;
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
