/**
 * Runs of two or more spaces, tabs or line breaks: a page's text is mostly the indentation of its
 * markup (three quarters of it on many news pages). The byte-order mark, which `\s` also takes,
 * is left alone: it is dropped inside words, not a space between them.
 */
const SPACE_RUNS = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2,}/g;

/**
 * The text with each run of spaces made one space. Whatever reads words and letters (the gate,
 * the finders) sees the same words in the same order, each as far from the next or nearer: what
 * it found in the text, it finds here. Shorter to hand from the page to the background.
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ');
}
