import { browser } from 'wxt/browser';
import { type ContentRequest, isCommand } from '../messaging/protocol';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The manifest's keyboard commands, relayed to the tab's top frame: the site to toggle is the
 * tab's own, and the mentions to step through are those of the page the reader sees.
 */
export function setUpCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (!isCommand(command)) return;
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId === undefined) return;
      const request: ContentRequest = { type: 'borderline:command', command };
      await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    })().catch(() => undefined);
  });
}
