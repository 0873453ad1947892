import * as v from 'valibot';
import { splitClaimTerm } from './claim-terms';
import {
  echo,
  isPackErrorCode,
  issueCode,
  jsonTypeOf,
  type PackErrorCode,
  type PackResult,
  type PathKey,
  packError,
} from './errors';
import { findUnsafeText, findUrlProblem, ID_PATTERN, isIsoDate, normalizeWhitespace, urlScheme } from './text-rules';
import {
  type ClaimSlot,
  LANGS,
  type Pack,
  type Person,
  type QuoteStatus,
  SEVERITIES,
  TOPIC_IDS,
  VERDICTS,
} from './types';

/**
 * Validates untrusted input into exactly a `Pack`: the shape, the text rules of `text-rules.ts` on
 * every string, and the pack's integrity (unique ids, every cross-reference resolved, every claim
 * and source quote found in the source text). Issue messages are `PackErrorCode`s.
 */

const QUOTE_STATUSES = [
  'accurate',
  'misattributed',
  'out-of-context',
  'truncated',
] as const satisfies readonly QuoteStatus[];

/** Length caps in characters (strings) and items (lists): far above real content, far below abuse. */
const MAX = {
  label: 200,
  words: 2_000,
  prose: 4_000,
  sourceText: 200_000,
  url: 2_048,
  idsPerList: 50,
  aliases: 100,
  /** Lexicon entries are patterns with alternatives (see `src/detect/compile/lexicon-syntax.ts`), hence long. */
  lexiconEntry: 1_000,
  lexiconWords: 2_000,
  people: 500,
  quotes: 1_000,
  caveats: 1_000,
  references: 2_000,
} as const;

function plainText(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max, issueCode('too-long')),
    v.check((text) => text.trim() !== '', issueCode('empty')),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      const problem = dataset.typed ? findUnsafeText(dataset.value) : undefined;
      if (problem) addIssue({ message: problem });
    }),
  );
}

const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, issueCode('bad-id')));

const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX.url, issueCode('too-long')),
  v.rawCheck<string>(({ dataset, addIssue }) => {
    const problem = dataset.typed ? (findUrlProblem(dataset.value) ?? findUnsafeText(dataset.value)) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);

function isoDate(allowMonth: boolean) {
  const format = allowMonth ? 'YYYY-MM-DD or YYYY-MM' : 'YYYY-MM-DD';
  return v.pipe(
    v.string(),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (dataset.typed && !isIsoDate(dataset.value, allowMonth)) {
        addIssue({ message: issueCode('bad-date'), expected: format });
      }
    }),
  );
}

function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(item), v.maxLength(max, issueCode('too-many')));
}

function bilingual(max: number) {
  return v.strictObject({ en: plainText(max), es: plainText(max) });
}

function perLang<T extends v.GenericSchema>(schema: T) {
  return v.strictObject({ en: schema, es: schema });
}

const LangSchema = v.picklist(LANGS, issueCode('bad-value'));
const TopicIdSchema = v.picklist(TOPIC_IDS, issueCode('unknown-topic'));
const TopicIdsSchema = list(TopicIdSchema, TOPIC_IDS.length);
const IdListSchema = list(IdSchema, MAX.idsPerList);

const ReferenceSchema = v.strictObject({
  id: IdSchema,
  publisher: plainText(MAX.label),
  title: v.exactOptional(plainText(MAX.words)),
  date: v.exactOptional(isoDate(true)),
  url: HttpUrlSchema,
  note: v.exactOptional(bilingual(MAX.label)),
});

const LangLexiconSchema = v.strictObject({
  anchors: list(plainText(MAX.lexiconEntry), MAX.lexiconWords),
  terms: list(plainText(MAX.lexiconEntry), MAX.lexiconWords),
});

const TopicSchema = v.strictObject({
  id: TopicIdSchema,
  name: bilingual(MAX.label),
  description: bilingual(MAX.prose),
  lexicon: perLang(LangLexiconSchema),
});

const PersonSchema = v.strictObject({
  id: IdSchema,
  name: plainText(MAX.label),
  localName: v.exactOptional(bilingual(MAX.label)),
  kind: v.exactOptional(v.picklist(['person', 'organization'], issueCode('bad-value'))),
  role: bilingual(MAX.words),
  aliases: perLang(list(plainText(MAX.label), MAX.aliases)),
  speaksFor: v.exactOptional(IdListSchema),
});

const QuoteSchema = v.strictObject({
  id: IdSchema,
  sourceText: v.exactOptional(plainText(MAX.words)),
  original: v.strictObject({
    text: plainText(MAX.words),
    lang: LangSchema,
    reported: v.exactOptional(v.boolean()),
  }),
  translation: v.exactOptional(bilingual(MAX.words)),
  variants: list(
    v.strictObject({
      text: plainText(MAX.words),
      lang: LangSchema,
      seenIn: v.exactOptional(plainText(MAX.label)),
    }),
    MAX.idsPerList,
  ),
  speaker: IdSchema,
  attributedTo: v.exactOptional(IdSchema),
  date: isoDate(true),
  dateApproximate: v.exactOptional(v.boolean()),
  venue: bilingual(MAX.words),
  context: bilingual(MAX.prose),
  status: v.picklist(QUOTE_STATUSES, issueCode('bad-value')),
  difference: v.exactOptional(bilingual(MAX.prose)),
  topics: TopicIdsSchema,
  confidence: v.picklist(['high', 'medium'], issueCode('bad-value')),
  references: IdListSchema,
});

const CaveatSchema = v.strictObject({
  id: IdSchema,
  claim: plainText(MAX.words),
  verdict: v.picklist(VERDICTS, issueCode('bad-value')),
  verdictLabel: bilingual(MAX.label),
  explanation: bilingual(MAX.prose),
  severity: v.picklist(SEVERITIES, issueCode('bad-value')),
  unverified: v.exactOptional(bilingual(MAX.prose)),
  topics: TopicIdsSchema,
  quotes: IdListSchema,
  references: IdListSchema,
});

const CLAIM_SLOTS = [
  'actor',
  'action',
  'object',
  'number',
  'date',
  'office',
  'place',
  'charge',
  'event',
] as const satisfies readonly ClaimSlot['slot'][];

const ClaimTermSchema = v.pipe(
  plainText(MAX.label),
  v.check((term) => !('problem' in splitClaimTerm(term)), issueCode('bad-claim-term')),
);

const ClaimSlotSchema = v.strictObject({
  slot: v.picklist(CLAIM_SLOTS, issueCode('bad-value')),
  terms: list(ClaimTermSchema, MAX.aliases),
});

const ClaimFormSchema = v.strictObject({
  slots: v.pipe(list(ClaimSlotSchema, 10), v.minLength(1, issueCode('empty'))),
  correct: v.exactOptional(list(ClaimSlotSchema, 10)),
});

const ClaimPatternSchema = v.strictObject({
  caveat: IdSchema,
  forms: perLang(list(ClaimFormSchema, 20)),
});

const SourceSchema = v.strictObject({
  title: bilingual(MAX.label),
  text: plainText(MAX.sourceText),
  origin: plainText(MAX.words),
  description: v.exactOptional(bilingual(MAX.prose)),
  lang: LangSchema,
  published: v.exactOptional(isoDate(true)),
});

const VersionSchema = v.pipe(
  v.number(),
  v.check((n) => Number.isSafeInteger(n) && n >= 1, issueCode('bad-number')),
);

const PackShapeSchema = v.strictObject({
  id: IdSchema,
  version: VersionSchema,
  reviewed: v.exactOptional(isoDate(false)),
  name: bilingual(MAX.label),
  source: SourceSchema,
  topics: list(TopicSchema, TOPIC_IDS.length),
  people: list(PersonSchema, MAX.people),
  context: perLang(list(plainText(MAX.lexiconEntry), MAX.lexiconWords)),
  quotes: list(QuoteSchema, MAX.quotes),
  caveats: list(CaveatSchema, MAX.caveats),
  references: list(ReferenceSchema, MAX.references),
  claims: v.exactOptional(list(ClaimPatternSchema, MAX.caveats)),
});

/** A refusal before it is worded: where, which rule, and the values the message needs. */
export interface Problem {
  path: PathKey[];
  code: PackErrorCode;
  params: Record<string, string>;
}

export const PackSchema = v.pipe(
  PackShapeSchema,
  v.rawCheck<Pack>(({ dataset, config, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of integrityProblems(dataset.value)) {
      addIssue({
        message: problem.code,
        input: problem.params.value,
        path: issuePath(dataset.value, problem.path),
      });
      if (config.abortEarly) return;
    }
  }),
);

type Assert<T extends true> = T;
/** Stricter than mutual assignability: an optional field the schema lacks makes the types differ too. */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that the schema's output is exactly the contract of `types.ts`. */
export type PackSchemaMatchesPack = Assert<Identical<v.InferOutput<typeof PackSchema>, Pack>>;

/** Validates untrusted data into a pack; stops at the first problem. */
export function checkPack(value: unknown): { ok: true; pack: Pack } | { ok: false; problem: Problem } {
  const result = v.safeParse(PackSchema, value, { abortEarly: true });
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, problem: issueToProblem(result.issues[0]) };
}

export function validatePack(value: unknown): PackResult {
  const checked = checkPack(value);
  if (checked.ok) return checked;
  const { path, code: errorCode, params } = checked.problem;
  return { ok: false, error: packError(path, errorCode, params) };
}

const EXPECTED_TYPE: Record<string, string> = { string: 'text', number: 'number', Array: 'list', Object: 'object' };

export function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const items = issue.path ?? [];
  const path = items.map((item) => item.key as PathKey);
  const last = items.at(-1);
  // Valibot reports object keys (missing or unknown) as issues of the object schema itself.
  if ((issue.type === 'strict_object' || issue.type === 'object') && last?.origin === 'key') {
    if (issue.expected === 'never') return { path, code: 'unknown-field', params: {} };
    if (Array.isArray(last.input)) {
      return { path: path.slice(0, -1), code: 'wrong-type', params: { expected: 'object', received: 'list' } };
    }
    return { path, code: 'missing', params: {} };
  }
  if (!isPackErrorCode(issue.message)) {
    const expected = EXPECTED_TYPE[issue.expected ?? ''] ?? 'nothing';
    return { path, code: 'wrong-type', params: { expected, received: jsonTypeOf(issue.input) } };
  }
  return { path, code: issue.message, params: paramsFor(issue.message, issue) };
}

function paramsFor(errorCode: PackErrorCode, issue: v.BaseIssue<unknown>): Record<string, string> {
  switch (errorCode) {
    case 'too-long':
    case 'too-many':
      return { limit: String(issue.requirement) };
    case 'bad-value':
      return { expected: issue.expected ?? '' };
    case 'bad-date':
      return { format: issue.expected ?? '' };
    case 'url-scheme':
      return { scheme: echo(typeof issue.input === 'string' ? urlScheme(issue.input) : undefined) };
    case 'duplicate-id':
    case 'duplicate':
    case 'unknown-topic':
    case 'undeclared-topic':
    case 'unknown-reference':
    case 'unknown-person':
    case 'unknown-quote':
    case 'speaks-for-person':
    case 'affiliation-cycle':
    case 'unknown-caveat':
      return { value: echo(issue.input) };
    default:
      return {};
  }
}

/** Valibot wants each step of an issue's path with the value it leads to. */
function issuePath(root: unknown, keys: readonly PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items: v.IssuePathItem[] = [];
  let node = root as Record<PathKey, unknown>;
  for (const key of keys) {
    const value = node[key];
    items.push(
      typeof key === 'number'
        ? { type: 'array', origin: 'value', input: node as unknown as unknown[], key, value }
        : { type: 'object', origin: 'value', input: node, key, value },
    );
    node = value as Record<PathKey, unknown>;
  }
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

function* integrityProblems(pack: Pack): Generator<Problem> {
  yield* duplicateIds(pack.topics, 'topics');
  yield* duplicateIds(pack.people, 'people');
  yield* duplicateIds(pack.references, 'references');
  yield* duplicateIds(pack.quotes, 'quotes');
  yield* duplicateIds(pack.caveats, 'caveats');

  const topics = new Set<string>(pack.topics.map((topic) => topic.id));
  const people = new Set(pack.people.map((person) => person.id));
  const references = new Set(pack.references.map((reference) => reference.id));
  const quotes = new Set(pack.quotes.map((quote) => quote.id));
  const sourceText = normalizeWhitespace(pack.source.text);
  const inSource = (words: string) => sourceText.includes(normalizeWhitespace(words));

  yield* affiliationProblems(pack.people);

  for (const [index, quote] of pack.quotes.entries()) {
    const at = ['quotes', index];
    if (quote.sourceText !== undefined && !inSource(quote.sourceText)) {
      yield problem([...at, 'sourceText'], 'not-in-source');
    }
    if (!people.has(quote.speaker)) yield problem([...at, 'speaker'], 'unknown-person', quote.speaker);
    if (quote.attributedTo !== undefined) {
      if (quote.sourceText === undefined) {
        yield problem([...at, 'attributedTo'], 'attribution-without-source-text');
      } else if (!people.has(quote.attributedTo)) {
        yield problem([...at, 'attributedTo'], 'unknown-person', quote.attributedTo);
      }
    }
    yield* unresolvedIds(quote.topics, topics, [...at, 'topics'], 'undeclared-topic');
    yield* unresolvedIds(quote.references, references, [...at, 'references'], 'unknown-reference');
  }

  for (const [index, caveat] of pack.caveats.entries()) {
    const at = ['caveats', index];
    if (!inSource(caveat.claim)) yield problem([...at, 'claim'], 'not-in-source');
    yield* unresolvedIds(caveat.topics, topics, [...at, 'topics'], 'undeclared-topic');
    yield* unresolvedIds(caveat.quotes, quotes, [...at, 'quotes'], 'unknown-quote');
    yield* unresolvedIds(caveat.references, references, [...at, 'references'], 'unknown-reference');
  }

  const caveats = new Set(pack.caveats.map((caveat) => caveat.id));
  for (const [index, pattern] of (pack.claims ?? []).entries()) {
    if (!caveats.has(pattern.caveat)) yield problem(['claims', index, 'caveat'], 'unknown-caveat', pattern.caveat);
  }
}

/**
 * Whom each person speaks for: known organizations (a spokeswoman speaks for an office, never for
 * a person, whose words hers are not), in no circle.
 */
function* affiliationProblems(people: readonly Person[]): Generator<Problem> {
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const [index, person] of people.entries()) {
    const at = ['people', index, 'speaksFor'];
    yield* unresolvedIds(person.speaksFor ?? [], new Set(byId.keys()), at, 'unknown-person');
    for (const [i, id] of (person.speaksFor ?? []).entries()) {
      if (byId.has(id) && byId.get(id)!.kind !== 'organization') yield problem([...at, i], 'speaks-for-person', id);
    }
  }
  // A depth-first walk: an edge back to a body still being walked closes a circle.
  const state = new Map<string, 'walking' | 'done'>();
  const walk = function* (index: number): Generator<Problem> {
    const person = people[index]!;
    state.set(person.id, 'walking');
    for (const [i, id] of (person.speaksFor ?? []).entries()) {
      const next = people.findIndex((p) => p.id === id);
      if (state.get(id) === 'walking') yield problem(['people', index, 'speaksFor', i], 'affiliation-cycle', id);
      else if (next >= 0 && !state.has(id)) yield* walk(next);
    }
    state.set(person.id, 'done');
  };
  for (const [index, person] of people.entries()) if (!state.has(person.id)) yield* walk(index);
}

function problem(path: PathKey[], errorCode: PackErrorCode, value?: string): Problem {
  return { path, code: errorCode, params: value === undefined ? {} : { value } };
}

function* duplicateIds(items: readonly { id: string }[], list: string): Generator<Problem> {
  const seen = new Set<string>();
  for (const [index, { id }] of items.entries()) {
    if (seen.has(id)) yield problem([list, index, 'id'], 'duplicate-id', id);
    seen.add(id);
  }
}

function* unresolvedIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  at: PathKey[],
  unknownCode: PackErrorCode,
): Generator<Problem> {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (!known.has(id)) yield problem([...at, index], unknownCode, id);
    else if (seen.has(id)) yield problem([...at, index], 'duplicate', id);
    seen.add(id);
  }
}
