import { type Browser, browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** Answers one type of message: a promise of the answer, or undefined to leave it to others. */
type Handler<M> = (message: M, sender: Sender) => Promise<unknown> | undefined;

export type Handlers<R extends { type: string }> = { [T in R['type']]?: Handler<Extract<R, { type: T }>> };

export interface Router<R extends { type: string }> {
  /** Answers these types of message until the signal aborts (for good, without one). */
  handle(handlers: Handlers<R>, signal?: AbortSignal): void;
}

/**
 * The one message listener of a side of the extension: a message is checked once, then offered to
 * the handlers of its type, the newest first, until one answers. A later handler (the page tools,
 * once loaded) so takes over from an earlier one (the content script's, before them) without either
 * knowing of the other. The listener goes with the side's signal.
 */
export function createRouter<R extends { type: string }>(
  isRequest: (message: unknown) => message is R,
  signal?: AbortSignal,
): Router<R> {
  const byType = new Map<string, Handler<R>[]>();
  const listener = (message: unknown, sender: Sender) => {
    if (!isRequest(message)) return undefined;
    const handlers = byType.get(message.type) ?? [];
    for (let i = handlers.length - 1; i >= 0; i--) {
      const answer = handlers[i]?.(message, sender);
      if (answer !== undefined) return answer;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return {
    handle(handlers, until) {
      for (const [type, handler] of Object.entries(handlers) as [string, Handler<R>][]) {
        const list = byType.get(type) ?? [];
        list.push(handler);
        byType.set(type, list);
        until?.addEventListener('abort', () => {
          const at = list.indexOf(handler);
          if (at >= 0) list.splice(at, 1);
        });
      }
    },
  };
}
