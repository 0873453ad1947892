/*
 * The floor: one TreeWalker pass over every text node of the page, reading its data. Evaluated
 * in a world made for it just before (see `floorRun` in runs.ts), so that the first pass meets
 * the page as a content script does: no wrappers for its nodes yet, the code not yet warm. The
 * same pass is then repeated until `warmMs` has gone by, for the warm mean as well.
 * Plain JavaScript: it is handed to the browser as it is.
 */
(warmMs) => {
  const pass = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let nodes = 0;
    while (walker.nextNode()) {
      chars += walker.currentNode.data.length;
      nodes++;
    }
    return { chars, nodes };
  };
  const start = performance.now();
  const { chars, nodes } = pass();
  const ms = performance.now() - start;
  let passes = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < warmMs && passes < 1000) {
    pass();
    passes++;
  }
  return { ms, warmMs: (performance.now() - warmStart) / Math.max(passes, 1), passes, nodes, chars };
};
