import type { Pack } from '../types';
import { caveats } from './caveats';
import { claimPatterns } from './claim-patterns';
import { contextLexicon } from './lexicon';
import { people } from './people';
import { quotes } from './quotes';
import { references } from './references';
import { source } from './source';
import { topics } from './topics';

/** The content the extension ships with: the sample article on the 2025 US–Mexico security dispute, checked. */
export const defaultPack: Pack = {
  id: 'us-mexico-security-2025',
  version: 1,
  reviewed: '2026-11-27',
  name: {
    en: 'The 2025 US–Mexico security dispute',
    es: 'La disputa de seguridad entre México y Estados Unidos en 2025',
  },
  source,
  topics,
  people,
  context: contextLexicon,
  quotes,
  caveats,
  references,
  claims: claimPatterns,
};
