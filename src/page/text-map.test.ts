// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockAt, chunkBlocks } from './chunks';
import { rangeOf, readBlocks } from './text-map';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readBlocks', () => {
  it('joins a phrase split across inline elements into one block text', () => {
    const blocks = readBlocks(body('<p>Claudia <a href="#">Sheinbaum</a> <em>rejected</em> troops.</p><p>Next.</p>'));
    expect(blocks.map((b) => b.text)).toEqual(['Claudia Sheinbaum rejected troops.', 'Next.']);
  });

  it('skips scripts, styles, form fields, editable regions and hidden content', () => {
    const blocks = readBlocks(
      body(`<p>kept</p><script>var troops</script><style>.x{}</style><textarea>typed troops</textarea>
        <div contenteditable="true"><p>draft troops</p></div><p hidden>hidden troops</p>
        <template><p>template troops</p></template><noscript>no</noscript>`),
    );
    const text = blocks.map((b) => b.text.trim()).filter(Boolean);
    expect(text).toEqual(['kept']);
  });

  it('leaves out elements the caller excludes (the extension’s own UI)', () => {
    const blocks = readBlocks(body('<p>page</p><borderline-ui><p>ours</p></borderline-ui>'), {
      exclude: (el) => el.localName === 'borderline-ui',
    });
    expect(blocks.map((b) => b.text.trim()).filter(Boolean)).toEqual(['page']);
  });

  it('maps block offsets back to a range over the original nodes', () => {
    const [block] = readBlocks(body('<p>Claudia <a>Sheinbaum</a> said</p>'));
    const range = rangeOf(block!, 0, 'Claudia Sheinbaum'.length)!;
    expect(range.toString()).toBe('Claudia Sheinbaum');
    expect(range.startContainer.textContent).toBe('Claudia ');
    expect(range.endContainer.textContent).toBe('Sheinbaum');
    // An end on a node boundary stays in the earlier node.
    const first = rangeOf(block!, 0, 'Claudia '.length)!;
    expect(first.endContainer.textContent).toBe('Claudia ');
  });
});

describe('chunkBlocks', () => {
  it('separates blocks with a blank line and finds each block again by offset', () => {
    const blocks = readBlocks(body('<p>one</p><p>two</p><li>three</li>'));
    const [chunk] = chunkBlocks(blocks);
    expect(chunk!.text).toBe('one\n\ntwo\n\nthree');
    const hit = blockAt(chunk!, chunk!.text.indexOf('three') + 2);
    expect(hit?.block.text).toBe('three');
    expect(hit?.offset).toBe(2);
  });

  it('starts a new chunk when the limit would be passed, never splitting a block', () => {
    const blocks = readBlocks(body('<p>aaaa</p><p>bbbb</p><p>cccc</p>'));
    const chunks = chunkBlocks(blocks, 9);
    expect(chunks.map((c) => c.text)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(chunkBlocks(blocks, 10).map((c) => c.text)).toEqual(['aaaa\n\nbbbb', 'cccc']);
  });

  it('cuts a block larger than the limit at spaces, and maps offsets back into it', () => {
    const blocks = readBlocks(body(`<p>${'word '.repeat(30)}troops</p>`));
    const chunks = chunkBlocks(blocks, 40);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => c.text).join('')).toBe(blocks[0]!.text);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(40);
    const last = chunks[chunks.length - 1]!;
    const hit = blockAt(last, last.text.indexOf('troops'));
    expect(hit?.block.text.slice(hit.offset, hit.offset + 6)).toBe('troops');
  });
});
