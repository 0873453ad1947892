import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rangeCenter, waitForPainted } from '../../scripts/lib/inspect';
import { type ArticleSetup, openArticle } from './extension-ui';
import { ARTICLE_BODY, page } from './fixtures';

const FORGED = 'VERIFIED ACCURATE BY BORDERLINE';

/**
 * A page that tries everything it can on Borderline's UI. Before anything of ours exists, it
 * wraps `attachShadow` to keep every shadow root made, and defines a custom element that would
 * take our host's ElementInternals; its stylesheet goes after our host by name, by the custom
 * properties our colours use, and by everything that hides or moves an element.
 */
const HOSTILE = page(
  `${ARTICLE_BODY}
  <script>
    window.caught = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, { ...init, mode: 'open' });
      window.caught.push(root);
      return root;
    };
    window.internals = [];
    window.defineTrap = (name) => customElements.define(name, class extends HTMLElement {
      constructor() { super(); window.internals.push(this.attachInternals()); }
    });
  </script>`,
  `<style>
    borderline-ui, borderline-ui * {
      --bl-fg: transparent !important; --bl-bg: transparent !important; --bl-accent: transparent !important;
      color: transparent !important; font-size: 0 !important; opacity: 0 !important; visibility: hidden !important;
      display: none !important; transform: scale(0) !important; filter: blur(20px) !important;
      clip-path: inset(50%) !important; content-visibility: hidden !important;
    }
    borderline-ui::part(card), borderline-ui::part(notice) { display: none !important; }
  </style>`,
);

/**
 * Our closed shadow root, reached the way no page can: over the DevTools protocol, which sees
 * every shadow root, from the test. `read` runs in the root and answers with a copy.
 */
async function closedRoot(tab: Page): Promise<{ mode: string; read: <T>(fn: string) => Promise<T> }> {
  const cdp: CDPSession = await tab.context().newCDPSession(tab);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const host = findNode(root, (node) => node.localName?.startsWith('borderline-ui') === true);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('No Borderline host with a shadow root on the page.');
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
    object: { objectId: string };
  };
  return {
    mode: shadow.shadowRootType ?? '',
    read: async <T>(fn: string) =>
      (
        (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: fn,
          returnByValue: true,
        })) as { result: { value: T } }
      ).result.value,
  };
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(node: DomNode, found: (node: DomNode) => boolean): DomNode | undefined {
  if (found(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const match = findNode(child, found);
    if (match) return match;
  }
  return undefined;
}

/** What the reader sees of an element of ours: its text, its colours, and whether it is on top where it is drawn. */
const SEEN = `function (selector) {
  const element = this.querySelector(selector);
  if (!element) return null;
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const host = this.host;
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {
    text: element.textContent,
    color: style.color,
    background: style.backgroundColor,
    opacity: getComputedStyle(host).opacity,
    visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
    box: { x: box.left, y: box.top, width: box.width, height: box.height },
    width: box.width,
    onTop: top === host,
  };
}`;

interface Seen {
  text: string;
  color: string;
  background: string;
  opacity: string;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number };
  width: number;
  onTop: boolean;
}

const seen = (root: Awaited<ReturnType<typeof closedRoot>>, selector: string) =>
  root.read<Seen | null>(`function () { return (${SEEN}).call(this, ${JSON.stringify(selector)}); }`);

/** Whether the topmost element drawn at a point is ours, asked of the browser's own hit-testing over the DevTools protocol. */
async function drawnOnTop(tab: Page, point: { x: number; y: number }): Promise<boolean> {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('DOM.getDocument', { depth: 0 });
  const { backendNodeId } = (await cdp.send('DOM.getNodeForLocation', {
    ...point,
    includeUserAgentShadowDOM: false,
    ignorePointerEventsNone: true,
  })) as { backendNodeId: number };
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const root = this.getRootNode();
      return root instanceof ShadowRoot && root.host.localName.startsWith('borderline-ui');
    }`,
    returnByValue: true,
  })) as { result: { value: boolean } };
  await cdp.detach();
  return result.value;
}

let setup: ArticleSetup;
let tab: Page;

beforeAll(async () => {
  // Closed shadow roots, as every reader has them.
  setup = await openArticle({ closedShadowRoots: true }, { '/hostile.html': HOSTILE });
  tab = await setup.browser.context.newPage();
  await tab.goto(`${setup.server.origin}/hostile.html`);
  await waitForPainted(tab);
});

afterAll(async () => {
  await setup?.close();
});

async function openCard(): Promise<Awaited<ReturnType<typeof closedRoot>>> {
  const point = await rangeCenter(tab, 'troops');
  await tab.bringToFront();
  await tab.mouse.move(point!.x, point!.y);
  let root: Awaited<ReturnType<typeof closedRoot>> | undefined;
  await expect
    .poll(async () => {
      root = await closedRoot(tab).catch(() => undefined);
      return root ? (await seen(root, '.card'))?.width : 0;
    })
    .toBeGreaterThan(0);
  return root!;
}

describe('a page script against the card and the notice', () => {
  it('finds no shadow root to rewrite: not on the host, not through attachShadow, not through ElementInternals', async () => {
    const root = await openCard();
    expect(root.mode).toBe('closed');
    const tries = await tab.evaluate((forged) => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('borderline-ui'));
      const host = hosts[0]!;
      let attached = 'refused';
      try {
        host.attachShadow({ mode: 'open' }).innerHTML = `<h1>${forged}</h1>`;
        attached = 'attached';
      } catch {}
      // Written into the host's own children: no slot shows them.
      host.innerHTML = `<h1 style="all: initial; font-size: 40px">${forged}</h1>`;
      const forgedShown = host.firstElementChild!.checkVisibility();
      // A definition of the host's name, after the fact, upgrades it and takes its internals.
      (window as unknown as { defineTrap: (name: string) => void }).defineTrap(host.localName);
      const { caught, internals } = window as unknown as { caught: ShadowRoot[]; internals: ElementInternals[] };
      return {
        hosts: hosts.length,
        forgedShown,
        shadowRoot: host.shadowRoot === null,
        attached,
        caught: caught.length,
        internals: internals.map((i) => i.shadowRoot === null),
        serialized: host.getHTML({ serializableShadowRoots: true }).includes('Borderline'),
      };
    }, FORGED);
    expect(tries).toEqual({
      hosts: 1,
      forgedShown: false,
      shadowRoot: true,
      attached: 'refused',
      caught: 0,
      internals: [true],
      serialized: false,
    });
    const card = await seen(root, '.card');
    expect(card?.text).not.toContain(FORGED);
    expect(card?.text).toContain('Sheinbaum');
  });

  it('cannot restyle it: its stylesheet, inline styles and custom properties do not reach in', async () => {
    const root = await openCard();
    await tab.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('borderline-ui'))!;
      (host as HTMLElement).style.cssText =
        'display: none !important; opacity: 0 !important; --bl-fg: transparent !important; color: transparent !important';
      document.documentElement.style.setProperty('--bl-fg', 'transparent', 'important');
    });
    const card = (await seen(root, '.card'))!;
    expect(card.visible).toBe(true);
    expect(card.opacity).toBe('1');
    expect(card.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(card.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(card.onTop).toBe(true);
  });

  it('cannot cover it: a full-page layer, a popover or a dialog shown over it leave it on top', async () => {
    const root = await openCard();
    const { box } = (await seen(root, '.card'))!;
    const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    for (const cover of ['layer', 'popover', 'dialog'] as const) {
      await tab.evaluate((kind) => {
        const el = document.createElement(kind === 'dialog' ? 'dialog' : 'div');
        el.className = 'cover';
        el.textContent = 'VERIFIED ACCURATE BY BORDERLINE';
        el.setAttribute(
          'style',
          'position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; z-index: 2147483647; background: white; font-size: 60px',
        );
        document.body.append(el);
        if (kind === 'popover') {
          el.popover = 'manual';
          el.showPopover();
        }
        if (kind === 'dialog') (el as HTMLDialogElement).showModal();
      }, cover);
      // What is drawn topmost where the card is, inert or not (a modal dialog makes the rest of
      // the page inert, ours too, and the page's own hit-testing skips inert elements).
      await expect.poll(() => drawnOnTop(tab, centre), { message: cover }).toBe(true);
      if (cover !== 'dialog') expect((await seen(root, '.card'))?.onTop).toBe(true);
    }
    await tab.evaluate(() => {
      for (const el of document.querySelectorAll('.cover')) el.remove();
    });
  });

  it('cannot hide, close or move it out of sight', async () => {
    const root = await openCard();
    await tab.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('borderline-ui'))!;
      (host as HTMLElement).hidePopover();
    });
    await expect.poll(async () => (await seen(root, '.card'))?.onTop).toBe(true);
    await tab.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('borderline-ui'))!;
      host.removeAttribute('popover');
    });
    await expect.poll(async () => (await seen(root, '.card'))?.onTop).toBe(true);
    await tab.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('borderline-ui'))!;
      const elsewhere = document.createElement('div');
      document.body.prepend(elsewhere);
      elsewhere.append(host);
    });
    await expect.poll(async () => (await seen(root, '.card'))?.onTop).toBe(true);
  });

  it('leaves the notice as Borderline wrote it, on top', async () => {
    const root = await closedRoot(tab);
    const notice = await seen(root, '.notice');
    expect(notice?.text).toMatch(/^Borderline/);
    expect(notice?.text).not.toContain(FORGED);
    expect(notice?.visible).toBe(true);
    expect((await seen(root, '.notice button'))?.onTop).toBe(true);
  });
});
