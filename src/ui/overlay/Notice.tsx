import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { trusted } from '../components/trusted';

export interface NoticeProps {
  mentions: number;
  /** Fewer than `mentions` where the page has more than are worth painting. */
  painted: number;
  /** Sentences of the page that make a checked claim, and the pack's quotes found outside them. */
  claims: number;
  quotes: number;
  onOpen: () => void;
  /** Goes to the next (1) or previous (-1) painted mention. */
  onStep: (direction: 1 | -1) => void;
  /** Goes to the painted mention at an index of `items`. */
  onGo: (index: number) => void;
  /** The painted mentions in words, in page order; read only while the list is open. */
  items: () => readonly string[];
  /** The site the notice can be hidden on, as the reader knows it. */
  site: string;
  /** Hides the notice on every page of the site, for good (until shown again). */
  onHideOnSite: () => void;
  /** Hides it on this page, until it is reloaded. */
  onDismiss: () => void;
}

/** One of the notice's panels at most is open: the list of what is painted, or the ways to hide it. */
type Panel = 'list' | 'hide' | null;

/**
 * A small corner note on pages about the dispute: how much Borderline has to say here, and the
 * way in for a keyboard or a screen reader (the highlights themselves are not in the page's
 * accessibility tree): previous and next mention, and a list of what is painted, in words. The
 * reader hides it on this page or on every page of the site (undone from the message that says
 * so, or from the options page).
 */
export function Notice({
  mentions,
  painted,
  claims,
  quotes,
  onOpen,
  onStep,
  onGo,
  items,
  site,
  onHideOnSite,
  onDismiss,
}: NoticeProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const toggle = (which: Panel) => setPanel(panel === which ? null : which);
  const hideButton = useRef<HTMLButtonElement>(null);
  const hidePanel = useRef<HTMLFieldSetElement>(null);
  // The ways to hide the notice take focus as they open, so a keyboard goes on from there.
  useEffect(() => {
    if (panel === 'hide') hidePanel.current?.querySelector('button')?.focus();
  }, [panel]);
  const closeHide = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setPanel(null);
    hideButton.current?.focus();
  };
  // What the reader can act on first; topic words only where there is nothing else.
  const parts = [
    claims > 0 && i18n.t('notice.claims', claims, [String(claims)]),
    quotes > 0 && i18n.t('notice.quotes', quotes, [String(quotes)]),
  ].filter((part): part is string => typeof part === 'string');
  const count = parts.length > 0 ? parts.join(' · ') : i18n.t('notice.mentions', mentions, [String(mentions)]);
  const summary = painted < mentions ? i18n.t('notice.capped', [count, String(painted)]) : count;
  return (
    <aside class="notice" aria-label={i18n.t('notice.label')}>
      <div class="notice-bar">
        <button type="button" class="notice-open" onClick={trusted(onOpen)}>
          <span class="notice-brand">Borderline</span> {summary}
        </button>
        <button
          type="button"
          class="notice-step notice-previous"
          onClick={trusted(() => onStep(-1))}
          aria-label={i18n.t('reading.previous')}
          title={i18n.t('reading.previous')}
        >
          ‹
        </button>
        <button
          type="button"
          class="notice-step notice-next"
          onClick={trusted(() => onStep(1))}
          aria-label={i18n.t('reading.next')}
          title={i18n.t('reading.next')}
        >
          ›
        </button>
        <button
          type="button"
          class="notice-step notice-toggle-list"
          onClick={trusted(() => toggle('list'))}
          aria-expanded={panel === 'list'}
          aria-controls="borderline-list"
          aria-label={i18n.t('reading.list')}
          title={i18n.t('reading.list')}
        >
          ☰
        </button>
        <button
          type="button"
          class="notice-dismiss"
          ref={hideButton}
          onClick={trusted(() => toggle('hide'))}
          aria-expanded={panel === 'hide'}
          aria-controls="borderline-hide"
          aria-label={i18n.t('notice.dismiss')}
          title={i18n.t('notice.dismiss')}
        >
          ×
        </button>
      </div>
      {panel === 'hide' && (
        <fieldset
          class="notice-hide"
          id="borderline-hide"
          aria-label={i18n.t('notice.dismiss')}
          ref={hidePanel}
          onKeyDown={closeHide}
        >
          <button type="button" class="notice-hide-page" onClick={trusted(onDismiss)}>
            {i18n.t('notice.hideHere')}
          </button>
          <button type="button" class="notice-hide-site" onClick={trusted(onHideOnSite)}>
            {i18n.t('notice.hideOnSite', [site])}
          </button>
        </fieldset>
      )}
      {panel === 'list' && (
        <ol class="notice-list" id="borderline-list" aria-label={i18n.t('reading.list')}>
          {items().map((words, index) => (
            // Page order is the only order a reader can rely on: the index is the mention's identity here.
            <li key={index}>
              <button type="button" onClick={trusted(() => onGo(index))}>
                {words}
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
