import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Detector } from '../src/detect';
import { type Gate, loadGate } from '../src/detect/gate';
import { loadDetector } from '../src/detect/load';
import { setUpQuoteCheck } from '../src/features/check-quote';
import { answerCommands } from '../src/features/commands';
import { setUpHoverCard } from '../src/features/hover-card';
import { revealMention, setUpKeyboardNav } from '../src/features/keyboard-nav';
import { contentScriptLifetime } from '../src/features/lifetime';
import { mainTopic, noticeUpdater } from '../src/features/notice';
import { answerPageRequests } from '../src/features/page-requests';
import { PageSession } from '../src/features/page-session';
import type { BackgroundRequest } from '../src/messaging/protocol';
import type { Pack } from '../src/pack/types';
import { type DetectionData, loadDetection, loadGateData, loadPack } from '../src/settings/active-pack';
import { isSiteEnabled, loadSettings, setSiteEnabled, settingsItem } from '../src/settings/settings';
import { uiLang } from '../src/ui/lang';
import { OverlayHost } from '../src/ui/overlay/overlay-host';

function sendToBackground(message: BackgroundRequest): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Highlight styles are adopted by the document when there is something to paint.
  cssInjectionMode: 'manual',
  // The page would learn the name of WXT's start-up event from this message.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const { signal, uiContext } = contentScriptLifetime(ctx);
    if (!document.body) return;
    let settings = await loadSettings();
    // Packs imported later apply when the page is next loaded.
    // Read only where Borderline is on: a site turned off costs nothing.
    let detection: DetectionData | undefined;
    let loaded: Detector | undefined;
    const ready = async () => {
      detection ??= await loadDetection();
      loaded ??= loadDetector(detection.compiled);
      return loaded;
    };
    let gate: Gate | undefined;
    const quoteTopic = (id: string) => detection?.quoteTopics[id];
    let pack: Promise<Pack> | undefined;
    const cardPack = () => (pack ??= loadPack());
    const hostname = location.hostname;
    const enabledHere = () => isSiteEnabled(settings, hostname);

    const overlay = new OverlayHost({
      ctx: uiContext,
      pack: cardPack,
      lang: uiLang(),
      onCardEnter: () => intent.cardEntered(),
      onCardLeave: () => intent.cardLeft(),
      onCardClose: () => {
        quoteCheck.close();
        intent.hide();
      },
      onTurnOffSite: () => void setSiteEnabled(hostname, false),
      onOpenSource: () => sendToBackground({ type: 'borderline:open-source' }),
    });
    const updateNotice = noticeUpdater(overlay, cardPack);
    let lastCount = -1;
    const session = new PageSession(settings, {
      gate: () => {
        if (!gate) throw new Error('The gate is used before it is loaded.');
        return gate;
      },
      detector: ready,
      quoteTopic,
      isOwnNode: (node) => overlay.isHost(node),
      onScan: (scan) => {
        updateNotice({
          scan,
          painted: session.painted.length,
          enabled: settings.showNotice,
          open: () => {
            const topic = mainTopic(scan);
            const first = session.painted.find((mention) => mention.topic === topic);
            if (first) revealMention(first, intent);
          },
        });
        if (scan.mentions.length === lastCount) return;
        lastCount = scan.mentions.length;
        sendToBackground({ type: 'borderline:mention-count', count: lastCount });
      },
    });
    const intent = setUpHoverCard({ overlay, session, openDelayMs: settings.hoverDelayMs, signal });
    const nav = setUpKeyboardNav({ session, intent, focusCard: () => overlay.focusCard(), signal });
    answerPageRequests({ session, intent, isEnabled: enabledHere, signal });
    const quoteCheck = setUpQuoteCheck({ overlay, intent, quoteTopic, detector: ready, signal });
    answerCommands({
      nav,
      toggleSite: () => void setSiteEnabled(hostname, !enabledHere()),
      signal,
    });

    const apply = async () => {
      intent.setOpenDelay(settings.hoverDelayMs);
      if (enabledHere()) {
        gate ??= loadGate((await loadGateData()).gate);
        // The reader may have turned the site off while the detector loaded.
        if (enabledHere() && !signal.aborted) session.start();
        return;
      }
      intent.hide();
      session.stop();
    };
    const unwatch = settingsItem.watch((next) => {
      settings = { ...settings, ...next };
      session.updateSettings(settings);
      void apply();
    });
    signal.addEventListener('abort', () => {
      unwatch();
      session.stop();
      overlay.remove();
    });
    await apply();
  },
});
