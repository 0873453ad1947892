import { i18n } from '#i18n';
import { trusted } from '../components/trusted';

/** A change the reader asked for in the page (turning a site off) that could not be kept, and why. */
export function Problem({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <p class="problem" role="alert">
      <span>{text}</span>
      <button type="button" class="problem-dismiss" onClick={trusted(onDismiss)} aria-label={i18n.t('notice.dismiss')}>
        ×
      </button>
    </p>
  );
}
