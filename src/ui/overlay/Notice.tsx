import { i18n } from '#i18n';
import { trusted } from '../components/trusted';

export interface NoticeProps {
  mentions: number;
  /** Fewer than `mentions` where the page has more than are worth painting. */
  painted: number;
  caveats: number;
  onOpen: () => void;
  onDismiss: () => void;
}

/** A small corner note on pages about the dispute: how much Borderline has to say here. */
export function Notice({ mentions, painted, caveats, onOpen, onDismiss }: NoticeProps) {
  const count = i18n.t('notice.mentions', mentions, [String(mentions)]);
  const summary = i18n.t('notice.summary', [
    painted < mentions ? i18n.t('notice.capped', [count, String(painted)]) : count,
    i18n.t('notice.caveats', caveats, [String(caveats)]),
  ]);
  return (
    <aside class="notice" aria-label={i18n.t('notice.label')}>
      <button type="button" class="notice-open" onClick={trusted(onOpen)}>
        <span class="notice-brand">Borderline</span> {summary}
      </button>
      <button type="button" class="notice-dismiss" onClick={trusted(onDismiss)} aria-label={i18n.t('notice.dismiss')}>
        ×
      </button>
    </aside>
  );
}
