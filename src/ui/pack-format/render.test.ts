import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { headingId, renderPackFormat } from './render';

const markdown = readFileSync(new URL('../../../docs/packs.md', import.meta.url), 'utf8');

function rendered(text: string, shipped = new Map<string, string>()): Document {
  const { document } = new Window();
  document.body.innerHTML = renderPackFormat(text, shipped);
  return document as unknown as Document;
}

describe('the pack format page', () => {
  it("gives headings GitHub's ids, so that every link inside the doc finds its heading", () => {
    expect(headingId('What the importer refuses')).toBe('what-the-importer-refuses');
    expect(headingId('`topics[]`')).toBe('topics');
    const doc = rendered(markdown);
    const inside = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(inside.length).toBeGreaterThan(0);
    for (const id of inside) expect(doc.getElementById(id), id).not.toBeNull();
  });

  it('points links to shipped files at the shipped copies, and opens other links in a new tab', () => {
    const doc = rendered(markdown, new Map([['examples/example-pack.json', '/assets/example-pack.json']]));
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/assets/example-pack.json');
    expect(hrefs).not.toContain('examples/example-pack.json');
    const away = rendered('[a page](https://example.org/)').querySelector('a')!;
    expect([away.getAttribute('target'), away.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('escapes markup in the doc rather than running it', () => {
    const doc = rendered('Text <img src=x onerror="alert(1)"> and <script>alert(1)</script>.');
    expect(doc.querySelector('img, script')).toBeNull();
    expect(doc.body.textContent).toContain('<script>');
  });
});
