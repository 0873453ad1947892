import { i18n } from '#i18n';
import { type ListOutcome, MAX_DISMISSALS, MAX_SITES } from '../../messaging/protocol';

/** What went wrong with a change of a stored list, in the reader's words (`full`: the list is at its most); null when it was kept. */
function listProblemText(outcome: ListOutcome, full: () => string): string | null {
  if (outcome.ok) return null;
  switch (outcome.problem) {
    case 'full':
      return full();
    case 'storage':
      return i18n.t('storage.failed', [outcome.detail ?? '']);
    case 'unreachable':
      return i18n.t('storage.unreachable');
  }
}

/** What went wrong with a change of the sites where Borderline is off; null when it was kept. */
export const sitesProblemText = (outcome: ListOutcome) =>
  listProblemText(outcome, () => i18n.t('storage.full', [String(MAX_SITES)]));

/** What went wrong with a change of the mentions marked as not about the dispute; null when it was kept. */
export const dismissalsProblemText = (outcome: ListOutcome) =>
  listProblemText(outcome, () => i18n.t('storage.dismissalsFull', [String(MAX_DISMISSALS)]));

/** What went wrong with a change of the sites where the notice is hidden; null when it was kept. */
export const noticeSitesProblemText = (outcome: ListOutcome) =>
  listProblemText(outcome, () => i18n.t('storage.noticeSitesFull', [String(MAX_SITES)]));

/** A write the browser refused (a quota, a rate), in the reader's words. */
export function storageProblemText(error: unknown): string {
  return i18n.t('storage.failed', [error instanceof Error ? error.message : String(error)]);
}
