import { browser } from 'wxt/browser';
import { type BackgroundRequest, type GateVerdict, isGateVerdict } from '../messaging/protocol';

/**
 * Where the background cannot answer (restarting, or gone with an update), the page is taken to
 * hold something: the page tools then read it themselves, so nothing is missed.
 */
const UNANSWERED: GateVerdict = { admits: true, workMs: 0 };

/** Asks the background's gate whether a text may hold a mention (see `background/gate-service.ts`). */
export async function askGate(text: string): Promise<GateVerdict> {
  const question: BackgroundRequest = { type: 'borderline:gate', text };
  try {
    const answer: unknown = await browser.runtime.sendMessage(question);
    return isGateVerdict(answer) ? answer : UNANSWERED;
  } catch {
    return UNANSWERED;
  }
}
