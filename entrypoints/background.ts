import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundRequest } from '../src/messaging/protocol';

/** The badge shows how many mentions each tab has; it is cleared when the tab navigates. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundRequest(message) || tabId === undefined) return undefined;
    if (message.type === 'borderline:open-source') {
      void browser.tabs.create({ url: browser.runtime.getURL('/source.html'), index: (sender.tab?.index ?? 0) + 1 });
      return undefined;
    }
    if (sender.frameId !== 0) return undefined;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#0b7285' });
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
});
