import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DismissalChange } from '../../messaging/protocol';
import { changeDismissals, dismissalsItem } from '../../settings/dismissals';
import { dismissalsProblemText } from '../components/sites-problem';
import { useStoredList } from './use-stored-list';

/** The mentions the reader marked as not about the dispute, to review, take back one by one, or clear. */
export function DismissalsEditor() {
  const list = useStoredList(dismissalsItem);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (next: DismissalChange) => {
    setProblem(null);
    void changeDismissals(next).then((outcome) => setProblem(dismissalsProblemText(outcome)));
  };
  return (
    <section aria-labelledby="dismissed-heading">
      <h2 id="dismissed-heading">{i18n.t('controls.dismissed')}</h2>
      <p class="note">{i18n.t('controls.dismissedHint')}</p>
      {list.length === 0 ? (
        <p class="note">{i18n.t('controls.dismissedNone')}</p>
      ) : (
        <>
          <ul class="sites dismissed">
            {list.map((entry) => (
              <li key={`${entry.page} ${entry.text}`}>
                <span>{i18n.t('controls.dismissedOn', [entry.text, entry.page])}</span>
                <button
                  type="button"
                  class="action"
                  aria-label={i18n.t('controls.dismissedRemove', [entry.text, entry.page])}
                  onClick={() => change({ remove: entry })}
                >
                  {i18n.t('options.remove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="action" onClick={() => change({ clear: true })}>
            {i18n.t('controls.dismissedClear')}
          </button>
        </>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
