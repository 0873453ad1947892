import type { ListOutcome } from '../messaging/protocol';
import { isNoticeHiddenOn, noticeSitesItem, setNoticeHidden } from '../settings/notice-sites';

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
