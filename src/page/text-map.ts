/**
 * The page's readable text, grouped by block (paragraph, list item, heading, cell …), with
 * offsets back to the text nodes it came from, so that a phrase split across inline elements
 * (`Claudia <a>Sheinbaum</a>`) is one string to the detector and one range on the page.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface Block {
  element: Element;
  text: string;
  segments: TextSegment[];
}

/** Elements whose text is never ours to read: code, form fields, editors, hidden content. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
]);

/** Elements that start a new run of text. Everything else is inline. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'legend',
  'html',
]);

export interface TextMapOptions {
  /** Elements (and their subtrees) to leave out, e.g. the extension's own UI. */
  exclude?: (element: Element) => boolean;
}

function isSkipped(element: Element, exclude?: (element: Element) => boolean): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute('contenteditable')) return true;
  return exclude?.(element) ?? false;
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** The nearest block element holding a node (itself included), or null where that is `root` itself. */
export function closestBlock(node: Node, root: Node): Element | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nodeType === 1 && isBlockElement(at as Element)) return at as Element;
  }
  return null;
}

/**
 * Reads every visible-by-markup text node under a root in one TreeWalker pass, in slices: the
 * caller says how long each slice may run, so a huge page never blocks the main thread. Editable
 * regions (including `contenteditable="false"` islands inside editors) are skipped whole, since
 * their text belongs to the user. Open shadow roots are read after the tree that hosts them.
 */
export class BlockReader {
  readonly blocks: Block[] = [];
  private readonly byElement = new Map<Element, Block>();
  private readonly blockByNode = new Map<Node, Element>();
  private readonly pendingRoots: Node[] = [];
  private root: Node;
  private walker: TreeWalker;
  /** The node a slice stopped at, read first by the next slice. */
  private resumeAt: Node | null = null;

  constructor(
    root: Node,
    private readonly options: TextMapOptions = {},
  ) {
    this.root = root;
    this.walker = this.walk(root);
  }

  /**
   * A walker without a filter function: a filter is a call from the browser into script for
   * every node, which costs several times the walk itself. Skipped subtrees are stepped over here.
   */
  private walk(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** Moves the walker past `element`'s subtree; the node there, or null at the end of the root. */
  private stepOver(element: Element): Node | null {
    const walker = this.walker;
    walker.currentNode = element;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  /** Reads until `deadline` (a `performance.now()` time); true once everything is read. */
  readUntil(deadline: number): boolean {
    const exclude = this.options.exclude;
    for (;;) {
      let node: Node | null = this.resumeAt ?? this.walker.nextNode();
      this.resumeAt = null;
      for (let n = 0; node; n++) {
        // Checking the clock is not free: look at it every few hundred nodes.
        if ((n & 255) === 255 && performance.now() > deadline) {
          this.resumeAt = node;
          return false;
        }
        if (node.nodeType === 3) {
          this.add(node as Text);
        } else if (isSkipped(node as Element, exclude)) {
          node = this.stepOver(node as Element);
          continue;
        } else {
          const shadow = (node as Element).shadowRoot;
          if (shadow) this.pendingRoots.push(shadow);
        }
        node = this.walker.nextNode();
      }
      const next = this.pendingRoots.shift();
      if (!next) return true;
      this.root = next;
      this.walker = this.walk(next);
    }
  }

  /**
   * The block a node's text belongs to, remembered for every ancestor on the way up, so that
   * deeply nested pages cost one climb per element rather than one per text node.
   */
  private blockFor(node: Node): Element {
    const climbed: Node[] = [];
    let current: Node | null = node;
    let found: Element | null = null;
    while (current) {
      const known = this.blockByNode.get(current);
      if (known) {
        found = known;
        break;
      }
      if (current === this.root || current.nodeType !== 1) {
        found = current.nodeType === 1 ? (current as Element) : ((current as ShadowRoot).host ?? null);
        break;
      }
      climbed.push(current);
      if (isBlockElement(current as Element)) {
        found = current as Element;
        break;
      }
      current = current.parentNode;
    }
    const block = found ?? (node as Element);
    for (const each of climbed) this.blockByNode.set(each, block);
    return block;
  }

  private add(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    const parent = text.parentNode;
    if (!parent) return;
    const element = this.blockFor(parent);
    let block = this.byElement.get(element);
    if (!block) {
      block = { element, text: '', segments: [] };
      this.byElement.set(element, block);
      this.blocks.push(block);
    }
    block.segments.push({ node: text, start: block.text.length });
    block.text += data;
  }
}

/** All blocks under `root`, read in one go. */
export function readBlocks(root: Node, options: TextMapOptions = {}): Block[] {
  const reader = new BlockReader(root, options);
  reader.readUntil(Number.POSITIVE_INFINITY);
  return reader.blocks;
}

/** Where a block offset falls: the text node and the offset inside it. */
function locate(block: Block, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { segments } = block;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const segment = segments[mid];
    if (!segment) break;
    // An end offset on a node boundary belongs to the earlier node, so ranges stay tight.
    if (preferEnd ? segment.start < offset : segment.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  if (!segment) return null;
  const inner = Math.min(Math.max(offset - segment.start, 0), segment.node.data.length);
  return { node: segment.node, offset: inner };
}

/** A live Range over `[start, end)` of a block's text. */
export function rangeOf(block: Block, start: number, end: number): Range | null {
  const from = locate(block, start);
  const to = locate(block, end, true);
  if (!from || !to) return null;
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
