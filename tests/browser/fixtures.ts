import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Plain sentences about the dispute, as a news page would print them. */
export const DISPUTE_PARAGRAPHS = [
  'Mexican President Claudia Sheinbaum rejected a proposal by President Donald Trump to send U.S. troops into Mexico to fight drug cartels.',
  'Trump has pressed Mexico to do more against fentanyl trafficking, and Sheinbaum offered more cooperation and information sharing instead.',
];

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body>${body}</body></html>`;
}

export const ARTICLE_BODY = `<article><h1>Sheinbaum rejects US troops</h1>${DISPUTE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

/** Text appended two seconds after load, as late-loading comments or live blogs do. */
export const LATE_CONTENT = page(
  `${ARTICLE_BODY}<div id="late"></div>
  <script>
    setTimeout(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Sheinbaum said again that Mexico would never accept U.S. troops, as Trump threatened tariffs over fentanyl.';
      document.getElementById('late').append(p);
      window.appendedAt = performance.now();
    }, 2000);
  </script>`,
);

/** A page with nothing of the dispute, until a paragraph about it arrives 1.5 seconds after load. */
export const QUIET_THEN_LATE = page(
  `<article><h1>Lemon cake</h1><p>Beat the butter and sugar, add the eggs one at a time, then fold in the flour.</p>
  <div id="late"></div></article>
  <script>
    setTimeout(() => {
      const p = document.createElement('p');
      p.textContent = ${JSON.stringify(DISPUTE_PARAGRAPHS[0])};
      document.getElementById('late').append(p);
    }, 1500);
  </script>`,
);

export const EDITABLE = page(
  `${ARTICLE_BODY}
  <div id="editor" contenteditable="true"><p>Draft: Sheinbaum said U.S. troops would not enter Mexico to fight cartels.</p></div>
  <textarea id="notes">Trump troops Sheinbaum cartels fentanyl</textarea>`,
);

const require = createRequire(import.meta.url);

/** Preact's browser module, served to a fixture page that renders itself the way React apps do. */
export function preactModule(): string {
  return readFileSync(join(dirname(require.resolve('preact')), 'preact.mjs'), 'utf8');
}

/**
 * A page that owns its DOM: Preact re-renders a ticking counter and a list of headlines every
 * 50 ms. Painting must never break its reconciliation.
 */
export const REACT_LIKE = page(
  `<div id="root"></div>
  <script type="module">
    import { h, render } from '/preact.js';
    const lines = ${JSON.stringify(DISPUTE_PARAGRAPHS)};
    let tick = 0;
    window.renderErrors = 0;
    function App() {
      return h('main', null,
        h('p', { id: 'counter' }, 'tick ' + tick),
        h('ul', null, lines.map((line, i) => h('li', { key: i }, h('span', null, i === tick % 2 ? 'Update: ' : ''), line))),
      );
    }
    const draw = () => { try { render(h(App), document.getElementById('root')); } catch (e) { window.renderErrors++; } };
    draw();
    const timer = setInterval(() => { tick++; draw(); if (tick >= 60) clearInterval(timer); }, 50);
  </script>`,
);

/** Dispute text inside an open shadow root, as web components render it. */
export const SHADOW = page(
  `<p>An unrelated paragraph about gardening.</p>
  <news-card></news-card>
  <script>
    customElements.define('news-card', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>${DISPUTE_PARAGRAPHS[0]}</p><p>${DISPUTE_PARAGRAPHS[1]}</p>';
      }
    });
  </script>`,
);

export function framing(src: string): string {
  return page(`<p>A page that embeds another.</p><iframe src="${src}" width="600" height="300"></iframe>`);
}
