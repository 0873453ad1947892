import type { BackgroundRequest, SiteChange } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import { noticeSitesItem } from '../settings/notice-sites';
import { applySiteChange } from '../settings/site-list';
import { ListWriter } from './list-writer';

/** Answers `borderline:change-notice-sites`: one queue, so two tabs hiding the notice at once are both kept. */
export function setUpNoticeSiteWrites(router: Router<BackgroundRequest>): void {
  const writer = new ListWriter<string, SiteChange>({
    load: () => noticeSitesItem.getValue(),
    save: (sites) => noticeSitesItem.setValue(sites),
    apply: applySiteChange,
  });
  router.handle({ 'borderline:change-notice-sites': (request) => writer.change(request.change) });
}
