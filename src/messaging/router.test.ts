import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ContentRequest, isContentRequest } from './protocol';
import { createRouter } from './router';

/** What the extension's listeners answer a message: the first answer, or undefined for none. */
async function ask(message: unknown): Promise<unknown> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined);
  return answers.find((answer) => answer !== undefined);
}

describe('the message router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands a request to the newest handler of its type, and to an older one when the newest declines', async () => {
    const router = createRouter<ContentRequest>(isContentRequest);
    router.handle({ 'borderline:reveal-mention': () => Promise.resolve('older') });
    router.handle({
      'borderline:reveal-mention': (message) => (message.index === 1 ? Promise.resolve('newer') : undefined),
    });
    expect(await ask({ type: 'borderline:reveal-mention', index: 1 })).toBe('newer');
    expect(await ask({ type: 'borderline:reveal-mention', index: 2 })).toBe('older');
  });

  it('drops a handler when its signal aborts, and stops listening with its own', async () => {
    const lifetime = new AbortController();
    const router = createRouter<ContentRequest>(isContentRequest, lifetime.signal);
    const tools = new AbortController();
    router.handle({ 'borderline:get-summary': () => Promise.resolve('before') });
    router.handle({ 'borderline:get-summary': () => Promise.resolve('tools') }, tools.signal);
    expect(await ask({ type: 'borderline:get-summary' })).toBe('tools');
    tools.abort();
    expect(await ask({ type: 'borderline:get-summary' })).toBe('before');
    lifetime.abort();
    expect(await ask({ type: 'borderline:get-summary' })).toBeUndefined();
  });

  it('answers nothing that is not a well-formed request', async () => {
    const router = createRouter<ContentRequest>(isContentRequest);
    let called = false;
    router.handle({
      'borderline:reveal-mention': () => {
        called = true;
        return Promise.resolve(true);
      },
    });
    expect(await ask({ type: 'borderline:reveal-mention', index: 'x' })).toBeUndefined();
    expect(called).toBe(false);
  });
});
