// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import highlightCss from './highlights.css?inline';

/*
 * happy-dom does not parse `::highlight()` rules (the sheet keeps none of them), so the tests read
 * the text the module writes into its sheet, and check where the sheet is adopted. Whether the
 * browser paints by these rules is for the browser tests.
 */

// Vitest hands a style sheet to a test as an empty string: these tests need the real rules.
vi.mock('./highlights.css?inline', async () => {
  const { readFileSync } = await import('node:fs');
  return { default: readFileSync(`${import.meta.dirname}/highlights.css`, 'utf8') };
});

type Module = typeof import('./highlight-styles');
let adoptHighlightStyles: Module['adoptHighlightStyles'];
let written: string[];

beforeEach(async () => {
  // The module keeps one sheet for the page: each test starts from a page that has none.
  vi.resetModules();
  ({ adoptHighlightStyles } = await import('./highlight-styles'));
  written = [];
  // happy-dom's document is no `instanceof Document` (its class is another than the global one):
  // the global is made the document's own class, as in a browser.
  vi.stubGlobal('Document', Object.getPrototypeOf(document).constructor);
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation((text) => void written.push(text));
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A range over the first occurrence of `words` in `root`'s text, from its text node(s). */
function rangeOf(root: Node, words: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  let from = text.indexOf(words);
  let to = from + words.length;
  const range = document.createRange();
  for (const node of nodes) {
    if (from >= 0 && from < node.length) range.setStart(node, from);
    if (to >= 0 && to <= node.length) {
      range.setEnd(node, to);
      break;
    }
    from -= node.length;
    to -= node.length;
  }
  return range;
}

/** The rules last written: each highlight name with the elements its rule names, and its declarations. */
function rules(): { name: string; tags: string[]; declarations: string }[] {
  return (written.at(-1) ?? '').split('\n').map((line) => {
    const [, selectors, declarations] = line.match(/^(.*?) (\{.*\})$/)!;
    const parts = selectors!.split(', ').map((selector) => selector.match(/^([\w-]+)::highlight\(([\w-]+)\)$/)!);
    return { name: parts[0]![2]!, tags: parts.map((part) => part[1]!), declarations: declarations! };
  });
}

describe('adoptHighlightStyles', () => {
  it('adds no sheet to a page with nothing to paint', () => {
    document.body.innerHTML = '<p>Lemon cake.</p>';
    adoptHighlightStyles([], ['borderline-underline-troops']);
    expect(written).toEqual([]);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it("writes the rules of the highlights in use only, with the style sheet's own declarations, for the elements the painted text sits in", () => {
    document.body.innerHTML = '<p>US <a href="#">troops</a> and <em>cartels</em></p><ul><li>tariffs</li></ul>';
    const p = document.querySelector('p')!;
    adoptHighlightStyles(
      [rangeOf(p, 'troops'), rangeOf(p, 'troops and')],
      ['borderline-underline-troops', 'borderline-focus', 'borderline-not-in-the-sheet'],
    );
    expect(rules().map(({ name, tags }) => ({ name, tags }))).toEqual([
      { name: 'borderline-underline-troops', tags: ['a', 'p'] },
      { name: 'borderline-focus', tags: ['a', 'p'] },
    ]);
    for (const { name, declarations } of rules()) {
      expect(highlightCss).toContain(`::highlight(${name}) ${declarations}`);
    }
  });

  it("adopts one sheet in the document and in each open shadow tree a range is in, keeping the page's own sheets", () => {
    const pageSheet = new CSSStyleSheet();
    const shadowSheet = new CSSStyleSheet();
    document.body.innerHTML = '<p>US troops</p><div id="host"></div><p>not painted</p>';
    document.adoptedStyleSheets = [pageSheet];
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h2>Cartels</h2>';
    shadow.adoptedStyleSheets = [shadowSheet];
    adoptHighlightStyles(
      [rangeOf(document.querySelector('p')!, 'troops'), rangeOf(shadow, 'Cartels')],
      ['borderline-underline-troops'],
    );
    const [, ours] = document.adoptedStyleSheets;
    expect(ours).toBeInstanceOf(CSSStyleSheet);
    expect(document.adoptedStyleSheets).toEqual([pageSheet, ours]);
    expect(shadow.adoptedStyleSheets).toEqual([shadowSheet, ours]);
    expect(rules()[0]!.tags).toEqual(['p', 'h2']);
  });

  it('writes the sheet again only for a new kind of element or highlight, applies it at once, and adopts it again where the page dropped it', () => {
    document.body.innerHTML = '<p>US troops</p><ul><li>More troops</li></ul>';
    const styled = vi.spyOn(window, 'getComputedStyle');
    const inP = rangeOf(document.querySelector('p')!, 'troops');
    const paint = (range: Range, name = 'borderline-underline-troops') => {
      styled.mockClear();
      adoptHighlightStyles([range], [name]);
    };

    paint(inP);
    expect(written).toHaveLength(1);
    // The styles are brought up to date in this task, not left to the next frame.
    expect(styled).toHaveBeenCalledTimes(1);
    const [ours] = document.adoptedStyleSheets;

    paint(inP);
    expect(written).toHaveLength(1);
    expect(styled).not.toHaveBeenCalled();

    document.adoptedStyleSheets = [];
    paint(inP);
    expect(written).toHaveLength(1);
    expect(document.adoptedStyleSheets).toEqual([ours]);
    expect(styled).toHaveBeenCalledTimes(1);

    paint(rangeOf(document.querySelector('li')!, 'troops'));
    expect(written).toHaveLength(2);
    expect(rules()).toMatchObject([{ name: 'borderline-underline-troops', tags: ['p', 'li'] }]);

    paint(inP, 'borderline-background-troops');
    expect(written).toHaveLength(3);
    expect(rules().map(({ name, tags }) => ({ name, tags }))).toEqual([
      { name: 'borderline-underline-troops', tags: ['p', 'li'] },
      { name: 'borderline-background-troops', tags: ['p', 'li'] },
    ]);
    expect(document.adoptedStyleSheets).toEqual([ours]);
  });
});
