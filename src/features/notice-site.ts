import { i18n } from '#i18n';
import type { ListOutcome } from '../messaging/protocol';
import { isNoticeHiddenOn, noticeSitesItem, setNoticeHidden } from '../settings/notice-sites';
import { noticeSitesProblemText } from '../ui/components/sites-problem';
import type { OverlayHost } from '../ui/overlay/overlay-host';

export interface NoticeSite {
  /** Whether the notice stays hidden on this page's site. */
  hidden(): boolean;
  /** Hides the notice on every page of the site, at once here and, once stored, in every tab. */
  hide(): Promise<ListOutcome>;
  /** Shows it again (undoing `hide`, here or from the options page). */
  show(): Promise<ListOutcome>;
}

/**
 * Whether the reader hid the corner notice on this page's site, followed as the list changes
 * (from this tab, another, or the options page); `onChange` when that changes. Hidden until the
 * list is read, so that a site where it is hidden never shows it for a moment. A change asked for
 * here applies at once: refused by storage, it still holds on this page, and the reader is told.
 */
export function setUpNoticeSite({
  hostname,
  signal,
  onChange,
}: {
  hostname: string;
  signal: AbortSignal;
  onChange: () => void;
}): NoticeSite {
  let hidden = true;
  // As last read from storage: only a change of it overrides what the reader asked for here.
  let stored: boolean | null = null;
  const set = (value: boolean) => {
    if (value === hidden) return;
    hidden = value;
    onChange();
  };
  const take = (sites: unknown) => {
    const now = isNoticeHiddenOn(sites, hostname);
    if (now === stored) return;
    stored = now;
    set(now);
  };
  void noticeSitesItem.getValue().then(take, () => take([]));
  const unwatch = noticeSitesItem.watch(take);
  signal.addEventListener('abort', unwatch);
  const change = (value: boolean) => {
    set(value);
    return setNoticeHidden(hostname, value);
  };
  return { hidden: () => hidden, hide: () => change(true), show: () => change(false) };
}

/**
 * The notice's "Hide on every page of <site>": says so in the page with the way to show it again
 * (undone from the same place), or why the change could not be kept. The reader's control is gone
 * with the notice, so focus goes to the message, and back to the notice when it returns.
 */
export function hideNoticeOnSite(noticeSite: NoticeSite, overlay: OverlayHost, site: string): void {
  const tell = (outcome: ListOutcome) => {
    const problem = noticeSitesProblemText(outcome);
    if (problem) overlay.showMessage(problem, undefined, { focus: true });
  };
  overlay.showMessage(
    i18n.t('notice.hiddenOnSite', [site]),
    {
      label: i18n.t('notice.showAgain'),
      run: () => {
        overlay.showMessage(null);
        overlay.focusNotice();
        void noticeSite.show().then(tell);
      },
    },
    { focus: true },
  );
  void noticeSite.hide().then(tell);
}
