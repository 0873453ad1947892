/**
 * The syntax of a claim term (see `ClaimSlot`): words separated by spaces; a word ending in `*`
 * matches any word it begins; `..` between two words stands for up to three other words. Shared by
 * the pack's validation and the claim finder, so that what validates is what the finder reads.
 */

export const CLAIM_TERM_GAP = '..';

/** Up to this many words may stand for one `..`. */
export const CLAIM_TERM_GAP_WORDS = 3;

/** A prefix word (`manufactur*`) must keep this many letters, or it would match half the language. */
export const CLAIM_TERM_MIN_PREFIX = 4;

/** The raw tokens of a term, or why it is not one. Words are still unfolded here. */
export function splitClaimTerm(term: string): { tokens: string[] } | { problem: string } {
  const tokens = term
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return { problem: 'empty term' };
  if (tokens[0] === CLAIM_TERM_GAP || tokens.at(-1) === CLAIM_TERM_GAP)
    return { problem: 'a term cannot begin or end with ..' };
  for (const [i, token] of tokens.entries()) {
    if (token === CLAIM_TERM_GAP) {
      if (tokens[i - 1] === CLAIM_TERM_GAP) return { problem: 'two .. in a row' };
      continue;
    }
    const stem = token.endsWith('*') ? token.slice(0, -1) : token;
    if (stem.includes('*')) return { problem: '* only ends a word' };
    if (!/[\p{L}\p{N}]/u.test(stem)) return { problem: `"${token}" has no letter or digit` };
    if (token.endsWith('*') && [...stem].length < CLAIM_TERM_MIN_PREFIX)
      return { problem: `a word ending in * keeps at least ${CLAIM_TERM_MIN_PREFIX} letters` };
  }
  return { tokens };
}
