import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { i18n } from '#i18n';
import type { Detector } from '../detect';
import type { ClaimFinder } from '../detect/claims';
import { loadDetector } from '../detect/runtime/load';
import { setUpQuoteCheck } from '../features/check-quote';
import { setUpDismissals } from '../features/dismissals';
import { setUpHoverCard } from '../features/hover-card';
import { setUpKeyboardNav } from '../features/keyboard-nav';
import { noticeUpdater } from '../features/notice';
import { hideNoticeOnSite, setUpNoticeSite } from '../features/notice-site';
import { setUpPageRequests } from '../features/page-requests';
import { mainTopic } from '../features/shared/main-topic';
import { withoutHidden } from '../features/shared/mention-filter';
import { mentionWords } from '../features/shared/mention-words';
import { siteSwitch, toggleSite } from '../features/shared/site-switch';
import { setUpShortcuts } from '../features/shortcuts';
import type { ContentRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import { sendToBackground } from '../messaging/send';
import type { Pack } from '../pack/types';
import { type DetectionData, loadDetection, loadPack } from '../settings/active-pack';
import { loadStored } from '../settings/load-stored';
import { isPageEnabled, isTopicShown, type Settings } from '../settings/settings';
import { siteKey } from '../settings/sites';
import { dismissalsProblemText } from '../ui/components/sites-problem';
import { uiLang } from '../ui/lang';
import { OverlayHost } from '../ui/overlay/overlay-host';
import { claimFinderFor } from './claim-finder';
import { PageSession } from './page-session';

/** What the content script hands the page tools when it loads them. */
export interface PageToolsCore {
  uiContext: ContentScriptContext;
  signal: AbortSignal;
  /** The content script's message router: the page tools' answers take over from its own. */
  router: Router<ContentRequest>;
  settings: Settings;
  /** Work done on the page before (the gate's, loading the tools), counted in the first scan's measure. */
  priorMs: number;
}

export interface PageTools {
  /** Tells the reader, in the page, of a change that could not be stored. */
  showMessage(text: string): void;
  /** Answers "Check this quote" for a selection (the request that may have loaded the tools). */
  checkQuote(text: string): Promise<boolean>;
  updateSettings(settings: Settings): void;
}

/**
 * Everything Borderline does on a page the gate has let through: the detector, the highlights,
 * the card, the notice, the keyboard, the popup's requests. Loaded by the content script only
 * then (see `entrypoints/page-tools.ts`), so that a page with nothing to do never loads it.
 */
export function startPageTools(core: PageToolsCore): PageTools {
  const { signal, uiContext, router } = core;
  let settings = core.settings;
  const hostname = location.hostname;
  const enabledHere = () => isPageEnabled(settings, location);
  // Packs imported later apply when the page is next loaded.
  let detection: DetectionData | undefined;
  let loading: Promise<Detector> | undefined;
  const loadDetectorOnce = () =>
    (loading ??= loadStored(loadDetection, (data) => {
      const detector = loadDetector(data.compiled);
      detection = data;
      return detector;
    }));
  const quoteTopic = (id: string) => detection?.quoteTopics[id];
  let claimFinder: ClaimFinder | undefined;
  const claims = () => (claimFinder ??= claimFinderFor(detection));
  let pack: Promise<Pack> | undefined;
  const cardPack = () => (pack ??= loadPack());
  const lang = uiLang();

  const switchSite = siteSwitch(hostname, (text) => overlay.showMessage(text));
  const site = siteKey(hostname);
  const noticeSite = setUpNoticeSite({ hostname, signal, onChange: () => refreshNotice() });
  const dismissals = setUpDismissals({
    signal,
    onChange: () => {
      if (enabledHere()) void session.refresh();
    },
  });
  const overlay = new OverlayHost({
    ctx: uiContext,
    pack: cardPack,
    lang,
    onCardEnter: () => intent.cardEntered(),
    onCardLeave: () => intent.cardLeft(),
    onCardClose: () => {
      quoteCheck.close();
      intent.hide();
      nav.returnFocus();
    },
    onTurnOffSite: () => {
      switchSite(false);
      // Undone from where it was done: the card is gone with the highlights, the message stays.
      overlay.showMessage(i18n.t('card.turnedOff', [hostname]), {
        label: i18n.t('card.turnBackOn'),
        run: () => {
          switchSite(true);
          overlay.showMessage(null);
        },
      });
    },
    onOpenSource: () => sendToBackground({ type: 'borderline:open-source' }),
    onNotAboutDispute: (mention) =>
      void dismissals.dismiss(mention.text).then((outcome) => {
        const problem = dismissalsProblemText(outcome);
        if (problem) overlay.showMessage(problem);
        else intent.hide();
      }),
  });
  const updateNotice = noticeUpdater(overlay, cardPack, {
    open: () => {
      const topic = mainTopic(session.scan);
      const first = session.painted.find((mention) => mention.topic === topic);
      if (first) nav.goTo(first);
    },
    step: (direction) => nav.step(direction),
    go: (index) => {
      const mention = session.painted[index];
      if (mention) nav.goTo(mention);
    },
    items: (loaded) => session.painted.map((mention) => mentionWords(loaded, lang, mention)),
    site,
    hideOnSite: () => hideNoticeOnSite(noticeSite, overlay, site),
  });
  const refreshNotice = () =>
    updateNotice({
      scan: session.scan,
      painted: session.painted.length,
      enabled: settings.showNotice && !noticeSite.hidden(),
    });
  let lastCount = -1;
  const session = new PageSession(settings, {
    detector: loadDetectorOnce,
    quoteTopic,
    claims,
    isOwnNode: (node) => overlay.isHost(node),
    filter: (scan) =>
      withoutHidden(scan, { topic: (topic) => !isTopicShown(settings, topic), words: dismissals.words }),
    priorMs: core.priorMs,
    onScan: (scan) => {
      refreshNotice();
      if (scan.mentions.length === lastCount) return;
      lastCount = scan.mentions.length;
      sendToBackground({ type: 'borderline:mention-count', count: lastCount });
    },
  });
  const intent = setUpHoverCard({ overlay, session, openDelayMs: settings.hoverDelayMs, signal });
  const nav = setUpKeyboardNav({
    session,
    intent,
    overlay,
    describe: (mention) => cardPack().then((loaded) => mentionWords(loaded, lang, mention)),
    signal,
  });
  setUpPageRequests({ router, session, intent, isEnabled: enabledHere, signal });
  const quoteCheck = setUpQuoteCheck({ overlay, intent, quoteTopic, detector: loadDetectorOnce, router, signal });
  setUpShortcuts({
    router,
    nav,
    toggleSite: () => toggleSite(settings, hostname, (text) => overlay.showMessage(text)),
    signal,
  });

  const apply = () => {
    intent.setOpenDelay(settings.hoverDelayMs);
    if (enabledHere()) {
      session.start();
      return;
    }
    intent.hide();
    session.stop();
  };
  signal.addEventListener('abort', () => {
    session.stop();
    overlay.remove();
  });
  apply();
  return {
    showMessage: (text) => overlay.showMessage(text),
    checkQuote: (text) => quoteCheck.check(text),
    updateSettings(next) {
      settings = next;
      session.updateSettings(settings);
      apply();
    },
  };
}
