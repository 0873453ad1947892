import { i18n } from '#i18n';
import { trusted } from '../components/trusted';

/**
 * "This is not about the dispute": the reader says these words, on this page, were wrongly
 * taken for a mention. They are not highlighted here again; the options page lists them.
 */
export function NotAboutDispute({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" class="not-about" onClick={trusted(onClick)}>
      {i18n.t('controls.notAbout')}
    </button>
  );
}
