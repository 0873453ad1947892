import highlightCss from './highlights.css?inline';

let sheet: CSSStyleSheet | null = null;
const styled = new WeakSet<ShadowRoot>();

/**
 * `::highlight()` rules do not cross shadow boundaries: a range inside an open shadow tree paints
 * only if the tree itself has the rules. Adopting a stylesheet leaves the tree's nodes untouched.
 */
export function styleShadowRootsOf(ranges: Iterable<Range>): void {
  for (const range of ranges) {
    const root = range.startContainer.getRootNode();
    if (!(root instanceof ShadowRoot) || styled.has(root)) continue;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  }
}
