import type { BackgroundRequest, Dismissal, DismissalChange } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import { applyDismissalChange, dismissalsItem } from '../settings/dismissals';
import { ListWriter } from './list-writer';

/** Answers `borderline:change-dismissals`: one queue, so two tabs dismissing at once are both kept. */
export function setUpDismissalWrites(router: Router<BackgroundRequest>): void {
  const writer = new ListWriter<Dismissal, DismissalChange>({
    load: () => dismissalsItem.getValue(),
    save: (list) => dismissalsItem.setValue(list),
    apply: applyDismissalChange,
  });
  router.handle({ 'borderline:change-dismissals': (request) => writer.change(request.change) });
}
