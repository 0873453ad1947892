import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Makes `runtime.sendMessage` answer as in a browser, with the first answer of the listeners
 * (the fake browser leaves a listener's promise unanswered), for tests of a page or extension
 * page asking the background.
 */
export function answerMessagesFromListeners(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, {} as Browser.runtime.MessageSender, () => {});
    return answers.find((answer) => answer !== undefined);
  });
}
