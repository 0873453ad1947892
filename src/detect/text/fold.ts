/**
 * Folding of single UTF-16 code units, shared by `normalize` (which builds a folded string) and the
 * matcher (which folds on the fly while it scans). Case and diacritics are folded with Unicode
 * normalisation (NFD, combining marks dropped) and the default lower-casing; typographic
 * punctuation and exotic spaces are mapped to their plain forms; format characters (soft hyphen,
 * zero-width spaces and joiners, bidi marks, BOM) vanish. Results are cached per code unit.
 */

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\uFF07']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02']);
const LINE_BREAKS = new Set(['\u0085', '\u2028', '\u2029']);

function foldNonAscii(ch: string): string {
  if (/[\p{Cf}\p{M}]/u.test(ch)) return '';
  if (/\p{Zs}/u.test(ch)) return ' ';
  if (LINE_BREAKS.has(ch)) return '\n';
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (/\p{Pd}/u.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  // Lower-casing can itself produce combining marks (U+0130 → i + U+0307): normalise again after it.
  return ch.normalize('NFD').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const folded: (string | undefined)[] = new Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  // Carriage returns become spaces so that CRLF line ends do not look like blank lines.
  folded[c] = c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c ? ' ' : ch.toLowerCase();
}

/** The folded form of one UTF-16 code unit: usually one character, sometimes none or several. */
export function foldUnit(code: number): string {
  let f = folded[code];
  if (f === undefined) {
    // Surrogate halves pass through untouched: astral characters are never folded.
    f = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : foldNonAscii(String.fromCharCode(code));
    folded[code] = f;
  }
  return f;
}

/** Characters that make up words: letters and digits of any script. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}
