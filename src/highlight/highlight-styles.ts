import highlightCss from './highlights.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * Gives the `::highlight()` rules to every tree a painted range lives in: the document, and each
 * open shadow tree (rules do not cross shadow boundaries). Adopted, not injected: no node is
 * added, a strict style policy cannot block it, and pages with nothing to paint carry no rules
 * (highlight rules cost memory on big pages even when nothing is painted).
 */
export function adoptHighlightStyles(ranges: Iterable<Range>): void {
  const seen = new Set<Node>();
  for (const range of ranges) {
    const root = range.startContainer.getRootNode();
    if (seen.has(root)) continue;
    seen.add(root);
    if (!(root instanceof Document || root instanceof ShadowRoot)) continue;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
    }
    // The page may have replaced the list since: check rather than remember.
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
