import { parseClaimReviews } from './claimreview';
import { jsonTypeOf, type PackErrorCode, type PackResult, packError } from './errors';
import { validatePack } from './schema';

export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;
/** A pack nests 6 levels deep, its ClaimReview export 8; anything far deeper is not one. */
export const MAX_NESTING = 32;

/**
 * Reads a file the user imports: a pack as JSON, or the ClaimReview array `toClaimReviews`
 * exports. Never throws; a refusal names the field and the rule (see `PackError`).
 */
export function parsePackFile(text: string): PackResult {
  if (typeof text !== 'string') return refuse('not-text');
  // UTF-8 never takes fewer bytes than UTF-16 takes units: a huge string is refused unencoded.
  if (text.length > MAX_PACK_FILE_BYTES || new TextEncoder().encode(text).length > MAX_PACK_FILE_BYTES) {
    return refuse('too-large', { limit: String(MAX_PACK_FILE_BYTES) });
  }
  if (nestsDeeperThan(text, MAX_NESTING)) return refuse('too-deep', { limit: String(MAX_NESTING) });
  let value: unknown;
  try {
    // Some editors save a byte order mark, which JSON does not allow.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse('not-json');
  }
  if (Array.isArray(value)) return parseClaimReviews(value);
  if (jsonTypeOf(value) === 'object') return validatePack(value);
  return refuse('wrong-root', { received: jsonTypeOf(value) });
}

function refuse(code: PackErrorCode, params: Record<string, string> = {}): PackResult {
  return { ok: false, error: packError([], code, params) };
}

/** Counts brackets outside strings, so no parser or validator ever recurses on hostile depth. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) {
        i++; // a backslash escapes the next character
      } else if (char === 0x22) {
        inString = false;
      }
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return false;
}
