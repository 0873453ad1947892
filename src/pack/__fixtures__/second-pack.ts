import type { Pack } from '../types';

/**
 * A second pack, as a reader might import one: a made-up column with one quote of a made-up
 * spokesperson, which the column attributes to a real president. Its ids (Q1, C1, R1) are the
 * default pack's too, on purpose: combining must keep them apart.
 */
export const secondPack: Pack = {
  id: 'harbor-column',
  version: 1,
  reviewed: '2025-06-01',
  name: { en: 'A harbor column', es: 'Una columna portuaria' },
  source: {
    title: { en: 'Harbor column', es: 'Columna portuaria' },
    text: 'Trump told reporters: "Every harbor crane will be counted twice before sunrise." The column says the cranes were counted once.',
    origin: 'Test column',
    lang: 'en',
  },
  topics: [
    {
      id: 'cooperation',
      name: { en: 'Harbor cooperation', es: 'Cooperación portuaria' },
      description: { en: 'Harbor counts.', es: 'Conteos portuarios.' },
      lexicon: { en: { anchors: ['harbor crane count'], terms: ['crane'] }, es: { anchors: [], terms: ['grúa'] } },
    },
  ],
  people: [
    {
      id: 'whitfield',
      name: 'Dana Whitfield',
      role: { en: 'Harbor spokesperson (made up)', es: 'Portavoz portuaria (inventada)' },
      aliases: { en: ['Whitfield', 'Dana Whitfield'], es: ['Whitfield'] },
    },
    {
      id: 'djt',
      name: 'Donald  Trump',
      role: { en: 'President of the United States', es: 'Presidente de Estados Unidos' },
      aliases: { en: ['Trump', 'the harbor president'], es: ['Trump'] },
    },
  ],
  context: { en: ['harbor'], es: ['puerto'] },
  quotes: [
    {
      id: 'Q1',
      sourceText: 'Every harbor crane will be counted twice before sunrise.',
      original: { text: 'Every harbor crane will be counted twice before sunrise.', lang: 'en' },
      variants: [{ text: 'Each harbor crane will be counted twice before sunrise.', lang: 'en', seenIn: 'R1' }],
      speaker: 'whitfield',
      attributedTo: 'djt',
      date: '2025-05-30',
      venue: { en: 'Harbor briefing', es: 'Rueda de prensa portuaria' },
      context: { en: 'Said at a harbor briefing.', es: 'Dicho en una rueda de prensa portuaria.' },
      status: 'misattributed',
      difference: { en: 'The column gives the words to Trump.', es: 'La columna atribuye las palabras a Trump.' },
      topics: ['cooperation'],
      confidence: 'high',
      references: ['R1'],
    },
  ],
  caveats: [
    {
      id: 'C1',
      claim: 'The column says the cranes were counted once.',
      verdict: 'unsupported',
      verdictLabel: { en: 'Unsupported count', es: 'Conteo sin respaldo' },
      explanation: { en: 'No count was published.', es: 'No se publicó ningún conteo.' },
      severity: 'medium',
      topics: ['cooperation'],
      quotes: ['Q1'],
      references: ['R1'],
    },
  ],
  references: [{ id: 'R1', publisher: 'Harbor Gazette', title: 'Crane count', url: 'https://example.org/cranes' }],
};
