import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isBackgroundRequest } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { badgeText, setUpBadge } from './badge';
import { CHECK_QUOTE_MENU, setUpCheckQuoteMenu } from './check-quote-menu';
import { setUpCommands } from './commands';

type Listener = (...args: unknown[]) => unknown;

/** Stands in for an API fake-browser leaves out, keeping its listeners to call. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) => {
      for (const listener of listeners) listener(...args);
    },
  };
}

afterEach(() => vi.restoreAllMocks());

/** A message's sender with only the fields the background reads. */
const sender = (fields: { tab?: { id: number }; frameId?: number; documentId?: string }) =>
  fields as Browser.runtime.MessageSender;

async function settled() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('badgeText', () => {
  it('shows nothing for no mention and caps long counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('the badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the sum of the frames’ counts for the tab they are in', async () => {
    setUpBadge(createRouter(isBackgroundRequest));
    const report = (frameId: number, count: number) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'borderline:mention-count', count },
        sender({ tab: { id: 3 }, frameId, documentId: `doc-${frameId}` }),
        () => undefined,
      );
    await report(0, 4);
    await report(5, 2);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('6');
    await report(5, 0);
    await settled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
  });

  it('ignores messages that are not counts from a tab', async () => {
    setUpBadge(createRouter(isBackgroundRequest));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'borderline:mention-count', count: -1 },
      sender({ tab: { id: 3 }, frameId: 0 }),
      () => undefined,
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'borderline:mention-count', count: 2 },
      sender({ frameId: 0 }),
      () => undefined,
    );
    await settled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});

describe('the “Check this quote” menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is created on install and sends the selection to the frame that holds it', async () => {
    const onClicked = fakeEvent();
    const create = vi.fn();
    Object.assign(fakeBrowser, {
      contextMenus: { create, removeAll: vi.fn(async () => undefined), onClicked },
    });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `[${key}]`);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    setUpCheckQuoteMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settled();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ id: CHECK_QUOTE_MENU, title: '[menu_checkQuote]', contexts: ['selection'] }),
    );
    onClicked.fire({ menuItemId: CHECK_QUOTE_MENU, selectionText: '  We will never accept  ', frameId: 7 }, { id: 9 });
    expect(sendMessage).toHaveBeenCalledWith(
      9,
      { type: 'borderline:check-quote', text: 'We will never accept' },
      { frameId: 7 },
    );
    onClicked.fire({ menuItemId: 'other', selectionText: 'x', frameId: 0 }, { id: 9 });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are relayed to the top frame of the tab they were pressed in', async () => {
    const onCommand = fakeEvent();
    Object.assign(fakeBrowser, { commands: { onCommand } });
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    setUpCommands();
    onCommand.fire('next-mention', { id: 4 });
    onCommand.fire('close-everything', { id: 4 });
    await settled();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(
      4,
      { type: 'borderline:command', command: 'next-mention' },
      { frameId: 0 },
    );
  });
});
