import type { PageSession } from '../content/page-session';
import type { PageMention } from '../page/scan';
import type { HoverIntent } from '../ui/card/hover-intent';
import { trusted } from '../ui/components/trusted';
import type { OverlayHost } from '../ui/overlay/overlay-host';
import { announcement } from './shared/mention-words';
import { revealMention } from './shared/reveal-mention';

export interface KeyboardNavOptions {
  session: PageSession;
  intent: HoverIntent<PageMention>;
  overlay: Pick<OverlayHost, 'focusCard' | 'focusedElement' | 'announce'>;
  /** A mention in words (see `mentionWords`), announced on reaching it. */
  describe: (mention: PageMention) => Promise<string>;
  signal: AbortSignal;
}

export interface KeyboardNav {
  /** Goes to the next (1) or previous (-1) mention; false where there is none. */
  step(direction: 1 | -1): boolean;
  /**
   * Scrolls to a painted mention, opens its card (a dialog named after it) with focus in it and
   * announces it once, politely. The notice, its list and the browser's shortcuts all come here.
   */
  goTo(mention: PageMention): void;
  /** Gives focus back to where it was before the card was reached from the keyboard. */
  returnFocus(): void;
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

/** What has focus, looking into our own UI (the page sees only our host element there). */
function focusedNow(overlay: KeyboardNavOptions['overlay']): HTMLElement | null {
  const inOverlay = overlay.focusedElement();
  if (inOverlay) return inOverlay;
  return document.activeElement instanceof HTMLElement ? document.activeElement : null;
}

/**
 * Walking the page's mentions from the keyboard. Escape closes the card and gives focus back to
 * where it was when the walk began.
 */
export function setUpKeyboardNav(options: KeyboardNavOptions): KeyboardNav {
  const { session, intent, overlay, signal } = options;
  let returnTo: HTMLElement | null = null;
  /** The last mention reached: "next" after Escape goes on from there. */
  let last: PageMention | null = null;
  let announcing = 0;
  const returnFocus = () => {
    returnTo?.focus({ preventScroll: true });
    returnTo = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !intent.current) return;
    intent.hide();
    returnFocus();
  };
  document.addEventListener('keydown', trusted(onKeyDown), { capture: true, signal });

  const goTo = (mention: PageMention) => {
    // A walk begins where no card is open: that is where Escape comes back to.
    if (!intent.current) returnTo = focusedNow(overlay);
    last = mention;
    revealMention(mention, intent);
    overlay.focusCard();
    const mine = ++announcing;
    const { painted } = session;
    const position = painted.indexOf(mention) + 1;
    options
      .describe(mention)
      .then((words) => {
        if (mine === announcing) overlay.announce(announcement(words, position, painted.length));
      })
      .catch(() => undefined);
  };
  return {
    step(direction) {
      const next = stepMention(session.painted, intent.current ?? last, direction);
      if (!next) return false;
      goTo(next);
      return true;
    },
    goTo,
    returnFocus,
  };
}
