import { browser } from 'wxt/browser';
import { isContentRequest } from '../messaging/protocol';
import type { PageMention } from '../page/scan';
import type { HoverIntent } from '../ui/card/hover-intent';
import { revealMention, stepMention } from './keyboard-nav';
import type { PageSession } from './page-session';

export interface CommandOptions {
  session: PageSession;
  intent: HoverIntent<PageMention>;
  focusCard: () => void;
  toggleSite: () => void;
  signal: AbortSignal;
}

/** The browser's keyboard shortcuts, relayed by the background to the top frame. */
export function answerCommands({ session, intent, focusCard, toggleSite, signal }: CommandOptions): void {
  const listener = (message: unknown) => {
    if (!isContentRequest(message) || message.type !== 'borderline:command') return undefined;
    if (message.command === 'toggle-site') {
      toggleSite();
      return Promise.resolve(true);
    }
    const next = stepMention(session.painted, intent.current, message.command === 'next-mention' ? 1 : -1);
    if (!next) return Promise.resolve(false);
    revealMention(next, intent);
    focusCard();
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
