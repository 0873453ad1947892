/**
 * Pack files a reader might be tricked into importing, each with the refusal it must get: the
 * field (as `formatPath` names it), the rule, and the values quoted back. The parser's unit tests
 * and the options page's import in real Chromium both run through them.
 */
import { toClaimReviews } from '../claimreview';
import { defaultPack } from '../default';
import type { PackError } from '../errors';
import { MAX_PACK_FILE_BYTES } from '../parse';
import type { Pack, TopicId } from '../types';

export const packJson = JSON.stringify(defaultPack);
export const reviewsJson = JSON.stringify(toClaimReviews(defaultPack));

/** The default pack as a file, after `edit`. */
export function packWith(edit: (pack: Pack) => void): string {
  const pack = JSON.parse(packJson) as Pack;
  edit(pack);
  return JSON.stringify(pack);
}

/** The default pack's ClaimReview export as a file, after `edit`. */
function reviewsWith(edit: (reviews: Record<string, unknown>[]) => void): string {
  const reviews = JSON.parse(reviewsJson) as Record<string, unknown>[];
  edit(reviews);
  return JSON.stringify(reviews);
}

/** Sets a field to a value its type does not allow. */
function force(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export type ExpectedRefusal = Pick<PackError, 'path' | 'code'> & { params?: Record<string, string> };

/** What the file is, its text, and the refusal it must get. */
export type HostilePack = [name: string, text: string, expected: ExpectedRefusal];

export const hostilePacks: HostilePack[] = [
  ['text that is not JSON', '{"id": "x",', { path: '', code: 'not-json' }],
  [
    'a file over 2 MB',
    'x'.repeat(MAX_PACK_FILE_BYTES + 1),
    { path: '', code: 'too-large', params: { limit: '2097152' } },
  ],
  [
    'a file over 2 MB in UTF-8, under it in characters',
    JSON.stringify('é'.repeat(1_100_000)),
    { path: '', code: 'too-large', params: { limit: '2097152' } },
  ],
  ['a string at the top', '"pack"', { path: '', code: 'wrong-root', params: { received: 'text' } }],
  ['null at the top', 'null', { path: '', code: 'wrong-root', params: { received: 'null' } }],
  ['a missing field', packWith((pack) => force(pack, 'source', undefined)), { path: 'source', code: 'missing' }],
  [
    'a list where an object belongs',
    packWith((pack) => force(pack, 'source', [])),
    { path: 'source', code: 'wrong-type', params: { expected: 'object', received: 'list' } },
  ],
  [
    'a duplicate quote id',
    packWith((pack) => {
      pack.quotes[1]!.id = 'Q1';
    }),
    { path: 'quotes[1].id', code: 'duplicate-id', params: { value: 'Q1' } },
  ],
  [
    'a duplicate reference id',
    packWith((pack) => {
      pack.references[5]!.id = 'R1';
    }),
    { path: 'references[5].id', code: 'duplicate-id', params: { value: 'R1' } },
  ],
  [
    'an unknown topic id',
    packWith((pack) => {
      pack.quotes[0]!.topics[1] = 'weather' as TopicId;
    }),
    { path: 'quotes[0].topics[1]', code: 'unknown-topic', params: { value: 'weather' } },
  ],
  [
    'a topic the pack does not define',
    packWith((pack) => {
      pack.topics = pack.topics.filter((topic) => topic.id !== 'cooperation');
    }),
    { path: 'quotes[0].topics[2]', code: 'undeclared-topic', params: { value: 'cooperation' } },
  ],
  [
    'an unknown reference id',
    packWith((pack) => {
      pack.quotes[2]!.references[0] = 'R99';
    }),
    { path: 'quotes[2].references[0]', code: 'unknown-reference', params: { value: 'R99' } },
  ],
  [
    'an unknown speaker',
    packWith((pack) => {
      pack.quotes[4]!.speaker = 'nobody';
    }),
    { path: 'quotes[4].speaker', code: 'unknown-person', params: { value: 'nobody' } },
  ],
  [
    'an unknown person a quote is attributed to',
    packWith((pack) => {
      pack.quotes[1]!.attributedTo = 'ghost';
    }),
    { path: 'quotes[1].attributedTo', code: 'unknown-person', params: { value: 'ghost' } },
  ],
  [
    'an attribution on a quote the source does not print',
    packWith((pack) => {
      pack.quotes[5]!.attributedTo = 'trump';
    }),
    { path: 'quotes[5].attributedTo', code: 'attribution-without-source-text' },
  ],
  [
    'an unknown quote in a caveat',
    packWith((pack) => {
      pack.caveats[5]!.quotes[0] = 'Q9';
    }),
    { path: 'caveats[5].quotes[0]', code: 'unknown-quote', params: { value: 'Q9' } },
  ],
  [
    'a <script> element in a string',
    packWith((pack) => {
      pack.caveats[3]!.explanation.es = 'Hola <script>alert(1)</script>';
    }),
    { path: 'caveats[3].explanation.es', code: 'markup' },
  ],
  [
    'an <img onerror> in a string',
    packWith((pack) => {
      pack.people[0]!.name = '<img src=x onerror=alert(1)>';
    }),
    { path: 'people[0].name', code: 'markup' },
  ],
  [
    'an HTML comment in a string',
    packWith((pack) => {
      pack.topics[0]!.description.en += ' <!-- hidden -->';
    }),
    { path: 'topics[0].description.en', code: 'markup' },
  ],
  [
    'a javascript: link',
    packWith((pack) => {
      pack.references[0]!.url = 'javascript:alert(1)';
    }),
    { path: 'references[0].url', code: 'url-scheme', params: { scheme: 'javascript' } },
  ],
  [
    'a data: link',
    packWith((pack) => {
      pack.references[3]!.url = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
    }),
    { path: 'references[3].url', code: 'url-scheme', params: { scheme: 'data' } },
  ],
  [
    'an ftp: link',
    packWith((pack) => {
      pack.references[7]!.url = 'ftp://example.com/file';
    }),
    { path: 'references[7].url', code: 'url-scheme', params: { scheme: 'ftp' } },
  ],
  [
    'a link with a user name and password',
    packWith((pack) => {
      pack.references[2]!.url = 'https://news.example@attacker.example/';
    }),
    { path: 'references[2].url', code: 'url-credentials' },
  ],
  [
    'a script link hidden in prose',
    packWith((pack) => {
      pack.caveats[0]!.explanation.en = 'Open java\tscript:alert(1) to see.';
    }),
    { path: 'caveats[0].explanation.en', code: 'script-scheme' },
  ],
  [
    'a text-direction override',
    packWith((pack) => {
      pack.people[1]!.name = 'Trump\u202Egnp.exe';
    }),
    { path: 'people[1].name', code: 'control-char' },
  ],
  [
    'a claim that is not in the source text',
    packWith((pack) => {
      pack.caveats[0]!.claim = 'Mexico’s first male president';
    }),
    { path: 'caveats[0].claim', code: 'not-in-source' },
  ],
  [
    'a source quote that is not in the source text',
    packWith((pack) => {
      pack.quotes[0]!.sourceText = 'We will always accept the presence of the United States army in our territory.';
    }),
    { path: 'quotes[0].sourceText', code: 'not-in-source' },
  ],
  [
    '__proto__ at the top',
    `{"__proto__":{"polluted":"yes"},${packJson.slice(1)}`,
    { path: '__proto__', code: 'unknown-field' },
  ],
  [
    '__proto__ inside a quote',
    packJson.replace('{"id":"Q1",', '{"id":"Q1","__proto__":{"polluted":"yes"},'),
    { path: 'quotes[0].__proto__', code: 'unknown-field' },
  ],
  [
    'constructor.prototype',
    `{"constructor":{"prototype":{"polluted":"yes"}},${packJson.slice(1)}`,
    { path: 'constructor', code: 'unknown-field' },
  ],
  [
    'a field the contract does not have',
    packWith((pack) => force(pack.caveats[0]!, 'note', 'x')),
    { path: 'caveats[0].note', code: 'unknown-field' },
  ],
  [
    'deeply nested junk',
    `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    { path: '', code: 'too-deep', params: { limit: '32' } },
  ],
  [
    'deeply nested junk inside a field',
    packWith((pack) => force(pack.name, 'en', nested(40))),
    { path: '', code: 'too-deep', params: { limit: '32' } },
  ],
  [
    'nested junk inside a field',
    packWith((pack) => force(pack.name, 'en', nested(3))),
    { path: 'name.en', code: 'wrong-type', params: { expected: 'text', received: 'list' } },
  ],
  [
    'a number where text belongs',
    packWith((pack) => force(pack.people[2]!, 'name', 42)),
    { path: 'people[2].name', code: 'wrong-type', params: { expected: 'text', received: 'number' } },
  ],
  [
    'text where a number belongs',
    packWith((pack) => force(pack, 'version', '1')),
    { path: 'version', code: 'wrong-type', params: { expected: 'number', received: 'text' } },
  ],
  ['a version of 0', packWith((pack) => force(pack, 'version', 0)), { path: 'version', code: 'bad-number' }],
  [
    'a day that does not exist',
    packWith((pack) => {
      pack.quotes[3]!.date = '2025-02-30';
    }),
    { path: 'quotes[3].date', code: 'bad-date', params: { format: 'YYYY-MM-DD or YYYY-MM' } },
  ],
  [
    'an id with a space',
    packWith((pack) => {
      pack.people[0]!.id = 'has space';
    }),
    { path: 'people[0].id', code: 'bad-id' },
  ],
  [
    'an unknown verdict',
    packWith((pack) => force(pack.caveats[1]!, 'verdict', 'fake')),
    { path: 'caveats[1].verdict', code: 'bad-value' },
  ],
  [
    'a blank string',
    packWith((pack) => {
      pack.source.title.es = '   ';
    }),
    { path: 'source.title.es', code: 'empty' },
  ],
  [
    'an overlong explanation',
    packWith((pack) => {
      pack.caveats[0]!.explanation.en = 'a'.repeat(4_001);
    }),
    { path: 'caveats[0].explanation.en', code: 'too-long', params: { limit: '4000' } },
  ],
  [
    'a ClaimReview item of another type',
    reviewsWith((reviews) => {
      reviews[3]!['@type'] = 'Review';
    }),
    { path: '[3].@type', code: 'bad-value' },
  ],
  [
    'a ClaimReview item that is not an object',
    reviewsWith((reviews) => {
      reviews[2] = 'x' as never;
    }),
    { path: '[2]', code: 'wrong-type', params: { expected: 'object', received: 'text' } },
  ],
  [
    'a ClaimReview item without claimReviewed',
    reviewsWith((reviews) => {
      delete reviews[1]!.claimReviewed;
    }),
    { path: '[1].claimReviewed', code: 'missing' },
  ],
  [
    'a ClaimReview whose claimReviewed was edited',
    reviewsWith((reviews) => {
      reviews[4]!.claimReviewed = 'Something else.';
    }),
    { path: '[4].claimReviewed', code: 'review-mismatch', params: { field: 'claim' } },
  ],
  [
    'a ClaimReview whose verdict was edited',
    reviewsWith((reviews) => {
      (reviews[5]!.reviewRating as Record<string, unknown>).alternateName = 'accurate';
    }),
    { path: '[5].reviewRating.alternateName', code: 'review-mismatch', params: { field: 'verdictLabel' } },
  ],
  [
    'a ClaimReview caveat citing an unknown reference',
    reviewsWith((reviews) => {
      (reviews[5]!['borderline:caveat'] as Pack['caveats'][number]).references[0] = 'R99';
    }),
    { path: '[5].borderline:caveat.references[0]', code: 'unknown-reference', params: { value: 'R99' } },
  ],
  [
    'markup in the pack record of a ClaimReview array',
    reviewsWith((reviews) => {
      (reviews[0]!['borderline:pack'] as Pack).people[0]!.name = '<b>Sheinbaum</b>';
    }),
    { path: '[0].borderline:pack.people[0].name', code: 'markup' },
  ],
  [
    'a topic-card quote with an unknown speaker in a ClaimReview array',
    reviewsWith((reviews) => {
      (reviews[0]!['borderline:pack'] as { quotes: Record<string, unknown>[] }).quotes[4]!.speaker = 'nobody';
    }),
    { path: '[0].borderline:pack.quotes[4].speaker', code: 'unknown-person', params: { value: 'nobody' } },
  ],
  [
    'a ClaimReview array placing one caveat twice',
    reviewsWith((reviews) => {
      (reviews[0]!['borderline:pack'] as { caveats: unknown[] }).caveats[2] = 'C1';
    }),
    { path: '[0].borderline:pack.caveats[2]', code: 'duplicate', params: { value: 'C1' } },
  ],
  [
    'a ClaimReview array without its pack record',
    reviewsWith((reviews) => {
      delete reviews[0]!['borderline:pack'];
    }),
    { path: '', code: 'pack-record-count', params: { count: '0' } },
  ],
  [
    'a ClaimReview item carrying no Borderline record',
    reviewsWith((reviews) => {
      delete reviews[7]!['borderline:caveat'];
    }),
    { path: '[7]', code: 'not-borderline-review' },
  ],
  [
    'a ClaimReview array missing a caveat',
    reviewsWith((reviews) => {
      reviews.splice(1, 1);
    }),
    { path: '[0].borderline:pack.caveats[1]', code: 'unknown-caveat', params: { value: 'C2' } },
  ],
  [
    '__proto__ in the pack record of a ClaimReview array',
    reviewsJson.replace('"borderline:pack":{"id"', '"borderline:pack":{"__proto__":{"polluted":"yes"},"id"'),
    { path: '[0].borderline:pack.__proto__', code: 'unknown-field' },
  ],
];
