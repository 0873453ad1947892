import { browser } from 'wxt/browser';
import { MentionCounts } from '../messaging/mention-counts';
import type { BackgroundRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';

const BADGE_COLOR = '#0b7285';

export function badgeText(total: number): string {
  if (total === 0) return '';
  return total > 999 ? '999+' : String(total);
}

/**
 * The toolbar badge: how many mentions each tab holds, summed over its frames (content scripts
 * run in every frame and each reports its own count). The browser clears a tab's badge itself
 * when the tab navigates to another page.
 */
export function setUpBadge(router: Router<BackgroundRequest>, counts = new MentionCounts()): void {
  // Firefox's MV2 build calls it browserAction.
  const action = browser.action ?? browser.browserAction;
  // One colour for every tab's badge, set once.
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
  router.handle({
    'borderline:mention-count': (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return undefined;
      void counts
        .report(tabId, sender.frameId, message.count, sender.documentId)
        .then((total) => action.setBadgeText({ tabId, text: badgeText(total) }))
        // The tab may have closed in the meantime.
        .catch(() => undefined);
      return undefined;
    },
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void counts.loading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void counts.forget(tabId));
}
