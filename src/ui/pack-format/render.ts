import MarkdownIt from 'markdown-it';

/**
 * docs/packs.md as HTML for the extension's own page, so that the pack format can be read with no
 * network. The markdown is the repository's, known at build time; raw HTML in it is escaped all the
 * same. Headings get the ids GitHub gives them, so the doc's own `#links` work in both places, and
 * links to files the extension ships (the example pack) are pointed at the shipped copies.
 */

/** GitHub's heading anchor: small letters, no punctuation but `-` and `_`, spaces as `-`. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

export function renderPackFormat(markdown: string, shipped: ReadonlyMap<string, string>): string {
  const md = new MarkdownIt({ html: false });
  md.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
    tokens[index]!.attrSet('id', headingId(tokens[index + 1]?.content ?? ''));
    return self.renderToken(tokens, index, options);
  };
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    const token = tokens[index]!;
    const href = String(token.attrGet('href') ?? '');
    const local = shipped.get(href);
    if (local !== undefined) token.attrSet('href', local);
    else if (!href.startsWith('#')) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return self.renderToken(tokens, index, options);
  };
  return md.render(markdown);
}
