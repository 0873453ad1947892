import { browser } from 'wxt/browser';
import { type Dismissal, type DismissalChange, isBackgroundRequest } from '../messaging/protocol';
import { applyDismissalChange, dismissalsItem } from '../settings/dismissals';
import { ListWriter } from './list-writer';

/** Answers `borderline:change-dismissals`: one queue, so two tabs dismissing at once are both kept. */
export function setUpDismissalWrites(): void {
  const writer = new ListWriter<Dismissal, DismissalChange>({
    load: () => dismissalsItem.getValue(),
    save: (list) => dismissalsItem.setValue(list),
    apply: applyDismissalChange,
  });
  browser.runtime.onMessage.addListener((request: unknown) => {
    if (!isBackgroundRequest(request) || request.type !== 'borderline:change-dismissals') return undefined;
    return writer.change(request.change);
  });
}
