import type { ContentRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import type { KeyboardNav } from './keyboard-nav';

export interface ShortcutOptions {
  router: Router<ContentRequest>;
  nav: KeyboardNav;
  toggleSite: () => void;
  signal: AbortSignal;
}

/** The browser's keyboard shortcuts, relayed by the background to the top frame. */
export function setUpShortcuts({ router, nav, toggleSite, signal }: ShortcutOptions): void {
  router.handle(
    {
      'borderline:command': (message) => {
        if (message.command === 'toggle-site') {
          toggleSite();
          return Promise.resolve(true);
        }
        return Promise.resolve(nav.step(message.command === 'next-mention' ? 1 : -1));
      },
    },
    signal,
  );
}
