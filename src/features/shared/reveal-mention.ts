import type { PageMention } from '../../page/scan';
import type { HoverIntent } from '../../ui/card/hover-intent';

/** Scrolls a painted mention into view and opens its card (keyboard steps, the popup's "show me"). */
export function revealMention(mention: PageMention, intent: HoverIntent<PageMention>): void {
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  intent.show(mention);
}
