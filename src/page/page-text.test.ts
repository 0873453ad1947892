// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageTextReader } from './page-text';

const read = (root: Element, exclude?: (element: Element) => boolean) => {
  const reader = new PageTextReader(root, { exclude });
  expect(reader.readUntil(Number.POSITIVE_INFINITY)).toBe(true);
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

  it('reads a shadow root inside a shadow root, after the one that holds it, without its code', () => {
    document.body.innerHTML = '<p>page</p><div id="outer"></div><div id="second"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>outer</p><span id="inner"></span>';
    outer.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>inner<style>p{}</style></p>';
    document.getElementById('second')!.attachShadow({ mode: 'open' }).textContent = 'second';
    expect(read(document.body)).toEqual(['page', 'outer', 'second', 'inner']);
  });

  it('reads a huge page in slices', () => {
    document.body.innerHTML = '<p>word</p>'.repeat(5000);
    for (let i = 0; i < 3; i++) document.body.append(document.createElement('x-host'));
    for (const host of document.querySelectorAll('x-host')) host.attachShadow({ mode: 'open' }).textContent = 'shadow';
    const reader = new PageTextReader(document.body);
    // A deadline already past: each slice stops at the first look at the clock.
    let slices = 1;
    while (!reader.readUntil(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(reader.read()).toEqual(['word'.repeat(5000), 'shadow', 'shadow', 'shadow']);
  });
});
