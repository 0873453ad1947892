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

/** Alt+Shift+N / Alt+Shift+P: the next or previous mention, with its card. */
export function isNavigationKey(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'KeyN') return 1;
  if (event.code === 'KeyP') return -1;
  return 0;
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
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
 * Walks the page's mentions from the keyboard. Keys typed into fields and editors are never
 * taken; Escape closes the card and gives focus back to where it was.
 */
export function setUpKeyboardNav({ session, intent, focusCard, signal }: KeyboardNavOptions): void {
  let returnFocus: HTMLElement | null = null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && intent.current) {
      intent.hide();
      returnFocus?.focus({ preventScroll: true });
      returnFocus = null;
      return;
    }
    const step = isNavigationKey(event);
    if (step === 0 || isTyping(event.target)) return;
    const next = stepMention(session.painted, intent.current, step);
    if (!next) return;
    event.preventDefault();
    if (!returnFocus && document.activeElement instanceof HTMLElement) returnFocus = document.activeElement;
    revealMention(next, intent);
    focusCard();
  };
  document.addEventListener('keydown', trusted(onKeyDown), { capture: true, signal });
}
