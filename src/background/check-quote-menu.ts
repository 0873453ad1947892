import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { type ContentRequest, MAX_CHECK_TEXT } from '../messaging/protocol';

export const CHECK_QUOTE_MENU = 'borderline-check-quote';

function createMenu(): void {
  // Firefox forgets menus when it restarts, Chrome keeps them: start from none either way.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: CHECK_QUOTE_MENU,
        title: i18n.t('menu.checkQuote'),
        contexts: ['selection'],
        // Where the content script runs, and only there.
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    )
    .catch(() => undefined);
}

/** "Check this quote" on selected text: the frame holding the selection answers in its card. */
export function setUpCheckQuoteMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const text = info.selectionText?.trim();
    if (info.menuItemId !== CHECK_QUOTE_MENU || tab?.id === undefined || !text) return;
    const request: ContentRequest = { type: 'borderline:check-quote', text: text.slice(0, MAX_CHECK_TEXT) };
    void browser.tabs.sendMessage(tab.id, request, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}
