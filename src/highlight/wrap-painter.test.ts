// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeOf, readBlocks } from '../page/text-map';
import { MARK_TAG, WrapPainter } from './wrap-painter';

function setUp(html: string) {
  document.body.innerHTML = html;
  const [block] = readBlocks(document.body);
  return block!;
}

function textNodes(root: Node): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push((node as Text).data);
  return out;
}

describe('WrapPainter', () => {
  it('wraps ranges, including one split across inline elements, and points the range at the marks', () => {
    const block = setUp('<p>Claudia <a href="#">Sheinbaum</a> rejected US troops today.</p>');
    const name = rangeOf(block, 0, 17)!;
    const troopsAt = block.text.indexOf('troops');
    const troops = rangeOf(block, troopsAt, troopsAt + 6)!;
    const painter = new WrapPainter();
    painter.paint(
      [
        { topic: 'call', range: name },
        { topic: 'troops', range: troops },
      ],
      'underline',
    );
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['Claudia ', 'Sheinbaum', 'troops']);
    expect(troops.toString()).toBe('troops');
    expect(name.toString()).toBe('Claudia Sheinbaum');
  });

  it('unwraps to exactly the original nodes', () => {
    const html = '<p>Claudia <a href="#">Sheinbaum</a> rejected US troops and troops again.</p>';
    const block = setUp(html);
    const before = textNodes(document.body);
    const painter = new WrapPainter();
    const items = [...block.text.matchAll(/troops|Sheinbaum/g)].map((m) => ({
      topic: 'troops' as const,
      range: rangeOf(block, m.index, m.index + m[0].length)!,
    }));
    painter.paint(items, 'background');
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(3);
    painter.clear();
    expect(document.body.innerHTML).toBe(html);
    expect(textNodes(document.body)).toEqual(before);
  });

  it('repaints without leaving marks behind', () => {
    const block = setUp('<p>troops troops</p>');
    const painter = new WrapPainter();
    const paint = () => painter.paint([{ topic: 'troops', range: rangeOf(block, 7, 13)! }], 'underline');
    paint();
    paint();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    painter.clear();
    expect(document.body.innerHTML).toBe('<p>troops troops</p>');
  });
});
