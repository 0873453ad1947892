/**
 * Sites as the settings name them: a hostname, lower case and ASCII (punycode), without a
 * trailing dot or a leading "www." (a reader sees www.example.com and example.com as one site).
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The site a hostname belongs to, for comparing against the settings' list. */
export function siteKey(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') && host.indexOf('.', 4) !== -1 ? host.slice(4) : host;
}

/**
 * The site a reader typed, as a hostname or a web address ("Example.com", "https://www.example.com/a"),
 * or null when it is not one Borderline could ever run on.
 */
export function parseSite(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const hasScheme = SCHEME.test(text) && !/^[^/]*:\d+(?:\/|$)/.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return null;
  let hostname: string;
  try {
    hostname = new URL(hasScheme ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  if (hostname.startsWith('[')) return hostname; // IPv6, already checked by URL
  const site = siteKey(hostname);
  return site.split('.').every((label) => LABEL.test(label)) ? site : null;
}
