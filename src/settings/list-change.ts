import { browser } from 'wxt/browser';
import { type BackgroundRequest, isListOutcome, type ListOutcome } from '../messaging/protocol';

/**
 * Asks the background, the one writer of a stored list, for a change of it; whatever happens, an
 * outcome to show the reader.
 */
export async function askListChange(request: BackgroundRequest): Promise<ListOutcome> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return isListOutcome(answer) ? answer : { ok: false, problem: 'unreachable' };
  } catch (error) {
    return { ok: false, problem: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
}
