import { describe, expect, it } from 'vitest';
import { createDetector } from '../detect';
import { secondPack } from '../pack/__fixtures__/second-pack';
import { combinePacks } from '../pack/combine';
import { defaultPack } from '../pack/default';
import { checkQuote } from './check-quote';

const pack = combinePacks([defaultPack, secondPack]);
const detector = createDetector(pack);
const quoteTopic = (id: string) => pack.quotes.find((quote) => quote.id === id)?.topics[0];
const Q1 = 'We will never accept the presence of the United States army in our territory.';
const Q2 =
  'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.';

describe('checking selected words', () => {
  it('finds one of the source’s quotes and its real speaker', () => {
    expect(checkQuote(detector, quoteTopic, `Sheinbaum said: “${Q1}”`)).toEqual({
      topic: 'troops',
      text: `Sheinbaum said: “${Q1}”`,
      quote: { id: 'Q1', attributedTo: 'sheinbaum', misattributed: false, credit: { to: 'speaker' } },
      checked: true,
    });
  });

  it('warns when the words are given to someone who did not say them', () => {
    const checked = checkQuote(detector, quoteTopic, `Trump stated: “${Q2}”`);
    expect(checked.quote).toEqual({ id: 'Q2', attributedTo: 'trump', misattributed: true, credit: { to: 'other' } });
    expect(checked.topic).toBe('arms');
  });

  it('reads who the page says spoke from the paragraph around a bare quotation', () => {
    const paragraph = `Trump has insisted on it, stating, “${Q2}”`;
    expect(checkQuote(detector, quoteTopic, Q2).quote?.attributedTo).toBeNull();
    expect(checkQuote(detector, quoteTopic, Q2, paragraph).quote).toEqual({
      id: 'Q2',
      attributedTo: 'trump',
      misattributed: true,
      credit: { to: 'other' },
    });
  });

  it('finds the quotes of an imported pack', () => {
    const checked = checkQuote(detector, quoteTopic, 'Every harbor crane will be counted twice before sunrise.');
    expect(checked.quote?.id).toBe('harbor-column:Q1');
  });

  it('says when the words are not one of the source’s quotes, keeping their topic if they have one', () => {
    expect(checkQuote(detector, quoteTopic, 'The weather in Lisbon was mild all week.')).toEqual({
      topic: null,
      text: 'The weather in Lisbon was mild all week.',
      checked: true,
    });
    const onTopic = checkQuote(detector, quoteTopic, 'Sheinbaum rejected sending U.S. troops into Mexico, Trump said.');
    expect(onTopic.quote).toBeUndefined();
    expect(onTopic.topic).toBe('troops');
  });
});
