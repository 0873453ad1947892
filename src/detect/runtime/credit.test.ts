import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { createDetector } from '../index';
import type { Credit } from './credit';

/**
 * Whom a page credits with each known quote, and whether that is right: the speaker, or a body
 * the speaker spoke for, is right; another voice of the same body is a (close) misattribution;
 * anyone else, a misattribution. Per quote, in English and Spanish, with the pack's real people.
 */

const detector = createDetector(defaultPack);
const CONTEXT = 'Mexico and the United States argued over U.S. troops, fentanyl and the cartels.\n\n';

const WORDS: Record<string, { en: string; es: string }> = {
  Q1: {
    en: 'We will never accept the presence of the United States army in our territory',
    es: 'Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio',
  },
  Q2: {
    en: 'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States',
    es: 'el día de ayer dio una orden el presidente Trump para que hubiera todo lo necesario',
  },
  Q3: {
    en: 'The President has been crystal clear that Mexico must do more to combat these gangs and cartels',
    es: 'El presidente ha dejado muy claro que México debe hacer más para combatir a estas pandillas y cárteles',
  },
  T5: {
    en: "The cartels are waging war on America, and it's time for America to wage war on the cartels",
    es: 'Los cárteles le están haciendo la guerra a Estados Unidos, y es hora de que Estados Unidos les haga la guerra a los cárteles',
  },
  T8: {
    en: 'Mexico still must do more to protect Americans from dangerous foreign terrorist organizations and the drugs and violence they flood into communities on both sides of the border',
    es: 'México todavía debe hacer más para proteger a los estadounidenses de las peligrosas organizaciones terroristas extranjeras',
  },
  T20: {
    en: "It's the closest cooperation we've ever had",
    es: 'Es la cooperación más estrecha que hemos tenido jamás',
  },
};

type Row = [quote: string, lang: 'en' | 'es', page: string, credited: string, credit: Credit];

const SPEAKER: Credit = { to: 'speaker' };
const BODY: Credit = { to: 'body' };
const OTHER: Credit = { to: 'other' };
const colleague = (body: string): Credit => ({ to: 'colleague', body });

const ROWS: Row[] = [
  ['Q1', 'en', 'Sheinbaum said: “X.”', 'sheinbaum', SPEAKER],
  ['Q1', 'en', 'Mexico’s government said: “X.”', 'mexican-government', BODY],
  ['Q1', 'en', 'The White House said: “X.”', 'white-house', OTHER],
  ['Q1', 'es', '«X», dijo la mandataria.', 'sheinbaum', SPEAKER],
  ['Q1', 'es', 'El gobierno de México afirmó: «X».', 'mexican-government', BODY],
  ['Q1', 'es', '«X», señaló el mandatario estadounidense.', 'trump', OTHER],

  ['Q2', 'en', '“X,” Sheinbaum said in Texcoco.', 'sheinbaum', SPEAKER],
  ['Q2', 'en', 'According to the Mexican government, “X.”', 'mexican-government', BODY],
  ['Q2', 'en', 'Trump has insisted on the need for measures, stating, “X.”', 'trump', OTHER],
  ['Q2', 'es', 'Sheinbaum dijo: «X».', 'sheinbaum', SPEAKER],
  ['Q2', 'es', 'Según el gobierno mexicano, «X».', 'mexican-government', BODY],
  ['Q2', 'es', 'La Casa Blanca dijo: «X».', 'white-house', OTHER],

  ['Q3', 'en', '“X,” NSC spokesman James Hewitt said in a statement.', 'hewitt', SPEAKER],
  ['Q3', 'en', 'The National Security Council said in a statement: “X.”', 'nsc', BODY],
  ['Q3', 'en', 'The White House said: “X.”', 'white-house', BODY],
  ['Q3', 'en', 'Mr. Trump told reporters: “X.”', 'trump', colleague('white-house')],
  ['Q3', 'en', 'Sheinbaum said: “X.”', 'sheinbaum', OTHER],
  ['Q3', 'es', '«X», dijo el portavoz del Consejo de Seguridad Nacional, James Hewitt.', 'hewitt', SPEAKER],
  ['Q3', 'es', 'El Consejo de Seguridad Nacional afirmó: «X».', 'nsc', BODY],
  ['Q3', 'es', 'La Casa Blanca señaló: «X».', 'white-house', BODY],
  ['Q3', 'es', '«X», dijo el presidente Trump.', 'trump', colleague('white-house')],
  ['Q3', 'es', 'La mandataria afirmó: «X».', 'sheinbaum', OTHER],

  ['T8', 'en', '“X,” White House spokeswoman Anna Kelly said.', 'kelly', SPEAKER],
  ['T8', 'en', 'The White House said: “X.”', 'white-house', BODY],
  ['T8', 'en', 'The Trump administration said in a statement: “X.”', 'us-government', BODY],
  ['T8', 'en', 'Trump said: “X.”', 'trump', colleague('white-house')],
  ['T8', 'en', 'Mexico’s government said: “X.”', 'mexican-government', OTHER],
  ['T8', 'es', '«X», dijo la vocera de la Casa Blanca, Anna Kelly.', 'kelly', SPEAKER],
  ['T8', 'es', 'La Casa Blanca dijo: «X».', 'white-house', BODY],
  ['T8', 'es', 'Según el gobierno de Estados Unidos, «X».', 'us-government', BODY],
  ['T8', 'es', 'El presidente Trump dijo: «X».', 'trump', colleague('white-house')],
  ['T8', 'es', '«X», dijo la mandataria.', 'sheinbaum', OTHER],

  ['T5', 'en', '“X,” Mr. Trump told reporters.', 'trump', SPEAKER],
  ['T5', 'en', 'The US government said: “X.”', 'us-government', BODY],
  ['T5', 'en', 'Mexico’s government said: “X.”', 'mexican-government', OTHER],
  ['T5', 'es', '«X», señaló el mandatario estadounidense.', 'trump', SPEAKER],
  ['T5', 'es', 'La Casa Blanca dijo: «X».', 'white-house', BODY],
  ['T5', 'es', 'El gobierno de México dijo: «X».', 'mexican-government', OTHER],

  ['T20', 'en', 'Secretary of State Marco Rubio said: “X.”', 'rubio', SPEAKER],
  ['T20', 'en', 'The State Department said in a statement: “X.”', 'state-department', BODY],
  ['T20', 'en', 'Trump said: “X.”', 'trump', colleague('us-government')],
  ['T20', 'en', 'Sheinbaum said: “X.”', 'sheinbaum', OTHER],
  ['T20', 'es', '«X», dijo Rubio.', 'rubio', SPEAKER],
  ['T20', 'es', 'El Departamento de Estado afirmó: «X».', 'state-department', BODY],
  ['T20', 'es', 'La mandataria dijo: «X».', 'sheinbaum', OTHER],
];

describe('credit', () => {
  it.each(ROWS)('%s (%s): %s', (quote, lang, page, credited, credit) => {
    const found = detector.scan(CONTEXT + page.replace('X', WORDS[quote]![lang])).quotes;
    expect(found.map((q) => q.quote)).toEqual([quote]);
    expect(found[0]).toMatchObject({
      attributedTo: credited,
      credit,
      misattributed: credit.to === 'colleague' || credit.to === 'other',
    });
  });

  it('leaves a quote no one is credited with unjudged', () => {
    const [found] = detector.scan(`${CONTEXT}“${WORDS.T8!.en}.”`).quotes;
    expect(found).toMatchObject({ quote: 'T8', attributedTo: null, credit: null, misattributed: false });
  });

  it('does not judge words too unlike the quote to tell whose they are', () => {
    // Trump's own announcement, reported in words close to Sheinbaum's post (T3), is not hers.
    const page = `${CONTEXT}Trump announced he would delay the tariffs and “work to stop the trafficking of high-powered weapons to Mexico” in exchange for troops at the border.`;
    const [found] = detector.scan(page).quotes;
    expect(found).toMatchObject({ quote: 'T3', attributedTo: 'trump', credit: null, misattributed: false });
    // A typo or two still leaves the quote itself, given to the wrong person.
    const typos = `${CONTEXT}Trump said: “We will nevr accept the presense of the United States army in our territory.”`;
    expect(detector.scan(typos).quotes[0]).toMatchObject({ quote: 'Q1', credit: { to: 'other' }, misattributed: true });
  });

  it('keeps what the source got wrong apart from what the page says', () => {
    // The source truncates Q3 and credits it to the Council: right about the speaker.
    const article = detector.scan(defaultPack.source.text).quotes;
    expect(article.map((q) => [q.quote, q.attributedTo, q.credit?.to])).toEqual([
      ['Q1', 'sheinbaum', 'speaker'],
      ['Q2', 'trump', 'other'],
      ['Q3', 'nsc', 'body'],
    ]);
  });
});
