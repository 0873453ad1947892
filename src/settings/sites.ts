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

/** Longer than any address part worth turning Borderline off for. */
const MAX_PATTERN = 1_000;

/**
 * Part of a site the reader typed with a wildcard in its path ("example.com/opinion/*", or an
 * address with one), as the list keeps it: the site, then the path. Null when it is not one.
 */
export function parseSitePattern(input: string): string | null {
  const text = input.trim().replace(/^https?:\/\//i, '');
  const slash = text.indexOf('/');
  if (slash <= 0 || !text.includes('*', slash)) return null;
  const site = parseSite(text.slice(0, slash));
  const path = text.slice(slash);
  return site && !/\s/.test(path) && site.length + path.length <= MAX_PATTERN ? site + path : null;
}

const globs = new Map<string, RegExp>();

/** A path with `*` for any run of characters, as an expression matching a whole path. */
function glob(path: string): RegExp {
  let found = globs.get(path);
  if (!found) {
    const source = path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    found = new RegExp(`^${source}$`);
    globs.set(path, found);
  }
  return found;
}

/** Whether a list entry, a site or part of one (see `parseSitePattern`), covers a page. */
export function entryCovers(entry: string, hostname: string, pathname: string): boolean {
  const slash = entry.indexOf('/');
  if (slash === -1) return entry === siteKey(hostname);
  return entry.slice(0, slash) === siteKey(hostname) && glob(entry.slice(slash)).test(pathname);
}
