import { browser } from 'wxt/browser';
import type { startPageTools } from './page-tools';

/** Where the page tools leave their entry point in the content script's world. */
export const PAGE_TOOLS_KEY = '__borderlinePageTools';

/**
 * Loads the page tools (see `page-tools.ts`): a module import of the extension's own file, which
 * runs in the content script's world, whatever the page's Content-Security-Policy.
 */
export async function loadPageTools(): Promise<typeof startPageTools> {
  const global = globalThis as Record<string, unknown>;
  if (!global[PAGE_TOOLS_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL('/page-tools.js'));
  const start = global[PAGE_TOOLS_KEY];
  if (typeof start !== 'function') throw new Error('The page tools did not load.');
  return start as typeof startPageTools;
}
