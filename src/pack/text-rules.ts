/**
 * Rules for the strings a pack carries. A pack may come from anyone (a user import), and its
 * strings end up in the page's DOM and in links, so every string is held to plain text and every
 * link to http(s).
 */

/** Collapses runs of whitespace, so a claim matches the source across line breaks. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export type UnsafeText = 'markup' | 'control-char' | 'script-scheme';

/** A tag, end tag, comment, doctype or processing instruction starts with one of these. */
const MARKUP = /<[A-Za-z/!?]/;
/** Control characters other than tab and line breaks, and bidirectional overrides and isolates. */
const CONTROL_CHAR = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** URL parsers drop tabs and line breaks inside a scheme, so "java\nscript:" still runs. */
const URL_IGNORED = /[\t\n\r]/g;
const SCRIPT_SCHEME = /(?:java|vb|live)script:/i;
const DATA_URL = /\bdata:[a-z]+\/[a-z0-9.+-]/i;

/**
 * Why a string is not plain text, or undefined when it is. Refused:
 * - markup: "<" directly followed by an ASCII letter, "/", "!" or "?" ("a < b" and "<3" pass);
 * - control-char: a control character other than tab, line feed and carriage return, or a
 *   bidirectional embedding, override or isolate (they can make text read other than it is);
 * - script-scheme: "javascript:", "vbscript:" or "livescript:" in any case, also with tabs or line
 *   breaks inside, or "data:" followed by a MIME type.
 */
export function findUnsafeText(text: string): UnsafeText | undefined {
  if (MARKUP.test(text)) return 'markup';
  if (CONTROL_CHAR.test(text)) return 'control-char';
  if (SCRIPT_SCHEME.test(text.replace(URL_IGNORED, '')) || DATA_URL.test(text)) return 'script-scheme';
  return undefined;
}

export type UrlProblem = 'url-scheme' | 'url-invalid' | 'url-credentials';

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const HTTP_URL = /^https?:\/\/[^\s/?#]/i;
const URL_FORBIDDEN = /[\s\p{Cc}]/u;

/** The scheme a URL-like string starts with, lower-cased ("javascript"), if any. */
export function urlScheme(url: string): string | undefined {
  return SCHEME.exec(url)?.[1]?.toLowerCase();
}

/** Why a string is not an acceptable http(s) link, or undefined when it is one. */
export function findUrlProblem(url: string): UrlProblem | undefined {
  const scheme = urlScheme(url);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return 'url-scheme';
  if (!HTTP_URL.test(url) || URL_FORBIDDEN.test(url)) return 'url-invalid';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url-invalid';
  }
  // "https://trusted.example@evil.example" reads as one host and leads to the other.
  if (parsed.username !== '' || parsed.password !== '') return 'url-credentials';
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** YYYY-MM-DD naming a real calendar day; with `allowMonth`, also YYYY-MM. */
export function isIsoDate(value: string, allowMonth: boolean): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return allowMonth;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Ids travel into ClaimReview exports and DOM attributes: a small, safe alphabet. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
