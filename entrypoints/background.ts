import { defineBackground } from 'wxt/utils/define-background';
import { setUpBadge } from '../src/background/badge';
import { setUpCheckQuoteMenu } from '../src/background/check-quote-menu';
import { setUpCommands } from '../src/background/commands';
import { setUpDismissalWrites } from '../src/background/dismissal-writes';
import { setUpGate } from '../src/background/gate-service';
import { setUpNoticeSiteWrites } from '../src/background/notice-site-writes';
import { setUpPackPreparation } from '../src/background/pack-preparation';
import { setUpSiteWrites } from '../src/background/site-writes';
import { setUpSourceView } from '../src/background/source-view';
import { isBackgroundRequest } from '../src/messaging/protocol';
import { createRouter } from '../src/messaging/router';

/** Listeners are added at once on every start: the browser stops an idle worker and wakes it for events. */
export default defineBackground(() => {
  const router = createRouter(isBackgroundRequest);
  setUpGate(router, setUpPackPreparation(router));
  setUpBadge(router);
  setUpSourceView(router);
  setUpCheckQuoteMenu();
  setUpCommands();
  setUpSiteWrites(router);
  setUpDismissalWrites(router);
  setUpNoticeSiteWrites(router);
});
