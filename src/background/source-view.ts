import { browser } from 'wxt/browser';
import { isBackgroundRequest } from '../messaging/protocol';

/** Opens the source view for a card's "Open the source", next to the reader's tab. */
export function setUpSourceView(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundRequest(message) || message.type !== 'borderline:open-source' || !sender.tab) return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL('/source.html'), index: sender.tab.index + 1 });
    return undefined;
  });
}
