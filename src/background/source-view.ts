import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';

/** Opens the source view for a card's "Open the source", next to the reader's tab. */
export function setUpSourceView(router: Router<BackgroundRequest>): void {
  router.handle({
    'borderline:open-source': (_message, sender) => {
      if (sender.tab)
        void browser.tabs.create({ url: browser.runtime.getURL('/source.html'), index: sender.tab.index + 1 });
      return undefined;
    },
  });
}
