import { isSiteEnabled, type Settings, setSiteEnabled } from '../../settings/settings';
import { sitesProblemText } from '../../ui/components/sites-problem';

/**
 * Turns Borderline off, or on again, on this page's site (the card's button, the shortcut), and
 * tells the reader, in the page, when the change could not be stored.
 */
export function siteSwitch(hostname: string, showMessage: (text: string) => void): (enabled: boolean) => void {
  return (enabled) =>
    void setSiteEnabled(hostname, enabled).then((outcome) => {
      const problem = sitesProblemText(outcome);
      if (problem) showMessage(problem);
    });
}

/** The keyboard shortcut's switch: the site's own setting flipped, whatever a URL pattern says of this page. */
export function toggleSite(settings: Settings, hostname: string, showMessage: (text: string) => void): void {
  siteSwitch(hostname, showMessage)(!isSiteEnabled(settings, hostname));
}
