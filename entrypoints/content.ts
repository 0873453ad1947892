import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askGate } from '../src/content/gate-ask';
import { GateWatch } from '../src/content/gate-watch';
import { contentScriptLifetime } from '../src/content/lifetime';
import { nothingFound } from '../src/content/page-summary';
import type { PageTools } from '../src/content/page-tools';
import { loadPageTools } from '../src/content/page-tools-loader';
import { setUpHideInTab } from '../src/features/hide-in-tab';
import { siteSwitch } from '../src/features/shared/site-switch';
import { isContentRequest } from '../src/messaging/protocol';
import { sendToBackground } from '../src/messaging/send';
import { isPageEnabled, isSiteEnabled, loadSettings, type Settings, watchSettings } from '../src/settings/settings';

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
    const hostname = location.hostname;
    // Highlights hidden in this tab: off here as if turned off, without storing anything.
    const hiding = setUpHideInTab({ signal, onChange: () => apply() });
    const effective = (): Settings => (hiding.hidden() ? { ...settings, enabled: false } : settings);
    const enabledHere = () => isPageEnabled(effective(), location);

    // Until the gate lets the page through, this is all that runs; then the page tools load.
    let tools: Promise<PageTools> | undefined;
    let started: PageTools | undefined;
    const openTools = (gateMs: number) => {
      const loading = performance.now();
      tools ??= loadPageTools().then((start) => {
        // The first scan's measure counts the gate and the loading too.
        started = start({ uiContext, signal, settings: effective(), priorMs: gateMs + performance.now() - loading });
        return started;
      });
      return tools;
    };

    // Read only where Borderline is on: a site turned off costs nothing.
    let watch: GateWatch | undefined;
    let toldNothing = false;
    const startWatch = () => {
      watch ??= new GateWatch({
        ask: askGate,
        onOpen: (workMs) => void openTools(workMs),
        // The badge needs hearing it once; the page tools tell of any change later.
        onNothing: () => {
          if (toldNothing) return;
          toldNothing = true;
          sendToBackground({ type: 'borderline:mention-count', count: 0 });
        },
      });
      if (!signal.aborted && !tools) watch.start();
    };

    // What the page tools answer once started; before, a page with nothing found.
    const answerBeforeTools = (message: unknown) => {
      if (started || !isContentRequest(message)) return undefined;
      switch (message.type) {
        case 'borderline:get-summary':
          return Promise.resolve(nothingFound(enabledHere()));
        case 'borderline:reveal-mention':
          return Promise.resolve(false);
        case 'borderline:command':
          // What could not be stored is told in the page, by the tools.
          if (message.command === 'toggle-site')
            siteSwitch(
              hostname,
              (text) => void openTools(0).then((opened) => opened.showMessage(text)),
            )(!isSiteEnabled(settings, hostname));
          return Promise.resolve(message.command === 'toggle-site');
        case 'borderline:check-quote':
          // The tools read the page in full from now on.
          watch?.stop();
          return openTools(0).then((opened) => opened.checkQuote(message.text));
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(answerBeforeTools);

    const apply = () => {
      if (started) started.updateSettings(effective());
      else if (enabledHere()) startWatch();
      else watch?.stop();
    };
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
    });
    signal.addEventListener('abort', () => {
      unwatch();
      watch?.stop();
      browser.runtime.onMessage.removeListener(answerBeforeTools);
    });
    apply();
  },
});
