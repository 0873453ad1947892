import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SiteChange } from '../../messaging/protocol';
import { changeSites } from '../../settings/site-list';
import { mirrorChunks } from '../../settings/site-mirror';
import { sitesProblemText } from '../components/sites-problem';
import { addSite } from './options-model';
import { SiteListItems } from './SiteListItems';

export interface SitesEditorProps {
  /** The list as stored: it changes once a change is kept, never before. */
  sites: string[];
}

/** The sites where Borderline stays off: add one by name or address, remove any. */
export function SitesEditor({ sites }: SitesEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The field is free for the next site at once; a change that is not kept is named in the error.
  const store = (site: string, change: SiteChange) =>
    void changeSites(change).then((outcome) => {
      const problem = sitesProblemText(outcome);
      if (problem) setError(`${site}: ${problem}`);
    });
  const submit = (event: Event) => {
    event.preventDefault();
    const result = addSite(draft, sites);
    if (!result.ok) {
      setError(
        result.reason === 'listed'
          ? i18n.t('options.siteListed', [result.site ?? draft])
          : i18n.t('options.siteInvalid', [draft.trim()]),
      );
      return;
    }
    setError(null);
    setDraft('');
    store(result.site, { add: [result.site] });
  };
  const synced = sites.length > 0 ? mirrorChunks(sites).count : 0;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites')}</h2>
      <SiteListItems
        sites={sites}
        label={(site) => i18n.t('options.removeSite', [site])}
        onRemove={(site) => {
          setError(null);
          store(site, { remove: [site] });
        }}
      />
      {synced < sites.length && (
        <p class="note sites-synced">{i18n.t('storage.synced', [String(synced), String(sites.length)])}</p>
      )}
      <form class="add-site" onSubmit={submit} noValidate>
        <label for="add-site-input">{i18n.t('options.addSite')}</label>
        <div class="row">
          <input
            id="add-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'add-site-hint add-site-error' : 'add-site-hint'}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="action">
            {i18n.t('options.add')}
          </button>
        </div>
        <p id="add-site-hint" class="note">
          {i18n.t('options.addSiteHint')} {i18n.t('controls.patternHint')}
        </p>
        {error && (
          <p id="add-site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
