import type { PageMention } from '../page/scan';
import type { HoverIntent } from '../ui/card/hover-intent';
import { trusted } from '../ui/components/trusted';
import type { PageSession } from './page-session';

export interface KeyboardNavOptions {
  session: PageSession;
  intent: HoverIntent<PageMention>;
  /** Moves keyboard focus into the open card, so screen readers read it. */
  focusCard: () => void;
  signal: AbortSignal;
}

export interface KeyboardNav {
  /** Opens the card of the next (1) or previous (-1) mention; false where there is none. */
  step(direction: 1 | -1): boolean;
}

/** The mention after (or before) `current`, wrapping around the page. */
export function stepMention(
  mentions: readonly PageMention[],
  current: PageMention | null,
  step: 1 | -1,
): PageMention | null {
  if (mentions.length === 0) return null;
  const at = current ? mentions.indexOf(current) : -1;
  const next = at === -1 ? (step === 1 ? 0 : mentions.length - 1) : (at + step + mentions.length) % mentions.length;
  return mentions[next] ?? null;
}

export function revealMention(mention: PageMention, intent: HoverIntent<PageMention>): void {
  mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  intent.show(mention);
}

/**
 * Walking the page's mentions from the keyboard (the browser's shortcuts reach `step` through the
 * background). Escape closes the card and gives focus back to where it was.
 */
export function setUpKeyboardNav({ session, intent, focusCard, signal }: KeyboardNavOptions): KeyboardNav {
  let returnFocus: HTMLElement | null = null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !intent.current) return;
    intent.hide();
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  document.addEventListener('keydown', trusted(onKeyDown), { capture: true, signal });
  return {
    step(direction) {
      const next = stepMention(session.painted, intent.current, direction);
      if (!next) return false;
      if (!returnFocus && document.activeElement instanceof HTMLElement) returnFocus = document.activeElement;
      revealMention(next, intent);
      focusCard();
      return true;
    },
  };
}
