import { Window } from 'happy-dom';
import { BLOCK_TAGS } from '../../src/page/text-map';

/**
 * The visible text of an HTML page, block by block, joined with blank lines: the same shape the
 * content script gives the detector. A single forward pass over the markup (a full DOM takes
 * many seconds on the 3.8 MB pages), skipping what a reader never sees: head, script, style,
 * noscript, template, form controls, and elements marked hidden.
 */

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const SKIPPED = new Set(['head', 'template', 'select', 'button', 'object', 'datalist']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const HIDDEN_STYLE = /(?:^|;|\s)(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function isHidden(attributes: string): boolean {
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const attribute = name!.toLowerCase();
    if (attribute === 'hidden') return true;
    if (attribute === 'style' && HIDDEN_STYLE.test(values.find((v) => v !== undefined) ?? '')) return true;
  }
  return false;
}

let entityWindow: Window | null = null;
const entityCache = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** Named entities other than the commonest are resolved once each by a real HTML parser. */
function namedEntity(name: string): string {
  let value = entityCache.get(name);
  if (value === undefined) {
    entityWindow ??= new Window();
    const element = entityWindow.document.createElement('span');
    element.innerHTML = `&${name};`;
    value = element.textContent ?? `&${name};`;
    entityCache.set(name, value);
  }
  return value;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) return namedEntity(name);
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

const rawTextEnds = new Map<string, RegExp>();
function rawTextEnd(name: string): RegExp {
  let end = rawTextEnds.get(name);
  if (!end) {
    end = new RegExp(`</${name}[^>]*>`, 'gi');
    rawTextEnds.set(name, end);
  }
  return end;
}

export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  const breakBlock = () => {
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const open: string[] = [];
  let hiddenDepth = -1; // depth of the outermost hidden element we are inside, or -1
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? html.length : lt;
    if (hiddenDepth < 0 && textEnd > pos) current += decodeEntities(html.slice(pos, textEnd));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const close = html.indexOf('>', lt);
      pos = close < 0 ? html.length : close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      if (hiddenDepth < 0) current += '<';
      pos = lt + 1;
      continue;
    }
    pos = TAG.lastIndex;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    const attributes = tag[3] ?? '';
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) {
        open.length = at;
        if (hiddenDepth >= at) hiddenDepth = -1;
      }
      if (BLOCK_TAGS.has(name)) breakBlock();
      continue;
    }
    if (name === 'br') {
      current += '\n';
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = pos;
      pos = end.exec(html) ? end.lastIndex : html.length;
      continue;
    }
    if (BLOCK_TAGS.has(name)) breakBlock();
    if (VOID.has(name) || tag[4] === '/') continue;
    if (hiddenDepth < 0 && (SKIPPED.has(name) || isHidden(attributes))) hiddenDepth = open.length;
    open.push(name);
  }
  breakBlock();
  return blocks.join('\n\n');
}
