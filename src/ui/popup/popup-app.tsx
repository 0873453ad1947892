import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { mentionCountsItem, type TabCounts, totalOf } from '../../messaging/mention-counts';
import { type ContentRequest, isBackgroundRequest, type PageSummary } from '../../messaging/protocol';
import type { Pack } from '../../pack/types';
import { loadPack } from '../../settings/active-pack';
import { loadSettings, type Settings, setSiteEnabled, updateSettings, watchSettings } from '../../settings/settings';
import { sitesProblemText, storageProblemText } from '../components/sites-problem';
import { uiLang } from '../lang';
import { Popup } from './Popup';

/** The tab the popup reports on: `?tab=ID` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the tab's top frame: the page the reader sees, not one of its embedded frames. */
async function ask<T>(tabId: number, request: ContentRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as T;
}

/** Mentions in the tab's embedded frames, as they reported them to the background. */
function framesCountOf(counts: Record<string, TabCounts>, tabId: number | undefined): number {
  if (tabId === undefined) return 0;
  const { 0: _top, ...frames } = counts[tabId] ?? {};
  return totalOf(frames);
}

/** Hides the highlights in every frame of the tab, or shows them again (or, without `hidden`, asks); null where no page answers. */
async function hideInTab(tabId: number, hidden?: boolean): Promise<boolean | null> {
  const request: ContentRequest = { type: 'borderline:hide-in-tab', hidden };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    return typeof answer === 'boolean' ? answer : null;
  } catch {
    return null;
  }
}

async function summaryOf(tabId: number | undefined): Promise<PageSummary | 'unavailable'> {
  if (tabId === undefined) return 'unavailable';
  try {
    return (await ask<PageSummary | undefined>(tabId, { type: 'borderline:get-summary' })) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export function PopupApp() {
  const [pack, setPack] = useState<Pack | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<PageSummary | 'unavailable' | null>(null);
  const [framesCount, setFramesCount] = useState(0);
  const [tabId, setTabId] = useState<number>();
  const [switchProblem, setSwitchProblem] = useState<string | null>(null);
  const [hiddenInTab, setHiddenInTab] = useState<boolean | null>(null);

  useEffect(() => {
    void loadPack().then(setPack);
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    let id: number | undefined;
    const refresh = () => void summaryOf(id).then(setSummary);
    void targetTabId().then(async (found) => {
      id = found;
      setTabId(found);
      refresh();
      if (found !== undefined) void hideInTab(found).then(setHiddenInTab);
      setFramesCount(framesCountOf(await mentionCountsItem.getValue(), id));
    });
    // The page reports its count whenever a scan changes it: the summary is stale then.
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isBackgroundRequest(message) && sender.tab?.id === id) refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The frames' counts as the background stores them, once it has (not as the report arrives).
    const unwatch = mentionCountsItem.watch((counts) => setFramesCount(framesCountOf(counts, id)));
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
    };
  }, []);

  if (!settings || !pack) return null;
  return (
    <Popup
      pack={pack}
      lang={uiLang()}
      summary={summary}
      framesCount={framesCount}
      settings={settings}
      onReveal={(index) => {
        if (tabId !== undefined) void ask(tabId, { type: 'borderline:reveal-mention', index }).catch(() => undefined);
      }}
      switchProblem={switchProblem}
      hiddenInTab={hiddenInTab}
      onHideInTab={(hidden) => {
        if (tabId !== undefined) void hideInTab(tabId, hidden).then(setHiddenInTab);
      }}
      onSiteChange={(hostname, enabled) => {
        setSwitchProblem(null);
        void setSiteEnabled(hostname, enabled).then((outcome) => setSwitchProblem(sitesProblemText(outcome)));
      }}
      onEverywhereChange={(enabled) => {
        setSwitchProblem(null);
        updateSettings({ enabled }).catch((error: unknown) => setSwitchProblem(storageProblemText(error)));
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenSource={() => void browser.tabs.create({ url: browser.runtime.getURL('/source.html') })}
    />
  );
}
