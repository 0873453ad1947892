import '../../src/ui/popup/popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentRequest, PageSummary } from '../../src/messaging/protocol';
import { defaultPack } from '../../src/pack/default';
import { uiLang } from '../../src/ui/lang';
import { Popup } from '../../src/ui/popup/Popup';

/** The tab the popup reports on: `?tab=ID` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask<T>(tabId: number, request: ContentRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, request)) as T;
}

function App() {
  const [summary, setSummary] = useState<PageSummary | 'unavailable' | null>(null);
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === undefined) return setSummary('unavailable');
      try {
        setSummary((await ask<PageSummary | undefined>(id, { type: 'borderline:get-summary' })) ?? 'unavailable');
      } catch {
        setSummary('unavailable');
      }
    })();
  }, []);
  const reveal = (index: number) => {
    if (tabId !== undefined) void ask(tabId, { type: 'borderline:reveal-mention', index }).catch(() => undefined);
  };
  return <Popup pack={defaultPack} lang={uiLang()} summary={summary} onReveal={reveal} />;
}

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) render(<App />, root);
