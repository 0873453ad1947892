import { browser } from 'wxt/browser';
import { compileClaims } from '../detect/claims';
import { compileDetector } from '../detect/compile/compile';
import { compileGate } from '../detect/gate/compile-gate';
import type { BackgroundRequest } from '../messaging/protocol';
import type { Router } from '../messaging/router';
import type { Pack, TopicId } from '../pack/types';
import { activePackItem, type DetectionData, detectionItem, gateItem } from '../settings/active-pack';
import { loadActivePack, packsItem } from '../settings/packs';

function quoteTopics(pack: Pack): Record<string, TopicId> {
  const topics: Record<string, TopicId> = {};
  for (const quote of pack.quotes) {
    const [topic] = quote.topics;
    if (topic) topics[quote.id] = topic;
  }
  return topics;
}

/** Combines the packs, compiles the detector and its gate, and stores them for content scripts. */
export async function prepareActivePack(): Promise<void> {
  const pack = await loadActivePack();
  const version = browser.runtime.getManifest().version;
  const compiled = compileDetector(pack);
  const detection: DetectionData = { version, compiled, quoteTopics: quoteTopics(pack), claims: compileClaims(pack) };
  await activePackItem.setValue(pack);
  await detectionItem.setValue(detection);
  await gateItem.setValue({ version, gate: compileGate(compiled, pack) });
}

/**
 * Keeps the stored pack and detector in step with the extension and the imported packs. Gives
 * back what makes them again, for the background's own needs.
 */
export function setUpPackPreparation(router: Router<BackgroundRequest>): () => Promise<void> {
  // One rebuild at a time and at most one waiting: a change that lands during a rebuild (which
  // may have read the packs already) is picked up by the next one, which reads them again.
  let latest: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | null = null;
  const prepare = () => {
    waiting ??= latest
      .catch(() => undefined)
      .then(() => {
        waiting = null;
        return prepareActivePack();
      });
    latest = waiting;
    return waiting;
  };
  browser.runtime.onInstalled.addListener(() => void prepare());
  browser.runtime.onStartup.addListener(() => void prepare());
  packsItem.watch(() => void prepare());
  router.handle({ 'borderline:prepare-pack': () => prepare().then(() => true) });
  return prepare;
}
