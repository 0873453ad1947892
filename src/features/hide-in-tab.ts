import { browser } from 'wxt/browser';
import { isContentRequest } from '../messaging/protocol';

export interface HideInTab {
  hidden(): boolean;
}

/**
 * The reader hid the highlights in this tab (from the popup): kept in this page's memory only,
 * never stored, so they are back when the tab is reloaded, and other tabs keep theirs. Every
 * frame of the tab hears the request and hides its own.
 */
export function setUpHideInTab({ signal, onChange }: { signal: AbortSignal; onChange: () => void }): HideInTab {
  let hidden = false;
  const listener = (message: unknown) => {
    if (!isContentRequest(message) || message.type !== 'borderline:hide-in-tab') return undefined;
    if (message.hidden !== undefined && message.hidden !== hidden) {
      hidden = message.hidden;
      onChange();
    }
    return Promise.resolve(hidden);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return { hidden: () => hidden };
}
