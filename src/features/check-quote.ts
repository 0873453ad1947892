import type { Detector, QuoteMatch } from '../detect';
import type { ContentRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import type { PageMention, QuoteTopic } from '../page/scan';
import { closestBlock } from '../page/text-map';
import type { CardMention } from '../ui/card/Card';
import type { HoverIntent } from '../ui/card/hover-intent';
import type { Box } from '../ui/card/position';
import { trusted } from '../ui/components/trusted';
import type { OverlayHost } from '../ui/overlay/overlay-host';
import { mostMentioned } from './shared/main-topic';

/** Checking is on demand: every topic word counts, however little else the words hold. */
const CHECK_OPTIONS = { sensitivity: 'broad' } as const;

function longest(quotes: readonly QuoteMatch[]): QuoteMatch | undefined {
  return quotes.reduce<QuoteMatch | undefined>(
    (best, q) => (!best || q.end - q.start > best.end - best.start ? q : best),
    undefined,
  );
}

/**
 * What the selected words are: one of the pack's quotes, with whom the page gives them to, or
 * not one of them. Readers often select the quotation alone; the words around it (`context`,
 * the selection's paragraph) then tell who the page says spoke.
 */
export function checkQuote(detector: Detector, quoteTopic: QuoteTopic, text: string, context?: string): CardMention {
  const result = detector.scan(text, CHECK_OPTIONS);
  const found = longest(result.quotes);
  if (!found) return { topic: mostMentioned(result.topics), text, checked: true };
  let { attributedTo, misattributed, credit } = found;
  if (attributedTo === null && context) {
    const inContext = detector.scan(context, CHECK_OPTIONS).quotes.find((q) => q.quote === found.quote);
    if (inContext) ({ attributedTo, misattributed, credit } = inContext);
  }
  const topic = quoteTopic(found.quote) ?? mostMentioned(result.topics);
  return { topic, text, quote: { id: found.quote, attributedTo, misattributed, credit }, checked: true };
}

/** The text of the block (paragraph, list item …) the selection sits in. */
function paragraphText(range: Range): string | undefined {
  const node = range.commonAncestorContainer;
  return (closestBlock(node, document.body) ?? node.parentElement)?.textContent ?? undefined;
}

function boxOf(range: Range | null): Box {
  const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
  if (rect && (rect.width > 0 || rect.height > 0)) {
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  }
  // A selection inside a form field has no range of its own: the card opens at the top centre.
  return { left: window.innerWidth / 2, top: 16, width: 0, height: 0 };
}

export interface QuoteCheckOptions {
  overlay: OverlayHost;
  intent: HoverIntent<PageMention>;
  quoteTopic: QuoteTopic;
  detector: () => Promise<Detector>;
  router: Router<ContentRequest>;
  signal: AbortSignal;
}

export interface QuoteCheck {
  /** Closes the card if it shows a check (the card's close button). */
  close: () => void;
  /** Checks the selected text, as the menu asks; true once the card shows the answer. */
  check: (text: string) => Promise<boolean>;
}

/**
 * Answers "Check this quote": the card opens at the selection, with keyboard focus, and stays
 * until closed (close button or Escape), following the selection as the page scrolls. The card's
 * close button must call `close` before the hover card's own hide, which forgets what it showed.
 */
export function setUpQuoteCheck({
  overlay,
  intent,
  quoteTopic,
  detector,
  router,
  signal,
}: QuoteCheckOptions): QuoteCheck {
  /** The selection the card shows a check of; undefined when it shows none. */
  let anchor: Range | null | undefined;
  let returnFocus: HTMLElement | null = null;
  const showing = () => {
    // A hover card has taken the card's place since.
    if (intent.current !== null) anchor = undefined;
    return anchor !== undefined;
  };

  const close = () => {
    if (!showing()) return;
    anchor = undefined;
    const hadFocus = overlay.contains(document.activeElement);
    overlay.closeCard();
    if (hadFocus) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };

  const answer = async (text: string) => {
    const selection = window.getSelection();
    const range =
      selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
    const mention = checkQuote(await detector(), quoteTopic, text.trim(), range ? paragraphText(range) : undefined);
    intent.hide();
    anchor = range;
    const active = document.activeElement;
    if (active instanceof HTMLElement && !overlay.contains(active)) returnFocus = active;
    void overlay.openCard(mention, boxOf(range));
    overlay.focusCard();
    return true;
  };
  router.handle({ 'borderline:check-quote': (message) => answer(message.text) }, signal);

  const onKeyDown = (event: KeyboardEvent) => {
    // Only the reader's own key: a page's synthetic events do not steer Borderline.
    if (event.isTrusted && event.key === 'Escape' && showing()) close();
  };
  const onScroll = () => {
    if (showing() && anchor) overlay.placeCard(boxOf(anchor));
  };
  // On the window, so it runs before the page's keyboard navigation, which closes hover cards.
  window.addEventListener('keydown', trusted(onKeyDown), { capture: true, signal });
  window.addEventListener('scroll', onScroll, { passive: true, signal });
  return { close, check: answer };
}
