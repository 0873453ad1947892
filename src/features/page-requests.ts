import type { PageSession } from '../content/page-session';
import type { ContentRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import type { PageMention } from '../page/scan';
import type { HoverIntent } from '../ui/card/hover-intent';
import { revealMention } from './shared/reveal-mention';

export interface PageRequestOptions {
  router: Router<ContentRequest>;
  session: PageSession;
  intent: HoverIntent<PageMention>;
  isEnabled: () => boolean;
  signal: AbortSignal;
}

/** Answers the popup: what this page holds, and "show me that mention". */
export function setUpPageRequests({ router, session, intent, isEnabled, signal }: PageRequestOptions): void {
  router.handle(
    {
      'borderline:get-summary': () => Promise.resolve(session.summary(isEnabled())),
      'borderline:reveal-mention': (message) => {
        const mention = session.painted[message.index];
        if (mention) revealMention(mention, intent);
        return Promise.resolve(mention !== undefined);
      },
    },
    signal,
  );
}
