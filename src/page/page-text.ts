import type { TextMapOptions } from './text-map';

/** Elements whose text the gate leaves out: code and styles, long and never the reader's. */
const CODE = 'script, style, noscript';

/**
 * A root's text, the quick way: `textContent`, one native call that copies the text out without
 * a wrapper for every node. Where the root holds code (often most of a page's text), the elements
 * on the way down to it are read child by child instead, so that no code is copied at all; every
 * other element is still read whole.
 */
function textOf(root: Element | ShadowRoot): string {
  const code = new Set<Node>(root.querySelectorAll(CODE));
  if (code.size === 0) return root.textContent ?? '';
  const holders = new Set<Node>();
  for (const element of code) {
    for (let node = element.parentNode; node && node !== root && !holders.has(node); node = node.parentNode) {
      holders.add(node);
    }
  }
  const parts: string[] = [];
  // A loop with a stack of where to go on, not recursion: a page may nest code thousands deep.
  const after: Node[] = [];
  let node = root.firstChild;
  for (;;) {
    if (!node) {
      const holder = after.pop();
      if (!holder) break;
      node = holder.nextSibling;
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push((node as CharacterData).data);
    } else if (node.nodeType === Node.ELEMENT_NODE && !code.has(node)) {
      if (holders.has(node)) {
        after.push(node);
        node = node.firstChild;
        continue;
      }
      parts.push(node.textContent ?? '');
    }
    node = node.nextSibling;
  }
  return parts.join('');
}

/**
 * The page's text for the gate (see `detect/gate/gate.ts`): one string per root, the page and then
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
