// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPack } from '../../pack/default';
import { Card, type CardMention } from './Card';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) =>
    [name, ...[substitutions ?? []].flat()].join(' '),
  );
});

function card(mention: CardMention, lang: 'en' | 'es' = 'en'): HTMLElement {
  const host = document.createElement('div');
  const noop = () => {};
  render(
    <Card pack={defaultPack} mention={mention} lang={lang} onClose={noop} onTurnOffSite={noop} onOpenSource={noop} />,
    host,
  );
  return host;
}

describe('the card on words the reader asked to check', () => {
  it('calls only the source’s three quotes the source’s', () => {
    const q1 = card({
      topic: 'troops',
      text: 'We will never accept',
      quote: { id: 'Q1', attributedTo: null, misattributed: false },
      checked: true,
    });
    expect(q1.querySelector('.verdict')?.textContent).toBe('card_check_sourceQuote Claudia Sheinbaum');
    const t8 = card({
      topic: 'cartels',
      text: 'Mexico still must do more',
      quote: { id: 'T8', attributedTo: null, misattributed: false },
      checked: true,
    });
    expect(t8.querySelector('.verdict')?.textContent).toBe('card_check_knownQuote Anna Kelly');
  });

  it('names the source wherever its checked claims appear', () => {
    const host = card({ topic: 'border-zone', text: 'National Defense Area' });
    expect(host.querySelector('.caveats')).not.toBeNull();
    expect(host.querySelector('.source-named')?.textContent).toContain(defaultPack.source.title.en);
  });

  it('names bodies in the reader’s language', () => {
    const host = card(
      {
        topic: 'cartels',
        text: 'intolerable alliance',
        quote: { id: 'T2', attributedTo: null, misattributed: false },
        checked: true,
      },
      'es',
    );
    expect(host.querySelector('.verdict')?.textContent).toBe('card_check_knownQuote La Casa Blanca');
  });
});
