import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setUpHideInTab } from '../features/hide-in-tab';
import { toggleSite } from '../features/shared/site-switch';
import { type ContentRequest, isContentRequest } from '../messaging/protocol';
import { createRouter, type Router } from '../messaging/router';
import { sendToBackground } from '../messaging/send';
import { isPageEnabled, loadSettings, type Settings, watchSettings } from '../settings/settings';
import { askGate } from './gate-ask';
import { GateWatch } from './gate-watch';
import { contentScriptLifetime } from './lifetime';
import { nothingFound } from './page-summary';
import type { PageTools } from './page-tools';
import { loadPageTools } from './page-tools-loader';

/**
 * What runs on every page: the settings, the gate watching the page's text, and the answers to
 * the popup and the shortcuts while nothing is found. Once the gate lets the page through, the
 * page tools load and take over (their answers come first in the router).
 */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const { signal, uiContext } = contentScriptLifetime(ctx);
  if (!document.body) return;
  const router = createRouter(isContentRequest, signal);
  let settings = await loadSettings();
  // Highlights hidden in this tab: off here as if turned off, without storing anything.
  const hiding = setUpHideInTab({ router, signal, onChange: () => apply() });
  const effective = (): Settings => (hiding.hidden() ? { ...settings, enabled: false } : settings);

  let tools: Promise<PageTools> | undefined;
  let started: PageTools | undefined;
  const loadTools = (gateMs: number) => {
    const loading = performance.now();
    tools ??= loadPageTools().then((start) => {
      // The first scan's measure counts the gate and the loading too.
      started = start({
        uiContext,
        signal,
        router,
        settings: effective(),
        priorMs: gateMs + performance.now() - loading,
      });
      return started;
    });
    return tools;
  };

  // Read only where Borderline is on: a site turned off costs nothing.
  let watch: GateWatch | undefined;
  const startWatch = () => {
    watch ??= gateWatch(loadTools);
    if (!signal.aborted && !tools) watch.start();
  };
  answerBeforeTools(router, signal, {
    enabledHere: () => isPageEnabled(effective(), location),
    toggleSite: () =>
      toggleSite(settings, location.hostname, (text) => void loadTools(0).then((opened) => opened.showMessage(text))),
    checkQuote: (text) => {
      // The tools read the page in full from now on.
      watch?.stop();
      return loadTools(0).then((opened) => opened.checkQuote(text));
    },
  });

  const apply = () => {
    if (started) started.updateSettings(effective());
    else if (isPageEnabled(effective(), location)) startWatch();
    else watch?.stop();
  };
  const unwatch = watchSettings((next) => {
    settings = next;
    apply();
  });
  signal.addEventListener('abort', () => {
    unwatch();
    watch?.stop();
  });
  apply();
}

/** The gate watching the page, opening the page tools when it lets the page through. */
function gateWatch(loadTools: (gateMs: number) => Promise<PageTools>): GateWatch {
  let toldNothing = false;
  return new GateWatch({
    ask: askGate,
    onAdmit: (workMs) => void loadTools(workMs),
    // The badge needs hearing it once; the page tools tell of any change later.
    onNothing: () => {
      if (toldNothing) return;
      toldNothing = true;
      sendToBackground({ type: 'borderline:mention-count', count: 0 });
    },
  });
}

interface BeforeTools {
  enabledHere: () => boolean;
  toggleSite: () => void;
  checkQuote: (text: string) => Promise<boolean>;
}

/** The answers of a page where nothing was found yet; the page tools' own replace them once loaded. */
function answerBeforeTools(router: Router<ContentRequest>, signal: AbortSignal, page: BeforeTools): void {
  router.handle(
    {
      'borderline:get-summary': () => Promise.resolve(nothingFound(page.enabledHere())),
      'borderline:reveal-mention': () => Promise.resolve(false),
      'borderline:command': (message) => {
        // What could not be stored is told in the page, by the tools.
        if (message.command === 'toggle-site') page.toggleSite();
        return Promise.resolve(message.command === 'toggle-site');
      },
      'borderline:check-quote': (message) => page.checkQuote(message.text),
    },
    signal,
  );
}
