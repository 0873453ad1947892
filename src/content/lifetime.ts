import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Lifetime {
  signal: AbortSignal;
  /** A context for WXT's UI helpers that ends with this lifetime, not before. */
  uiContext: ContentScriptContext;
}

/**
 * How long the content script lives. WXT ends a context when a document event says a newer copy
 * of the script has started, and a page can fire that event itself. Here the end comes only when
 * the extension is really gone (updated, reloaded or removed), which the page cannot fake.
 */
export function contentScriptLifetime(ctx: ContentScriptContext): Lifetime {
  const controller = new AbortController();
  ctx.onInvalidated(() => {
    if (!browser.runtime?.id) controller.abort();
  });
  const uiContext = {
    options: ctx.options,
    signal: controller.signal,
    onInvalidated: (callback: () => void) => {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
  } as unknown as ContentScriptContext;
  return { signal: controller.signal, uiContext };
}
