import { browser } from 'wxt/browser';
import type { Bilingual, Lang } from '../pack/types';

/** The pack's language that matches the browser's UI language (the same rule `i18n.t` follows). */
export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** "3 May 2025" / "3 de mayo de 2025", without depending on the page's locale data. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-GB', options).format(date);
}
