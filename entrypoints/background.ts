import { defineBackground } from 'wxt/utils/define-background';
import { setUpActivePack } from '../src/background/active-pack';
import { setUpBadge } from '../src/background/badge';
import { setUpCheckQuoteMenu } from '../src/background/check-quote-menu';
import { setUpCommands } from '../src/background/commands';
import { setUpDismissalWrites } from '../src/background/dismissal-writes';
import { setUpGate } from '../src/background/gate-service';
import { setUpSiteWrites } from '../src/background/site-writes';
import { setUpSourceView } from '../src/background/source-view';

/** Listeners are added at once on every start: the browser stops an idle worker and wakes it for events. */
export default defineBackground(() => {
  setUpGate(setUpActivePack());
  setUpBadge();
  setUpSourceView();
  setUpCheckQuoteMenu();
  setUpCommands();
  setUpSiteWrites();
  setUpDismissalWrites();
});
