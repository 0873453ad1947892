import type { Detector, DetectResult, QuoteMatch, ScanOptions, Sensitivity } from '../detect';
import type { ClaimFinder, ClaimMatch } from '../detect/claims';
import { topicMentionsToPaint } from '../detect/runtime/sparse';
import type { TopicId } from '../pack/types';
import { BLOCK_SEPARATOR, blockAt, type Chunk, chunkBlocks } from './chunks';
import { BlockReader, rangeOf, type TextMapOptions } from './text-map';
import { type TimeSliceOptions, TimeSlices } from './time-slices';

export interface PageMention {
  index: number;
  topic: TopicId;
  text: string;
  range: Range;
  /** Quote matched at this place, if the words are one of the pack's quotes. */
  quote?: QuoteMatch;
  /** The checked claim the sentence makes, if it makes one (a quote within it rides along). */
  claim?: ClaimMatch;
}

/** A sentence of the page that makes one of the pack's checked claims, and where it stands. */
export interface PageClaim extends ClaimMatch {
  range: Range;
}

export interface PageScan {
  about: boolean;
  score: number;
  topics: Partial<Record<TopicId, number>>;
  mentions: PageMention[];
  quotes: (QuoteMatch & { range: Range })[];
  /** In page order; absent when no claim finder took part in the scan. */
  claims?: PageClaim[];
}

export const EMPTY_SCAN: PageScan = { about: false, score: 0, topics: {}, mentions: [], quotes: [] };

function rangeInChunk(chunk: Chunk, start: number, end: number): Range | null {
  const from = blockAt(chunk, start);
  if (!from) return null;
  // Matches never cross a block separator, so the end lies in the same block span.
  const length = Math.min(end - start, from.span.to - from.offset);
  return rangeOf(from.block, from.offset, from.offset + length);
}

/** Which topic a quote's highlight is painted as (its first topic in the pack). */
export type QuoteTopic = (quoteId: string) => TopicId | undefined;

type Found = { start: number; mention: Omit<PageMention, 'index'> };

/**
 * Adds one chunk's findings: what the reader can act on first, a sentence making a checked
 * claim (with any quote inside it) and a quote of the pack, each a mention whose card answers
 * for those words; then topic words, painted sparsely around them (see `topicMentionsToPaint`).
 */
function addResult(
  scan: PageScan,
  chunk: Chunk,
  result: DetectResult | null,
  claims: readonly ClaimMatch[],
  quoteTopic: QuoteTopic,
  sensitivity: Sensitivity,
): void {
  const found: Found[] = [];
  const placedClaims: { claim: ClaimMatch; found: Found }[] = [];
  for (const claim of claims) {
    const range = rangeInChunk(chunk, claim.start, claim.end);
    if (!range) continue;
    scan.claims?.push({ ...claim, range });
    const { topic } = claim;
    // A claim with no topic is listed, not painted: the reader's view files everything by topic.
    // A sentence found accurate is painted only when the reader asks for everything (broad).
    if (
      !topic ||
      (claim.verdict === 'accurate' && sensitivity !== 'broad') ||
      placedClaims.some((placed) => claim.start < placed.claim.end && claim.end > placed.claim.start)
    )
      continue;
    const entry = { start: claim.start, mention: { topic, text: claim.text, range, claim } };
    placedClaims.push({ claim, found: entry });
    found.push(entry);
  }
  if (claims.length > 0) scan.about = true;
  if (result?.about) {
    scan.about = true;
    scan.score = Math.max(scan.score, result.score);
    for (const quote of result.quotes) {
      const range = rangeInChunk(chunk, quote.start, quote.end);
      const topic = quoteTopic(quote.quote);
      if (!range || !topic) continue;
      scan.quotes.push({ ...quote, range });
      const within = placedClaims.find(({ claim }) => quote.start >= claim.start && quote.end <= claim.end);
      if (within) within.found.mention.quote ??= quote;
      else found.push({ start: quote.start, mention: { topic, text: quote.text, range, quote } });
    }
    const taken = [
      ...result.quotes.map((quote) => ({ ...quote, topic: quoteTopic(quote.quote) })),
      ...placedClaims.map(({ claim }) => claim),
    ];
    for (const mention of topicMentionsToPaint(result.mentions, chunk.text, sensitivity, taken)) {
      const range = rangeInChunk(chunk, mention.start, mention.end);
      if (range) found.push({ start: mention.start, mention: { topic: mention.topic, text: mention.text, range } });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const { mention } of found) {
    scan.topics[mention.topic] = (scan.topics[mention.topic] ?? 0) + 1;
    scan.mentions.push({ ...mention, index: scan.mentions.length });
  }
}

/** What the last scan worked out, by text: the next scan takes it from there, and forgets what it did not use. */
class LastScan<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  get(key: string, work: () => T): T {
    const known = this.previous.has(key) ? this.previous : this.current;
    const value = known.has(key) ? (known.get(key) as T) : work();
    this.current.set(key, value);
    return value;
  }

  begin(): void {
    this.current = new Map();
  }

  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * Detection results of the last scan, by chunk text (null for a chunk without a word of the
 * dispute), and the claims it found, by block text: a rescan after a small change re-detects
 * only the chunks, and looks for claims only in the blocks, whose text changed. Holds one scan's
 * worth, and what a scan given up had gathered is dropped when the next begins.
 */
export class DetectionCache {
  private readonly results = new LastScan<DetectResult | null>();
  private readonly claims = new LastScan<ClaimMatch[]>();

  detect(detector: Detector, text: string, options: ScanOptions): DetectResult | null {
    return this.results.get(`${options.sensitivity ?? ''}\u0000${text}`, () => detectFresh(detector, text, options));
  }

  /** The claims a block makes, offsets into its text. */
  claimsIn(finder: ClaimFinder, block: string): ClaimMatch[] {
    return this.claims.get(block, () => finder.find(block));
  }

  /** Called as a scan begins. */
  begin(): void {
    this.results.begin();
    this.claims.begin();
  }

  /** Called once a scan is complete: what it did not use is forgotten. */
  settle(): void {
    this.results.settle();
    this.claims.settle();
  }
}

export interface PageScanOptions extends ScanOptions, TextMapOptions {
  quoteTopic?: QuoteTopic;
  cache?: DetectionCache;
  /** Finds the checked claims the page makes, sentence by sentence, wherever they stand. */
  claims?: ClaimFinder;
}

/** Null where the text has no word of the dispute at all: the cheap check says so. */
function detectFresh(detector: Detector, text: string, options: ScanOptions): DetectResult | null {
  return detector.mayMatch(text) ? detector.scan(text, options) : null;
}

function detectChunk(detector: Detector, chunk: Chunk, options: PageScanOptions): DetectResult | null {
  return options.cache
    ? options.cache.detect(detector, chunk.text, options)
    : detectFresh(detector, chunk.text, options);
}

const NO_QUOTE_TOPIC: QuoteTopic = () => undefined;

/** Text the claim finder reads between looks at the clock: a page dense with claims is read in slices too. */
const CLAIM_STRETCH = 2_000;

/**
 * The claims a chunk makes, block by block (a sentence never spans two blocks), with pauses
 * between: a block whose text the last scan read is not read again. Null if the scan was aborted.
 */
async function findClaims(
  finder: ClaimFinder,
  text: string,
  slices: TimeSlices,
  cache?: DetectionCache,
): Promise<ClaimMatch[] | null> {
  const found: ClaimMatch[] = [];
  let sinceLook = 0;
  for (let from = 0; from < text.length; ) {
    if (sinceLook >= CLAIM_STRETCH) {
      sinceLook = 0;
      if (slices.due && !(await slices.pause())) return null;
    }
    const cut = text.indexOf(BLOCK_SEPARATOR, from);
    const to = cut < 0 ? text.length : cut;
    const block = text.slice(from, to);
    for (const claim of cache ? cache.claimsIn(finder, block) : finder.find(block)) {
      found.push({ ...claim, start: claim.start + from, end: claim.end + from });
    }
    sinceLook += to - from;
    from = to + BLOCK_SEPARATOR.length;
  }
  return found;
}

export interface SlicedScanOptions extends PageScanOptions, TimeSliceOptions {}

/**
 * Asks the detector about the page's text chunk by chunk and turns what it finds into live
 * ranges, in slices that yield to the page between them, so that reading a huge page never makes
 * it stutter. Chunks with no word of the dispute cost one cheap check. Resolves to null if
 * aborted (a newer scan has started); `workMs` is the time spent working, without the pauses.
 */
export async function scanRoot(
  root: Node,
  detector: Detector,
  options: SlicedScanOptions = {},
): Promise<{ scan: PageScan; workMs: number } | null> {
  const slices = new TimeSlices(options.sliceMs, options.signal);
  const reader = new BlockReader(root, options);
  options.cache?.begin();
  while (!reader.readUntil(slices.deadline)) if (!(await slices.pause())) return null;
  const scan: PageScan = { about: false, score: 0, topics: {}, mentions: [], quotes: [] };
  if (options.claims) scan.claims = [];
  for (const chunk of chunkBlocks(reader.blocks)) {
    if (slices.due && !(await slices.pause())) return null;
    const result = detectChunk(detector, chunk, options);
    const claims = options.claims ? await findClaims(options.claims, chunk.text, slices, options.cache) : [];
    if (!claims) return null;
    addResult(scan, chunk, result, claims, options.quoteTopic ?? NO_QUOTE_TOPIC, options.sensitivity ?? 'normal');
  }
  options.cache?.settle();
  return { scan, workMs: slices.finish() };
}
