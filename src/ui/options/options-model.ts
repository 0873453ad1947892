import type { PackError } from '../../pack/errors';
import { formatPackError } from '../../pack/errors';
import type { Lang } from '../../pack/types';
import type { ImportResult } from '../../settings/packs';
import { parseSite, parseSitePattern } from '../../settings/sites';

export type AddSiteResult = { ok: true; site: string } | { ok: false; reason: 'invalid' | 'listed'; site?: string };

/** The site, or part of one (with a `*`), the reader typed, or why it cannot be added to the list. */
export function addSite(input: string, sites: readonly string[]): AddSiteResult {
  const site = parseSitePattern(input) ?? parseSite(input);
  if (!site) return { ok: false, reason: 'invalid' };
  if (sites.includes(site)) return { ok: false, reason: 'listed', site };
  return { ok: true, site };
}

/** The reason a pack was refused, in the reader's language; null for the refusals worded elsewhere. */
export function packErrorText(result: ImportResult, lang: Lang): string | null {
  if (result.ok || result.error === 'default-pack') return null;
  return formatPackError(result.error as PackError, lang);
}
