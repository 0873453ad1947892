import { ARTICLE_BODY, DISPUTE_PARAGRAPHS, page } from './fixtures';

/**
 * Pages that work against the extension, on purpose or not. Heavy pages build themselves in an
 * inline script and end it with SETUP_DONE: layout is forced inside the page's own task, so its
 * setup cost is over (and time-stamped) before the extension's work can be measured.
 */
const SETUP_DONE = 'document.body.offsetHeight; window.setupEnd = performance.now();';

const LINES = JSON.stringify(DISPUTE_PARAGRAPHS);

/** Neutral text, nowhere near the dispute. */
export const NEUTRAL = 'Volunteers planted tulips along the river path on Saturday morning.';

// --- Built-ins poisoned before the content script runs (it starts at document_idle) ---

/** JavaScript built-ins replaced, then the prototypes frozen so nothing can restore them. */
export const POISONED_JS = page(
  ARTICLE_BODY,
  `<script>
    const poison = (name) => function () { throw new Error('poisoned ' + name); };
    Array.prototype.map = poison('Array.prototype.map');
    Array.prototype.forEach = poison('Array.prototype.forEach');
    Array.from = poison('Array.from');
    JSON.parse = poison('JSON.parse');
    JSON.stringify = poison('JSON.stringify');
    Promise.prototype.then = poison('Promise.prototype.then');
    Object.freeze(Array.prototype);
    Object.freeze(Object.prototype);
    Object.freeze(Promise.prototype);
    Object.freeze(Function.prototype);
  </script>`,
);

/** DOM built-ins replaced or frozen: the ones a content script reaches for first. */
export const POISONED_DOM = page(
  ARTICLE_BODY,
  `<script>
    const poison = (name) => function () { throw new Error('poisoned ' + name); };
    Node.prototype.contains = poison('Node.prototype.contains');
    Node.prototype.appendChild = poison('Node.prototype.appendChild');
    Element.prototype.attachShadow = poison('Element.prototype.attachShadow');
    Element.prototype.append = poison('Element.prototype.append');
    Document.prototype.createTreeWalker = poison('Document.prototype.createTreeWalker');
    Document.prototype.createElement = poison('Document.prototype.createElement');
    EventTarget.prototype.addEventListener = poison('EventTarget.prototype.addEventListener');
    window.MutationObserver = poison('MutationObserver');
    window.CSS = { highlights: null, supports: poison('CSS.supports') };
    window.Highlight = poison('Highlight');
    window.requestAnimationFrame = poison('requestAnimationFrame');
    window.scheduler = { yield: poison('scheduler.yield') };
    Object.freeze(Node.prototype);
    Object.freeze(Element.prototype);
    Object.freeze(EventTarget.prototype);
    Object.freeze(Document.prototype);
  </script>`,
);

/**
 * The page defines <borderline-ui> itself. The custom element registry is shared with content
 * scripts, so our host element is built by the page's constructor, which takes the shadow root first.
 */
export const PREDEFINED_HOST = page(
  ARTICLE_BODY,
  `<script>
    customElements.define('borderline-ui', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' }).innerHTML = '<p>not yours</p>';
      }
    });
  </script>`,
);

// --- Sheer size ---

/** 100,000 elements of neutral text (20,000 list items of five elements each), the article last. */
export const HUNDRED_THOUSAND_ELEMENTS = page(
  `<ul id="filler"></ul>${ARTICLE_BODY}
  <script>
    const items = [];
    for (let i = 0; i < 20000; i++) {
      items.push('<li><span>Note ' + i + '</span> <a href="#n' + i + '">on</a> <b>tulips</b> and <i>rain</i></li>');
    }
    document.getElementById('filler').innerHTML = items.join('');
    ${SETUP_DONE}
  </script>`,
);

/** 5,000 nested inline elements, each with a little text, and the article at the very bottom. */
export const FIVE_THOUSAND_DEEP = page(
  `<div id="deep"></div>
  <script>
    let node = document.getElementById('deep');
    for (let i = 0; i < 5000; i++) {
      const span = document.createElement('span');
      span.append('level ' + i + ' ');
      node.append(span);
      node = span;
    }
    node.insertAdjacentHTML('beforeend', ${JSON.stringify(ARTICLE_BODY)});
    window.deepest = node;
    ${SETUP_DONE}
  </script>`,
);

/** One 10 MB text node (a server log), with the article after it. */
export const TEN_MB_TEXT_NODE = page(
  `<pre id="log" style="height:10em;overflow:auto"></pre>${ARTICLE_BODY}
  <script>
    const line = '2025-03-01T12:00:00Z INFO GET /assets/app.js 200 12ms tulips\\n';
    document.getElementById('log').textContent = line.repeat(Math.ceil(10000000 / line.length));
    ${SETUP_DONE}
  </script>`,
);

/** 5,000 paragraphs about the dispute: far more mentions than are worth painting. */
/**
 * A paragraph about the dispute, then one that makes a checked claim the source got wrong, over
 * and over: every second one is painted, however sparse the topic words.
 */
const CLAIM_LINES = JSON.stringify([
  DISPUTE_PARAGRAPHS[0],
  'On April 16, she had a catalytic phone call with former U.S. President Donald Trump.',
]);

export const FIVE_THOUSAND_SENTENCES = page(
  `<div id="many"></div>
  <script>
    const lines = ${CLAIM_LINES};
    document.getElementById('many').innerHTML = Array.from({ length: 5000 }, (_, i) => '<p>' + lines[i % 2] + '</p>').join('');
    ${SETUP_DONE}
  </script>`,
);

// --- Editing ---

/** What the editor holds before typing: one of the pack's quotes, painted wherever else it is read. */
export const EDITOR_DRAFT = 'Draft: “We will never accept the presence of the United States army in our territory.”';

/** An editor and a textarea on a long live blog about the dispute (every rescan has work to do). */
export const EDITORS = page(
  `${ARTICLE_BODY}
  <div id="editor" contenteditable="true"><p>${EDITOR_DRAFT}</p></div>
  <textarea id="notes" rows="4" cols="80">Notes:</textarea>
  <div id="blog"></div>
  <script>
    const lines = ${LINES};
    document.getElementById('blog').innerHTML = Array.from({ length: 300 }, (_, i) => '<p>' + lines[i % 2] + '</p>').join('');
  </script>`,
);

/** 200 characters of typing, full of the dispute's words, ending on a letter (no trailing space to collapse). */
export const TYPED =
  'Sheinbaum said U.S. troops will not enter Mexico; Trump answered with tariffs over fentanyl and cartels. '
    .repeat(2)
    .slice(0, 199)
    .concat('x');

// --- Policies, shadow roots, frames ---

/** No inline styles, no scripts, nothing loaded: a strict Content-Security-Policy. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

/** Dispute text hidden in a closed shadow root, next to an article in the light DOM. */
export const CLOSED_SHADOW = page(
  `<secret-card></secret-card>${ARTICLE_BODY}
  <script>
    customElements.define('secret-card', class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'closed' });
        root.innerHTML = ${JSON.stringify(`<p>${DISPUTE_PARAGRAPHS[1]}</p>`)};
        window.closedRoot = root;
      }
    });
  </script>`,
);

/** A page of neutral text embedding the article from its own origin and from another one. */
export function framingBoth(otherOrigin: string): string {
  return page(
    `<p>${NEUTRAL}</p>
    <iframe id="same" src="/frame.html" width="600" height="300"></iframe>
    <iframe id="cross" src="${otherOrigin}/frame.html" width="600" height="300"></iframe>`,
  );
}

// --- Page CSS aimed at the card ---

export const HOSTILE_CSS: Record<string, string> = {
  'resets every element': '* { all: unset !important; }',
  'hides the host by name': 'borderline-ui { display: none !important; visibility: hidden !important; }',
  'flattens and fades every child of the body': 'body > * { position: static !important; opacity: 0 !important; }',
};

export function styled(css: string): string {
  return page(ARTICLE_BODY, `<style>${css}</style>`);
}

/**
 * Overlays at the highest z-index: a see-through scrim over the whole viewport and a consent
 * banner over its lower part, where the card opens. The page keeps them last in the body,
 * re-appending them whenever anything (our host too) is added after them.
 */
export const OVERLAID = page(
  `${ARTICLE_BODY}
  <div class="scrim"></div>
  <div class="banner">We value your privacy. <button>Accept</button></div>
  <script>
    const overlays = [...document.querySelectorAll('.scrim, .banner')];
    new MutationObserver(() => {
      if (document.body.lastElementChild !== overlays[1]) document.body.append(...overlays);
    }).observe(document.body, { childList: true });
  </script>`,
  `<style>
    .scrim { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgba(0, 0, 0, 0.1); }
    .banner { position: fixed; left: 0; right: 0; bottom: 0; height: 75vh; z-index: 2147483647; background: #fff; }
  </style>`,
);

// --- Impostor messages ---

/** The article, and a page script that keeps every message posted to the window. */
export const EAVESDROPPER = page(
  ARTICLE_BODY,
  `<script>
    window.overheard = [];
    window.addEventListener('message', (event) => window.overheard.push(event.data));
  </script>`,
);
