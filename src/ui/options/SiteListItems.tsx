import { i18n } from '#i18n';

interface SiteListItemsProps {
  sites: readonly string[];
  /** Extra class of the list, besides `sites`. */
  kind?: string;
  /** The accessible name of a site's button ("Remove example.com"). */
  label: (site: string) => string;
  onRemove: (site: string) => void;
}

/** A list of sites, each with a button that takes it off the list; a note when there is none. */
export function SiteListItems({ sites, kind, label, onRemove }: SiteListItemsProps) {
  if (sites.length === 0) return <p class="note">{i18n.t('options.noSites')}</p>;
  return (
    <ul class={kind ? `sites ${kind}` : 'sites'}>
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button type="button" class="action" aria-label={label(site)} onClick={() => onRemove(site)}>
            {i18n.t('options.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
