import { contextLexicon, topicLexicons } from '../../pack/default/lexicon';
import { type Pack, type Quote, TOPIC_IDS } from '../../pack/types';

/**
 * A small pack for the detector's tests: the real lexicons, the people of the dispute with their
 * press names, and the source's quotes Q1–Q3 plus a few further quotes, as in the fact sheet.
 */

const quote = (q: Partial<Quote> & Pick<Quote, 'id' | 'original' | 'speaker'>): Quote => ({
  variants: [],
  date: '2025-05-03',
  venue: { en: '', es: '' },
  context: { en: '', es: '' },
  status: 'accurate',
  topics: [],
  confidence: 'high',
  references: [],
  ...q,
});

export const fixturePack: Pack = {
  id: 'fixture',
  version: 1,
  name: { en: 'Fixture', es: 'Fixture' },
  source: { title: { en: '', es: '' }, text: '', origin: 'test', lang: 'en' },
  topics: TOPIC_IDS.map((id) => ({
    id,
    name: { en: id, es: id },
    description: { en: '', es: '' },
    lexicon: topicLexicons[id],
  })),
  context: contextLexicon,
  people: [
    {
      id: 'sheinbaum',
      name: 'Claudia Sheinbaum',
      role: { en: 'President of Mexico', es: 'Presidenta de México' },
      aliases: {
        en: [
          'Sheinbaum',
          'Claudia Sheinbaum',
          'President Sheinbaum',
          'the Mexican president',
          "Mexico's president",
          'the Mexican leader',
        ],
        es: [
          'Sheinbaum',
          'Claudia Sheinbaum',
          'Sheinbaum Pardo',
          'la presidenta',
          'la mandataria',
          'la presidenta de México',
        ],
      },
    },
    {
      id: 'trump',
      name: 'Donald Trump',
      role: { en: 'President of the United States', es: 'Presidente de Estados Unidos' },
      aliases: {
        en: [
          'Trump',
          'Donald Trump',
          'President Trump',
          'the former president',
          'the U.S. president',
          'the American president',
        ],
        es: [
          'Trump',
          'Donald Trump',
          'el presidente Trump',
          'el mandatario estadounidense',
          'el presidente estadounidense',
        ],
      },
    },
    {
      id: 'hewitt',
      name: 'James Hewitt',
      role: { en: 'National Security Council spokesman', es: 'Portavoz del Consejo de Seguridad Nacional' },
      aliases: {
        en: ['James Hewitt', 'Hewitt', 'National Security Council', 'NSC'],
        es: ['James Hewitt', 'Hewitt', 'Consejo de Seguridad Nacional'],
      },
    },
  ],
  quotes: [
    quote({
      id: 'Q1',
      sourceText: 'We will never accept the presence of the United States army in our territory.',
      original: {
        text: 'Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio.',
        lang: 'es',
      },
      translation: {
        en: 'We can share information, but we will never accept the presence of the United States army in our territory.',
        es: 'Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio.',
      },
      variants: [
        {
          text: 'We will never accept the presence of the United States military in our territory.',
          lang: 'en',
          seenIn: 'AP',
        },
      ],
      speaker: 'sheinbaum',
      attributedTo: 'sheinbaum',
      status: 'out-of-context',
      topics: ['troops'],
    }),
    quote({
      id: 'Q2',
      sourceText:
        'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.',
      original: {
        text: 'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.',
        lang: 'en',
      },
      variants: [
        { text: 'el día de ayer dio una orden el presidente Trump para que hubiera todo lo necesario', lang: 'es' },
      ],
      speaker: 'sheinbaum',
      attributedTo: 'trump',
      status: 'misattributed',
      topics: ['arms'],
    }),
    quote({
      id: 'Q3',
      sourceText: 'crystal clear that Mexico must do more to combat these gangs and cartels',
      original: {
        text: 'The President has been crystal clear that Mexico must do more do combat these gangs and cartels and the United States stands ready to assist and expand the already close cooperation between our two countries.',
        lang: 'en',
      },
      speaker: 'hewitt',
      attributedTo: 'hewitt',
      status: 'truncated',
      topics: ['cartels', 'cooperation'],
    }),
    quote({
      id: 'T1',
      original: {
        text: 'Rechazamos categóricamente la calumnia que hace la Casa Blanca al Gobierno de México de tener alianzas con organizaciones criminales, así como cualquier intención injerencista en nuestro territorio.',
        lang: 'es',
      },
      speaker: 'sheinbaum',
      date: '2025-02-01',
      topics: ['cartels'],
    }),
    quote({
      id: 'T2',
      original: {
        text: "The cartels are waging war on America, and it's time for America to wage war on the cartels, which we are doing.",
        lang: 'en',
      },
      speaker: 'trump',
      date: '2025-03-04',
      topics: ['cartels'],
    }),
    quote({
      id: 'T3',
      original: { text: 'Nos coordinamos, colaboramos, pero no nos subordinamos.', lang: 'es' },
      translation: { en: 'We coordinate, we collaborate, but we do not subordinate ourselves.', es: '' },
      speaker: 'sheinbaum',
      date: '2025-06-26',
      topics: ['cooperation'],
    }),
  ],
  caveats: [],
  references: [],
};
