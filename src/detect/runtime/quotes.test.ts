import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import type { Pack } from '../../pack/types';
import { sourceArticle } from '../__fixtures__/corpus';
import { fixturePack } from '../__fixtures__/pack';
import { addQuotes } from '../compile/compile-quotes';
import { MatcherBuilder } from '../compile/matcher-builder';
import { createDetector } from '../index';
import { Hits, loadMatcher } from './matcher';
import { loadQuotes, MAX_GROUPS } from './quotes';

/** The quote finder alone, so a text need not be about the dispute to be searched. */
function finder(pack: Pack = fixturePack) {
  const builder = new MatcherBuilder();
  const compiled = addQuotes(builder, [pack]);
  const matcher = loadMatcher(builder.build(), 'automaton');
  const quotes = loadQuotes(compiled, matcher.size);
  return (text: string) => {
    const hits = new Hits();
    matcher.scan(text, hits);
    return quotes.find(text, hits).map((q) => ({ id: q.quote.id, text: text.slice(q.start, q.end), errors: q.errors }));
  };
}

const find = finder();

describe('quotes', () => {
  it('finds the three quotes of the source article exactly', () => {
    const found = find(sourceArticle());
    expect(found).toEqual([
      { id: 'Q1', text: 'We will never accept the presence of the United States army in our territory', errors: 0 },
      {
        id: 'Q2',
        text: 'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States',
        errors: 0,
      },
      { id: 'Q3', text: 'crystal clear that Mexico must do more to combat these gangs and cartels', errors: 0 },
    ]);
  });

  it('ignores quotation marks, dashes and spacing', () => {
    const found = find('She said: "We  will never accept the presence of the United-States army in our territory!"');
    expect(found).toEqual([
      { id: 'Q1', text: 'We  will never accept the presence of the United-States army in our territory', errors: 0 },
    ]);
  });

  it('finds a quote with typos, within an error budget', () => {
    const [match] = find('“We will nevr accept the presense of the United States army in our teritory,” she said.');
    expect(match?.id).toBe('Q1');
    expect(match?.text).toBe('We will nevr accept the presense of the United States army in our teritory');
    expect(match?.errors).toBe(3);
  });

  it('does not stretch a quote into words that merely resemble it', () => {
    expect(find('We will never go to the beach in the United States this summer, said our tour guide.')).toEqual([]);
  });

  it('finds the original Spanish and a press variant', () => {
    expect(
      find(
        'Sheinbaum: «Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio».',
      ),
    ).toEqual([
      {
        id: 'Q1',
        text: 'Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio',
        errors: 0,
      },
    ]);
    expect(find('“We will never accept the presence of the United States military in our territory.”')[0]?.id).toBe(
      'Q1',
    );
  });

  it('finds a fragment of a longer wording', () => {
    // Without the source's own fragment, only the full statement is known.
    const fullOnly: Pack = {
      ...fixturePack,
      quotes: fixturePack.quotes.map((q) => (q.id === 'Q3' ? { ...q, sourceText: undefined } : q)),
    };
    const findFull = finder(fullOnly);
    expect(
      findFull(
        'The NSC declared it “crystal clear that Mexico must do more to combat these gangs and cartels,” while…',
      ),
    ).toEqual([
      { id: 'Q3', text: 'crystal clear that Mexico must do more to combat these gangs and cartels', errors: 1 },
    ]);
    expect(
      findFull(
        'He added that the United States stands ready to assist and expand the already close cooperation between our two countries.',
      ),
    ).toEqual([
      {
        id: 'Q3',
        text: 'the United States stands ready to assist and expand the already close cooperation between our two countries',
        errors: 0,
      },
    ]);
  });

  it('ends a fragment on the last word the page quotes, not on a joining word', () => {
    const findAll = finder(defaultPack);
    const page =
      'En un acto en Texcoco, la mandataria dijo que México nunca aceptaría la presencia del ejército de Estados Unidos en su territorio.';
    const [found] = findAll(page);
    expect(found?.text).toBe('aceptaría la presencia del ejército de Estados Unidos');
  });

  it('finds every occurrence', () => {
    const q = 'Nos coordinamos, colaboramos, pero no nos subordinamos.';
    const found = find(`${q} Dijo otra vez: ${q}`);
    expect(found.map((f) => f.id)).toEqual(['T3', 'T3']);
  });

  it('returns on a 5 MB text full of quote words', () => {
    const words =
      'we will never accept presence united states army territory crystal clear mexico must combat gangs cartels prevent weapons entering country necessary ensure'.split(
        ' ',
      );
    let seed = 1;
    const parts: string[] = [];
    let length = 0;
    while (length < 5_000_000) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const word = words[seed % words.length]!;
      parts.push(word);
      length += word.length + 1;
    }
    const text = parts.join(' ');
    // It returns, within the bounds the finder keeps to however much the text holds.
    expect(find(text).length).toBeLessThanOrEqual(MAX_GROUPS);
  });

  it('returns on 5 MB of real text that repeats the quotes', () => {
    const article = sourceArticle();
    const text = Array.from({ length: Math.ceil(5_000_000 / article.length) }, () => article).join('\n\n');
    const found = createDetector(fixturePack).scan(text);
    expect(found.about).toBe(true);
    expect(found.quotes.length).toBeGreaterThan(0);
    // It must return, however busy the machine: its speed is the benchmark's to measure.
  }, 60_000);
});

describe('words known only as reported', () => {
  it('are looked for as reported, never in the pack’s own rendering of them', () => {
    const t3 = defaultPack.quotes.find((quote) => quote.id === 'T3')!;
    expect(t3.original.reported).toBe(true);
    const detector = createDetector(defaultPack);
    const spanish = `Sheinbaum dijo que ${t3.translation!.es} Trump pausó los aranceles.`;
    expect(detector.scan(spanish).quotes.map((q) => q.quote)).not.toContain('T3');
    const english = `Sheinbaum wrote: “${t3.original.text}” Trump then paused the tariffs on fentanyl.`;
    expect(detector.scan(english).quotes.map((q) => q.quote)).toContain('T3');
  });
});
