import type { TopicId } from '../pack/types';

/** What a tab's content script knows about its page. */
export interface PageSummary {
  url: string;
  enabled: boolean;
  about: boolean;
  mentionCount: number;
  /** Fewer than `mentionCount` where a page has more mentions than are worth painting. */
  paintedCount: number;
  topics: Partial<Record<TopicId, number>>;
  mentions: SummaryMention[];
}

/** A painted mention as the popup lists it: what the words are decides where it is listed. */
export interface SummaryMention {
  index: number;
  topic: TopicId;
  text: string;
  /** The caveat id of the checked claim the sentence makes. */
  claim?: string;
  /** The quote id, where the words are one of the pack's quotes (inside a claim's sentence or not). */
  quote?: string;
  /** The page credits the quote to someone who did not say it. */
  misattributed?: boolean;
}

/** The keyboard commands of the manifest, relayed by the background to the tab's top frame. */
export const COMMANDS = ['toggle-site', 'next-mention', 'previous-mention'] as const;
export type Command = (typeof COMMANDS)[number];

/** Longer than any quote of a pack; a selection beyond it is not a quote to check. */
export const MAX_CHECK_TEXT = 5_000;

/** Messages the content script answers (from the popup or the background). */
export type ContentRequest =
  | { type: 'borderline:get-summary' }
  | { type: 'borderline:reveal-mention'; index: number }
  /** "Check this quote" on a selection: answered in the card, at the selection. */
  | { type: 'borderline:check-quote'; text: string }
  | { type: 'borderline:command'; command: Command }
  /** Hides the highlights in this tab until it is reloaded, or shows them again; answered with whether they are hidden. Without `hidden`, only asks. */
  | { type: 'borderline:hide-in-tab'; hidden?: boolean };

/**
 * The most text one question to the gate may carry: a page's text goes in parts no longer than
 * this (see `page/gate-page.ts`), so that no message comes near the browser's limit.
 */
export const MAX_GATE_TEXT = 1_000_000;

/** The gate's answer: whether the text may hold a mention, and how long the background worked on it. */
export interface GateVerdict {
  admits: boolean;
  workMs: number;
}

/** Messages the background answers (from content scripts). */
export type BackgroundRequest =
  | { type: 'borderline:mention-count'; count: number }
  /** Whether a text may hold a mention (see `detect/gate/gate.ts`), answered with a `GateVerdict`. */
  | { type: 'borderline:gate'; text: string }
  /** Pages cannot open extension pages themselves; the background opens the source view. */
  | { type: 'borderline:open-source' }
  /** The stored pack and detector are missing or stale: the background makes them again. */
  | { type: 'borderline:prepare-pack' }
  /** Sites turned off or on again, written by the background alone, one batch at a time; answered with a `SitesOutcome`. */
  | { type: 'borderline:change-sites'; change: SiteChange }
  /** Mentions the reader marked as not about the dispute, changed by the background alone; answered with a `ListOutcome`. */
  | { type: 'borderline:change-dismissals'; change: DismissalChange }
  /** Sites where the reader hid the corner notice, or shows it again, changed by the background alone; answered with a `ListOutcome`. */
  | { type: 'borderline:change-notice-sites'; change: SiteChange };

/** Words on a page (its address without query or fragment) the reader said are not about the dispute. */
export interface Dismissal {
  page: string;
  text: string;
}

/** One dismissal to add or to take back, or (`clear`) all of them. */
export interface DismissalChange {
  add?: Dismissal;
  remove?: Dismissal;
  clear?: boolean;
}

/** The most mentions kept as not about the dispute: a small list, far from any quota. */
export const MAX_DISMISSALS = 2_000;
/** Longer than any page address or mention worth keeping. */
const MAX_DISMISSAL_TEXT = 2_048;

/** Sites (as `siteKey` names them) to turn off (`add`) or on again (`remove`), or every site on again (`clear`). */
export interface SiteChange {
  add?: string[];
  remove?: string[];
  clear?: boolean;
}

/** The most sites Borderline keeps turned off: far below what local storage holds, so a list never reaches its quota. */
export const MAX_SITES = 50_000;
/** A site, or a part of one (a site and a path with a wildcard, see `parseSitePattern`). */
const MAX_SITE_LENGTH = 1_000;

/**
 * How a change of a stored list went. Refused, nothing of it is stored and nothing stored before
 * is lost: `full` at the list's most entries, `storage` when the browser would not write (its
 * message in `detail`), `unreachable` when the background did not answer.
 */
export type ListOutcome =
  | { ok: true; count: number }
  | { ok: false; problem: 'full' | 'storage' | 'unreachable'; detail?: string };

/** How a change of sites went (see `ListOutcome`). */
export type SitesOutcome = ListOutcome;

function isRecord(message: unknown): message is Record<string, unknown> {
  return typeof message === 'object' && message !== null;
}

function isSiteList(value: unknown): value is string[] | undefined {
  return (
    value === undefined ||
    (Array.isArray(value) &&
      value.length <= MAX_SITES &&
      value.every((site) => typeof site === 'string' && site !== '' && site.length <= MAX_SITE_LENGTH))
  );
}

function isDismissal(value: unknown): value is Dismissal {
  return (
    isRecord(value) &&
    typeof value.page === 'string' &&
    typeof value.text === 'string' &&
    value.text.trim() !== '' &&
    value.page.length <= MAX_DISMISSAL_TEXT &&
    value.text.length <= MAX_DISMISSAL_TEXT
  );
}

export function isDismissalChange(value: unknown): value is DismissalChange {
  return (
    isRecord(value) &&
    (value.add === undefined || isDismissal(value.add)) &&
    (value.remove === undefined || isDismissal(value.remove)) &&
    (value.clear === undefined || typeof value.clear === 'boolean')
  );
}

export function isSiteChange(value: unknown): value is SiteChange {
  return (
    isRecord(value) &&
    isSiteList(value.add) &&
    isSiteList(value.remove) &&
    (value.clear === undefined || typeof value.clear === 'boolean')
  );
}

export function isListOutcome(answer: unknown): answer is ListOutcome {
  if (!isRecord(answer)) return false;
  if (answer.ok === true) return isIndex(answer.count);
  return (
    answer.ok === false &&
    (answer.problem === 'full' || answer.problem === 'storage' || answer.problem === 'unreachable') &&
    (answer.detail === undefined || typeof answer.detail === 'string')
  );
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Messages cross a trust boundary: check their shape before acting on them. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'borderline:get-summary':
      return true;
    case 'borderline:reveal-mention':
      return isIndex(message.index);
    case 'borderline:check-quote':
      return typeof message.text === 'string' && message.text.trim() !== '' && message.text.length <= MAX_CHECK_TEXT;
    case 'borderline:command':
      return isCommand(message.command);
    case 'borderline:hide-in-tab':
      return message.hidden === undefined || typeof message.hidden === 'boolean';
    default:
      return false;
  }
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'borderline:open-source':
    case 'borderline:prepare-pack':
      return true;
    case 'borderline:mention-count':
      return isIndex(message.count);
    case 'borderline:gate':
      return typeof message.text === 'string' && message.text.length <= MAX_GATE_TEXT;
    case 'borderline:change-sites':
    case 'borderline:change-notice-sites':
      return isSiteChange(message.change);
    case 'borderline:change-dismissals':
      return isDismissalChange(message.change);
    default:
      return false;
  }
}

export function isGateVerdict(answer: unknown): answer is GateVerdict {
  return (
    isRecord(answer) &&
    typeof answer.admits === 'boolean' &&
    typeof answer.workMs === 'number' &&
    Number.isFinite(answer.workMs) &&
    answer.workMs >= 0
  );
}

export function isCommand(value: unknown): value is Command {
  return COMMANDS.includes(value as Command);
}
