/**
 * Finds English left in text meant for Spanish readers: words frequent in English prose that
 * Spanish never uses. Quoted words are left out (a quote may be shown in the language it was said
 * or printed in), and so are names that keep their English form in Spanish.
 */

const ENGLISH_ONLY =
  /\b(?:the|of|and|with|by|from|was|were|is|are|this|that|which|who|not|for|on|said|summari[sz]ed|paywalled|mirror|press release|complaint|unnamed|publisher|unattributed|article|court|house)\b/gi;

const KEPT_NAMES = ['The Wall Street Journal', 'Truth Social', 'Fox News', 'Air Force One', 'Smith & Wesson Brands'];

const QUOTED = /“[^”]*”|«[^»]*»|"[^"]*"|‘[^’]*’/g;

export function englishOnlyWords(text: string): string[] {
  const unquoted = KEPT_NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), text.replace(QUOTED, ' '));
  return unquoted.match(ENGLISH_ONLY) ?? [];
}
