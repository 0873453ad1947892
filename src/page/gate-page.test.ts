// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_GATE_TEXT } from '../messaging/protocol';
import { textForGate } from './changes';
import { type AskGate, gatePage } from './gate-page';
import { PageTextReader } from './page-text';
import { Changes } from './watch';

/** A stand-in gate: lets through texts with "troops" in them, working 5 ms on each; keeps what it was shown. */
function fakeGate() {
  const shown: string[] = [];
  const gate: AskGate = async (text) => {
    shown.push(text);
    return { admits: text.includes('troops'), workMs: 5 };
  };
  return { gate, shown };
}

const read = (root: Element, exclude?: (element: Element) => boolean) => {
  const reader = new PageTextReader(root, { exclude });
  reader.readUntil(Number.POSITIVE_INFINITY);
  return reader.read();
};

describe('PageTextReader', () => {
  it("reads the page's text without its scripts and styles, then each open shadow root", () => {
    document.body.innerHTML =
      '<p>Before <b>bold</b> after</p><script>var troops = 1;</script><style>p{}</style>' +
      '<noscript>enable scripts</noscript><div id="host"></div><div id="ours"></div><p>end</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside the shadow</p><script>x()</script>';
    document.getElementById('ours')!.attachShadow({ mode: 'open' }).innerHTML = '<p>our own card</p>';
    const texts = read(document.body, (element) => element.id === 'ours');
    expect(texts).toEqual(['Before bold afterend', 'inside the shadow']);
  });

  it('leaves out code at any depth, and reads everything around it in order', () => {
    document.body.innerHTML =
      '<div>One <span>two<script>x = "troops"</script> three</span><![CDATA[ignored]]><!-- a comment -->' +
      '<p>four <noscript><b>no</b></noscript>five</p></div><section>six <style>.a{}</style><i>seven</i></section>' +
      '<script>tail()</script>eight';
    let deep = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < 500; i++) deep = deep.appendChild(document.createElement('div'));
    deep.append('nine', Object.assign(document.createElement('script'), { textContent: 'deep()' }), 'ten');
    const [text] = read(document.body);
    expect(text).toBe('One two threefour fivesix seveneightnineten');
    // Without code it is the text as the browser gives it.
    for (const code of document.body.querySelectorAll('script, style, noscript')) code.remove();
    expect(read(document.body)[0]).toBe(document.body.textContent);
  });

  it('reads a huge page in slices', () => {
    document.body.innerHTML = '<p>word</p>'.repeat(5000);
    for (let i = 0; i < 3; i++) document.body.append(document.createElement('x-host'));
    for (const host of document.querySelectorAll('x-host')) host.attachShadow({ mode: 'open' }).textContent = 'shadow';
    const reader = new PageTextReader(document.body);
    let slices = 1;
    while (!reader.readUntil(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(reader.read()).toEqual(['word'.repeat(5000), 'shadow', 'shadow', 'shadow']);
  });
});

describe('gatePage', () => {
  it('shows the gate the whole page and says whether it let it through', async () => {
    const { gate, shown } = fakeGate();
    document.body.innerHTML = '<p>Nothing here.</p><p>Or here.</p>';
    expect(await gatePage(document.body, gate)).toMatchObject({ open: false });
    expect(shown).toEqual(['Nothing here.Or here.']);
    document.body.innerHTML = '<p>Nothing here.</p><p>Then troops.</p>';
    expect(await gatePage(document.body, gate)).toMatchObject({ open: true });
  });

  it("asks once for the page and its shadow roots, and counts the gate's work with its own", async () => {
    const { gate, shown } = fakeGate();
    document.body.innerHTML = '<p>Page text.</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text.</p>';
    const result = await gatePage(document.body, gate);
    expect(shown).toEqual(['Page text.\nShadow text.']);
    expect(result!.workMs).toBeGreaterThanOrEqual(5);
  });

  it('leaves the wait for an answer out of the work', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const slow: AskGate = (text) =>
      new Promise((resolve) => setTimeout(() => resolve({ admits: text.includes('troops'), workMs: 1 }), 60));
    const result = await gatePage(document.body, slow);
    expect(result!.workMs).toBeLessThan(50);
  });

  it('shows a long text in overlapping parts, so that nothing is cut in two', async () => {
    const { gate, shown } = fakeGate();
    // "troops" straddles where the first part ends.
    const before = 'x'.repeat(MAX_GATE_TEXT - 3);
    document.body.innerHTML = `<p>${before}troops${'y'.repeat(300_000)}</p>`;
    expect(await gatePage(document.body, gate)).toMatchObject({ open: true });
    expect(shown.length).toBe(2);
    expect(shown.every((part) => part.length <= MAX_GATE_TEXT)).toBe(true);
  });

  it('gives up when called off', async () => {
    const { gate } = fakeGate();
    document.body.innerHTML = '<p>word</p>'.repeat(20_000);
    const controller = new AbortController();
    const pending = gatePage(document.body, gate, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    expect(await pending).toBeNull();
  });
});

describe('textForGate', () => {
  const records = (mutate: () => void) =>
    new Promise<MutationRecord[]>((resolve) => {
      const observer = new MutationObserver((list) => {
        observer.disconnect();
        resolve(list);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      mutate();
    });

  it('judges a change with the words of its whole block around it', async () => {
    document.body.innerHTML = '<article><p id="p">The <b id="b">army</b> sent troops.</p></article>';
    const text = document.getElementById('b')!.firstChild as Text;
    const changes = await records(() => (text.data = 'navy'));
    expect(textForGate(new Changes(changes, () => false), document.body)).toBe('The navy sent troops.');
  });

  it('judges what was added straight into the root by itself', async () => {
    document.body.innerHTML = '<p>troops</p>';
    const changes = await records(() =>
      document.body.append(Object.assign(document.createElement('aside'), { textContent: 'An ad.' })),
    );
    expect(textForGate(new Changes(changes, () => false), document.body)).toBe('An ad.');
  });

  it('shows a batch in one piece, and leaves a huge one to a reading of the whole page', async () => {
    document.body.innerHTML = '';
    const fragment = () => {
      const list = document.createDocumentFragment();
      for (let i = 0; i < 500; i++) list.append(Object.assign(document.createElement('div'), { textContent: 'item' }));
      return list;
    };
    const few = await records(() => document.body.append(fragment()));
    expect(textForGate(new Changes(few, () => false), document.body)).toBe(Array(500).fill('item').join('\n'));
    const big = await records(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(250_000) }));
    });
    expect(textForGate(new Changes(big, () => false), document.body)).toBe('too much');
  });
});
