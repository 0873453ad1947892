import type { QuoteDef } from '../compiled';

/**
 * How a page's credit for a quote stands to who said it. People speak for bodies (a spokeswoman
 * for the White House, the White House for the US government): words credited to the speaker,
 * or to a body the speaker spoke for, are rightly credited. Words credited to another voice of
 * a body the speaker spoke for (a spokeswoman's statement given to the President) are not that
 * person's own: a misattribution, though a close one, and `body` says which body both speak for.
 * Anyone else did not say them.
 */
export type Credit = { to: 'speaker' } | { to: 'body' } | { to: 'colleague'; body: string } | { to: 'other' };

/**
 * Edits per character of the page's words beyond which they are too unlike the quote's to tell
 * whose they are: similar words of someone else ("work to stop the trafficking of high-powered
 * weapons" in a report of Trump's announcement) are not the quote given to the wrong person.
 */
const CLOSE_ERROR_RATE = 0.1;

/**
 * Judges the page's credit (`credited`, null where the page names no one) of `quote`, found as
 * `words` with `errors` edits; `bodiesOf` gives the bodies a person speaks for, nearest first.
 * Null where there is nothing to judge. What the source itself got wrong about the quote plays
 * no part: only whom this page credits.
 */
export function judgeCredit(
  quote: QuoteDef,
  found: { words: string; errors: number },
  credited: string | null,
  bodiesOf: (person: string) => readonly string[],
): Credit | null {
  if (credited === null || found.errors > found.words.length * CLOSE_ERROR_RATE) return null;
  if (credited === quote.speaker) return { to: 'speaker' };
  const bodies = bodiesOf(quote.speaker);
  if (bodies.includes(credited) || quote.rightfulSpeakers.includes(credited)) return { to: 'body' };
  const theirs = new Set([credited, ...bodiesOf(credited)]);
  const shared = bodies.find((body) => theirs.has(body));
  return shared === undefined ? { to: 'other' } : { to: 'colleague', body: shared };
}

/** Whether the credit gives the words to someone who did not say them. */
export function misattributes(credit: Credit | null): boolean {
  return credit !== null && (credit.to === 'colleague' || credit.to === 'other');
}
