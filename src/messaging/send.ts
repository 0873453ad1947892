import { browser } from 'wxt/browser';
import type { BackgroundRequest } from './protocol';

/** Tells the background something; a background that is restarting or gone is no error of the page's. */
export function sendToBackground(message: BackgroundRequest): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
