// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { messagesByName } from '../__fixtures__/messages';
import { Card, type CardMention } from './Card';

beforeEach(messagesByName);

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

describe('the card’s lead answers for the words under the pointer', () => {
  it('leads with the check of the claim the sentence makes, named as the source’s', () => {
    const host = card({ topic: 'cartels', text: 'over 450,000 Mexicans have been killed', claim: { id: 'C8' } });
    const lead = host.querySelector('.lead');
    expect(lead?.classList.contains('claim-lead')).toBe(true);
    expect(lead?.textContent).toContain(defaultPack.caveats.find((c) => c.id === 'C8')?.verdictLabel.en);
    expect(lead?.querySelector('.unverified')).not.toBeNull();
    expect(lead?.querySelector('.source-named')).not.toBeNull();
    // Everything about the topic waits one step away.
    expect(host.querySelector('details.more:not([open])')).not.toBeNull();
    expect(host.querySelectorAll('.lead .quote')).toHaveLength(0);
  });

  it('leads a quote with who said it, when and where, the topic’s other quotes one step away', () => {
    const host = card({
      topic: 'troops',
      text: 'We will never accept',
      quote: { id: 'Q1', attributedTo: 'sheinbaum', misattributed: false },
    });
    const lead = host.querySelector('.quote-lead');
    expect(lead?.querySelector('.meta')?.textContent).toContain('Claudia Sheinbaum');
    expect(lead?.querySelector('.warning')).toBeNull();
    const more = [...host.querySelectorAll('details.more .quote blockquote, details.more .quote .words')];
    expect(more.length).toBeGreaterThan(0);
    expect(more.some((words) => words.textContent?.includes('nunca vamos a aceptar'))).toBe(false);
  });

  it('says nothing of the source’s faults outside the step the reader chooses to open', () => {
    const host = card({ topic: 'arms', text: 'arms trafficking' });
    expect(host.querySelector('.lead')?.textContent).toBe(
      defaultPack.topics.find((t) => t.id === 'arms')?.description.en,
    );
    for (const caveat of host.querySelectorAll('.caveat')) expect(caveat.closest('details.more')).not.toBeNull();
  });
});
