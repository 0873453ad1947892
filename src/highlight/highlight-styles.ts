import highlightCss from './highlights.css?inline';

/** The declarations of each `::highlight()` rule of the style sheet, by the highlight name it styles. */
const DECLARATIONS = new Map(
  [...highlightCss.matchAll(/::highlight\(([\w-]+)\)\s*(\{[^}]*\})/g)].map((m) => [m[1]!, m[2]!] as const),
);

let sheet: CSSStyleSheet | null = null;
/** The element names and highlight names the rules are written for. */
const elements = new Set<string>();
const highlights = new Set<string>();

/** The names of the elements a range's text sits in: their `::highlight()` rules paint it. */
function textParents(range: Range, into: Set<string>): void {
  const start = range.startContainer;
  if (start === range.endContainer) {
    if (start.parentElement) into.add(start.parentElement.localName);
    return;
  }
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && range.intersectsNode(node)) into.add(node.parentElement.localName);
  }
}

/**
 * Gives the `::highlight()` rules to every tree a painted range lives in: the document, and each
 * open shadow tree (rules do not cross shadow boundaries). Adopted, not injected: no node is
 * added, a strict style policy cannot block it, and pages with nothing to paint carry no rules.
 *
 * Only the rules of the highlights in use, written for the kinds of element the painted text sits
 * in (`p`, `a` …): a new style sheet makes the browser restyle every element its rules could
 * match, which for rules on every element holds the main thread for most of a second on a page of
 * 100,000 elements, and each rule an element matches costs it a style of its own. Plain element
 * names (`p::highlight(…), a::highlight(…)`), not `:where(p, a)`: the browser finds the elements
 * a name can match quickly, and `:where()` took it about twice as long on that page.
 *
 * Even a sheet that matches little makes the browser look over every element of the tree once
 * (30–70 ms on that page): new rules are applied at once, in this task, so that the frame after
 * it only repaints, rather than doing both in one long task.
 */
export function adoptHighlightStyles(ranges: Iterable<Range>, names: Iterable<string>): void {
  const roots = new Set<Document | ShadowRoot>();
  const before = elements.size + highlights.size;
  let painted: Element | null = null;
  for (const range of ranges) {
    const root = range.startContainer.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) roots.add(root);
    textParents(range, elements);
    painted ??= range.startContainer.parentElement;
  }
  if (roots.size === 0) return;
  for (const name of names) if (DECLARATIONS.has(name)) highlights.add(name);
  let changed = false;
  if (!sheet || elements.size + highlights.size > before) {
    changed = true;
    sheet ??= new CSSStyleSheet();
    const tags = [...elements].map((name) => CSS.escape(name));
    const rule = (name: string) =>
      `${tags.map((tag) => `${tag}::highlight(${name})`).join(', ')} ${DECLARATIONS.get(name)}`;
    sheet.replaceSync([...highlights].map(rule).join('\n'));
  }
  for (const root of roots) {
    // The page may have replaced the list since: check rather than remember.
    if (root.adoptedStyleSheets.includes(sheet)) continue;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    changed = true;
  }
  // Reading one style brings the whole document's styles up to date.
  if (changed && painted) getComputedStyle(painted).color;
}
