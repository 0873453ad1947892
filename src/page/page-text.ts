import type { TextMapOptions } from './text-map';

/** Elements whose text the gate leaves out: code and styles, long and never the reader's. */
const CODE = 'script, style, noscript';

/**
 * A root's text, the quick way: `textContent`, one native call that copies the text out without
 * a wrapper for every node, less the text of its code (found again in order, and cut out).
 */
function textOf(root: Element | ShadowRoot): string {
  const all = root.textContent ?? '';
  const code = root.querySelectorAll(CODE);
  if (code.length === 0) return all;
  const kept: string[] = [];
  let at = 0;
  let cut: Element | null = null;
  for (const element of code) {
    if (cut?.contains(element)) continue;
    const text = element.textContent ?? '';
    const found = text ? all.indexOf(text, at) : -1;
    if (found < 0) continue;
    kept.push(all.slice(at, found));
    at = found + text.length;
    cut = element;
  }
  kept.push(all.slice(at));
  return kept.join('');
}

/**
 * The page's text for the gate (see `detect/gate.ts`): one string per root, the page and then
 * each open shadow root, found by a pass over the elements, in slices. Blocks run together and
 * hidden or editable text comes along, which the gate allows for: it only lets more through.
 */
export class PageTextReader {
  private readonly texts: string[] = [];
  private readonly roots: (Element | ShadowRoot)[];
  /** Over the current root's elements (a walker is the quickest way through them all). */
  private walker: TreeWalker | null = null;

  constructor(
    root: Element,
    private readonly options: TextMapOptions = {},
  ) {
    this.roots = [root];
  }

  /** Reads until `deadline` (a `performance.now()` time); true once everything is read. */
  readUntil(deadline: number): boolean {
    const exclude = this.options.exclude;
    for (;;) {
      if (!this.walker) {
        const root = this.roots.shift();
        if (!root) return true;
        this.texts.push(textOf(root));
        const doc = root.ownerDocument ?? document;
        this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      }
      const walker = this.walker;
      for (let n = 1, node = walker.nextNode(); node; n++, node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !exclude?.(node as Element)) this.roots.push(shadow);
        // Checking the clock is not free: look at it every few hundred elements.
        if ((n & 255) === 0 && performance.now() > deadline) return false;
      }
      this.walker = null;
    }
  }

  /** The text read, per root. */
  read(): string[] {
    return this.texts;
  }
}
