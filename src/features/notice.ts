import type { Pack } from '../pack/types';
import type { PageScan } from '../page/scan';
import type { OverlayHost } from '../ui/overlay/overlay-host';

/**
 * What the page holds that a reader can act on: sentences making a checked claim, and quotes of
 * the pack (apart from those inside such a sentence). Never the source's own faults: the page
 * did not make them.
 */
export function actionable(scan: PageScan): { claims: number; quotes: number } {
  const claims = scan.mentions.filter((mention) => mention.claim).length;
  const quotes = scan.mentions.filter((mention) => mention.quote && !mention.claim).length;
  return { claims, quotes };
}

export interface NoticeUpdate {
  scan: PageScan;
  painted: number;
  enabled: boolean;
}

/** What the notice's controls do (see `Notice`). */
export interface NoticeActions {
  /** Opens the card of the page as it is then. */
  open: () => void;
  step: (direction: 1 | -1) => void;
  /** Goes to the painted mention at `index`. */
  go: (index: number) => void;
  /** The painted mentions in words, in page order, for the notice's list. */
  items: (pack: Pack) => readonly string[];
  /** The site the notice can be hidden on, and hiding it there. */
  site: string;
  hideOnSite: () => void;
}

/**
 * Shows the corner notice on pages about the dispute (unless turned off), hides it elsewhere.
 * The caveat count needs the pack, read only once a page has something to show; an update that
 * waited for it never undoes a later one. A changing page is scanned again and again: a notice
 * that would say the same is left as it is.
 */
export function noticeUpdater(
  overlay: OverlayHost,
  pack: () => Promise<Pack>,
  actions: NoticeActions,
): (update: NoticeUpdate) => void {
  let latest = 0;
  let shown = '';
  const show = (
    notice: { mentions: number; painted: number; claims: number; quotes: number } | null,
    loaded?: Pack,
  ) => {
    const key = JSON.stringify(notice);
    if (key === shown) return;
    shown = key;
    overlay.setNotice(
      notice && loaded
        ? {
            ...notice,
            onOpen: actions.open,
            onStep: actions.step,
            onGo: actions.go,
            items: () => actions.items(loaded),
            site: actions.site,
            onHideOnSite: actions.hideOnSite,
          }
        : null,
    );
  };
  return ({ scan, painted, enabled }) => {
    const mine = ++latest;
    if (!enabled || !scan.about || scan.mentions.length === 0) {
      show(null);
      return;
    }
    pack()
      .then((loaded) => {
        if (mine === latest) show({ mentions: scan.mentions.length, painted, ...actionable(scan) }, loaded);
      })
      .catch(() => undefined);
  };
}
