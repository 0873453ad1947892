import type { PageMention } from '../page/scan';
import type { PaintKind } from './painter';

/** How painted words look, by what they are (see `PaintKind`). */
export function paintKindOf(mention: PageMention): PaintKind {
  if (mention.claim) {
    const { verdict } = mention.claim;
    return verdict === 'accurate' ? 'claim-accurate' : verdict === 'opinion' ? 'claim-opinion' : 'claim-wrong';
  }
  if (mention.quote) return mention.quote.misattributed ? 'quote-misattributed' : 'quote';
  return mention.topic;
}
