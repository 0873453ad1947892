import type { ContentRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';

export interface HideInTab {
  hidden(): boolean;
}

/**
 * The reader hid the highlights in this tab (from the popup): kept in this page's memory only,
 * never stored, so they are back when the tab is reloaded, and other tabs keep theirs. Every
 * frame of the tab hears the request and hides its own.
 */
export function setUpHideInTab({
  router,
  signal,
  onChange,
}: {
  router: Router<ContentRequest>;
  signal: AbortSignal;
  onChange: () => void;
}): HideInTab {
  let hidden = false;
  router.handle(
    {
      'borderline:hide-in-tab': (message) => {
        if (message.hidden !== undefined && message.hidden !== hidden) {
          hidden = message.hidden;
          onChange();
        }
        return Promise.resolve(hidden);
      },
    },
    signal,
  );
  return { hidden: () => hidden };
}
