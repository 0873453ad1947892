import { browser } from 'wxt/browser';
import { isContentRequest } from '../messaging/protocol';
import type { KeyboardNav } from './keyboard-nav';

export interface CommandOptions {
  nav: KeyboardNav;
  toggleSite: () => void;
  signal: AbortSignal;
}

/** The browser's keyboard shortcuts, relayed by the background to the top frame. */
export function answerCommands({ nav, toggleSite, signal }: CommandOptions): void {
  const listener = (message: unknown) => {
    if (!isContentRequest(message) || message.type !== 'borderline:command') return undefined;
    if (message.command === 'toggle-site') {
      toggleSite();
      return Promise.resolve(true);
    }
    return Promise.resolve(nav.step(message.command === 'next-mention' ? 1 : -1));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
