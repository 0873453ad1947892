// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { messagesByName } from '../__fixtures__/messages';
import { CaveatItem, QuoteItem } from './pack-items';

function rendered(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('ul');
  render(node, host);
  return host;
}
beforeEach(messagesByName);

const caveat = (id: string) => defaultPack.caveats.find((c) => c.id === id)!;
const quote = (id: string) => defaultPack.quotes.find((q) => q.id === id)!;

describe('a checked claim', () => {
  it('rates the faults of a wrong claim, and only labels an accurate one', () => {
    expect(
      rendered(<CaveatItem pack={defaultPack} caveat={caveat('C2')} lang="en" />).querySelector('.badge'),
    ).not.toBeNull();
    const accurate = rendered(<CaveatItem pack={defaultPack} caveat={caveat('C10')} lang="en" />);
    expect(accurate.querySelector('.badge')).toBeNull();
    expect(accurate.querySelector('.claim')?.textContent?.trim()).toBe('Checked: accurate');
  });
});

describe('a quote', () => {
  it('shows a translation without quotation marks, in the reader’s language, with the original a step away', () => {
    const host = rendered(<QuoteItem pack={defaultPack} quote={quote('Q1')} lang="en" />);
    const words = host.querySelector('.words.translation');
    expect(words?.getAttribute('lang')).toBe('en');
    expect(words?.textContent).not.toMatch(/[“”]/);
    const original = host.querySelector('details.original blockquote');
    expect(original?.getAttribute('lang')).toBe('es');
    expect(original?.textContent).toContain('nunca vamos a aceptar');
  });

  it('shows Sheinbaum’s Spanish words themselves to a Spanish reader', () => {
    const host = rendered(<QuoteItem pack={defaultPack} quote={quote('Q1')} lang="es" />);
    const said = host.querySelector('blockquote');
    expect(said?.getAttribute('lang')).toBe('es');
    expect(said?.textContent).toContain('Podemos compartir información');
    expect(host.querySelector('.translation')).toBeNull();
  });

  it('says who “her” is (T6) and marks an approximate day and medium confidence (T12)', () => {
    expect(rendered(<QuoteItem pack={defaultPack} quote={quote('T6')} lang="en" />).textContent).toMatch(
      /“her” is Sheinbaum/,
    );
    const t12 = rendered(<QuoteItem pack={defaultPack} quote={quote('T12')} lang="en" />);
    expect(t12.querySelector('.confidence')).not.toBeNull();
    expect(t12.querySelector('.meta')?.textContent).toContain('quote_around 6 May 2025');
    const t13 = rendered(<QuoteItem pack={defaultPack} quote={quote('T13')} lang="en" />);
    expect(t13.querySelector('.meta')?.textContent).not.toContain('quote_around');
    expect(t13.querySelector('.confidence')).toBeNull();
  });
});
