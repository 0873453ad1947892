import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { changeNoticeSites, noticeSitesItem } from '../../settings/notice-sites';
import { noticeSitesProblemText } from '../components/sites-problem';
import { SiteListItems } from './SiteListItems';
import { useStoredList } from './use-stored-list';

/** The sites where the reader hid the corner notice, each one a button away from showing it again. */
export function NoticeSitesEditor() {
  const sites = useStoredList(noticeSitesItem);
  const [problem, setProblem] = useState<string | null>(null);
  const show = (site: string) => {
    setProblem(null);
    void changeNoticeSites({ remove: [site] }).then((outcome) => {
      const text = noticeSitesProblemText(outcome);
      setProblem(text && `${site}: ${text}`);
    });
  };
  return (
    <section aria-labelledby="notice-sites-heading">
      <h2 id="notice-sites-heading">{i18n.t('options.noticeSites')}</h2>
      <p class="note">{i18n.t('options.noticeSitesHint')}</p>
      <SiteListItems
        sites={sites}
        kind="notice-sites"
        label={(site) => i18n.t('options.showNoticeOn', [site])}
        onRemove={show}
      />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
