import type { PageSession } from '../content/page-session';
import type { PageMention } from '../page/scan';
import type { CardMention } from '../ui/card/Card';
import { HoverIntent } from '../ui/card/hover-intent';
import { trusted } from '../ui/components/trusted';
import type { OverlayHost } from '../ui/overlay/overlay-host';

export interface HoverCardOptions {
  overlay: OverlayHost;
  session: PageSession;
  openDelayMs: number;
  signal: AbortSignal;
}

const CLOSE_DELAY_MS = 300;

export function cardMention({ topic, text, quote, claim }: PageMention): CardMention {
  return {
    topic,
    text,
    ...(quote && {
      quote: {
        id: quote.quote,
        attributedTo: quote.attributedTo,
        misattributed: quote.misattributed,
        credit: quote.credit,
      },
    }),
    ...(claim && { claim: { id: claim.id } }),
  };
}

/** The box around all the lines of the words, so that the card covers none of them. */
export function anchorBox(mention: PageMention) {
  const rect = mention.range.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/**
 * Opens the card on a mention after a dwell, keeps it while the pointer travels to it, and
 * closes it on leaving. Listens passively: page clicks and selection are untouched.
 */
export function setUpHoverCard({ overlay, session, openDelayMs, signal }: HoverCardOptions): HoverIntent<PageMention> {
  const intent = new HoverIntent<PageMention>({
    openDelayMs,
    closeDelayMs: CLOSE_DELAY_MS,
    open: (mention) => {
      session.focus(mention);
      void overlay.openCard(cardMention(mention), anchorBox(mention));
    },
    close: () => {
      session.focus(null);
      overlay.closeCard();
    },
  });

  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  const onPointerMove = (event: PointerEvent) => {
    lastX = event.clientX;
    lastY = event.clientY;
    if (frame) return;
    // One hit-test per frame, however fast the pointer moves.
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (overlay.contains(document.elementFromPoint(lastX, lastY))) return;
      intent.pointerOver(session.mentionAt(lastX, lastY));
    });
  };
  // The card follows its words as the page scrolls, and goes once they leave the viewport.
  const onScroll = () => {
    const mention = intent.current;
    if (!mention) return;
    const box = anchorBox(mention);
    if (box.top + box.height < 0 || box.top > window.innerHeight) intent.hide();
    else overlay.placeCard(box);
  };
  const listen = { passive: true, signal } as const;
  document.addEventListener('pointermove', trusted(onPointerMove), listen);
  window.addEventListener('scroll', onScroll, listen);
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    intent.hide();
  });
  return intent;
}
