import { browser } from 'wxt/browser';
import type { PageSession } from '../content/page-session';
import { isContentRequest } from '../messaging/protocol';
import type { PageMention } from '../page/scan';
import type { HoverIntent } from '../ui/card/hover-intent';
import { revealMention } from './keyboard-nav';

export interface PageRequestOptions {
  session: PageSession;
  intent: HoverIntent<PageMention>;
  isEnabled: () => boolean;
  signal: AbortSignal;
}

/** Answers the popup: what this page holds, and "show me that mention". */
export function answerPageRequests({ session, intent, isEnabled, signal }: PageRequestOptions): void {
  const listener = (message: unknown) => {
    if (!isContentRequest(message)) return undefined;
    if (message.type === 'borderline:get-summary') return Promise.resolve(session.summary(isEnabled()));
    if (message.type !== 'borderline:reveal-mention') return undefined;
    const mention = session.painted[message.index];
    if (!mention) return Promise.resolve(false);
    revealMention(mention, intent);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
