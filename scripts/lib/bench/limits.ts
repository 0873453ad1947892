/** The bench's targets: what each measure is held to in the PASS/MISS lines. */

export const KB = 1024;

export const LIMITS = {
  /** The first look at a page against one cold pass over its text (the floor). */
  oursToWalk: 2,
  markjsToOurs: 10,
  /** No task the extension runs in may be longer: one frame at 60 Hz. */
  taskMs: 16,
  /** The extension's CPU under a mutation storm, as a share of the page's, by page (the rest: `otherPages`). */
  stormRatio: { 'demo/article.html': 0.03, otherPages: 0.05 } as Record<string, number>,
  contentBytes: 40 * KB,
  popupBytes: 80 * KB,
};

export const stormLimit = (page: string) => LIMITS.stormRatio[page] ?? LIMITS.stormRatio.otherPages!;
