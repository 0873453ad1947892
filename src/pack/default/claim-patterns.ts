import type { ClaimForm, ClaimPattern, ClaimSlot } from '../types';

/**
 * How the source's checked claims read in other words, in English and Spanish: the slots a
 * sentence must fill to make each claim, and the facts that make a sentence correct instead.
 * Terms follow the syntax of `claim-terms.ts` (`*` ends a prefix, `..` stands for up to three
 * words); case, accents and punctuation do not count ("U.S." is "u s", "450,000" is "450 000").
 *
 * Opinions and garbles (C4, C7, C13, C16, C17) have no facts to restate: their forms keep to the
 * writer's own distinctive words, and C16 (a garble whose gist is right) is found only as a copy.
 */

const slot = (name: ClaimSlot['slot'], ...terms: string[]): ClaimSlot => ({ slot: name, terms });

/** Other presidents a sentence may call "former president": then it is not about Trump. */
const OTHER_PRESIDENTS = [
  'calderon',
  'lopez obrador',
  'amlo',
  'pena nieto',
  'fox',
  'zedillo',
  'obama',
  'biden',
  'bush',
  'clinton',
];

const TWO_COUNTRIES_EN = [
  'both countries',
  'both nations',
  'two countries',
  'two nations',
  'united states and mexico',
  'mexico and the united states',
  'u s and mexico',
  'mexico and the u s',
  'us and mexico',
  'mexico and the us',
];
/**
 * The 2025 flashpoints (C13's facts), and other subjects a sentence may name as the greatest
 * contention: such a sentence is not the claim that arms trafficking is.
 */
const FLASHPOINTS_EN = [
  'tariff*',
  'fentanyl',
  'troops',
  'flashpoints',
  'migra*',
  'immigra*',
  'trade',
  'water',
  'drug*',
];
const FLASHPOINTS_ES = [
  'aranceles',
  'fentanilo',
  'tropas',
  'migra*',
  'inmigra*',
  'comercio',
  'comercial',
  'agua',
  'droga*',
];

const TWO_COUNTRIES_ES = [
  'ambos paises',
  'los dos paises',
  'ambas naciones',
  'mexico y estados unidos',
  'mexico y a estados unidos',
  'estados unidos y mexico',
  'mexico y eeuu',
  'mexico y ee uu',
];

const GUN_MAKERS_EN = [
  'gun makers',
  'gunmakers',
  'gun maker',
  'gunmaker',
  'gun manufacturers',
  'gun companies',
  'gun industry',
  'firearms manufacturers',
  'firearms makers',
  'firearms companies',
  'firearm manufacturers',
  'firearm makers',
  'firearm companies',
  'weapons manufacturers',
  'arms manufacturers',
  'arms makers',
];
const GUN_MAKERS_ES = [
  'fabricantes de armas',
  'fabricantes estadounidenses de armas',
  'armeras',
  'armerias',
  'empresas de armas',
  'empresas armamentistas',
  'companias de armas',
  'industria de armas',
  'industria armamentista',
];

const DEATHS_EN = ['kill*', 'died', 'dead', 'deaths', 'lives', 'murder*', 'slain'];
const DEATHS_ES = ['muert*', 'asesina*', 'vidas', 'fallec*', 'homicidios', 'matado', 'mataron'];
const FIGURE_450K = ['450 000', '450000', '450 thousand', '450 mil'];

const C8_CORRECT_EN: ClaimSlot[] = [
  slot('date', '2006', 'since december'),
  slot('actor', 'official figures', 'official data', 'government figures', 'offensive'),
];
const C8_CORRECT_ES: ClaimSlot[] = [
  slot('date', '2006', 'desde diciembre'),
  slot('actor', 'cifras oficiales', 'datos oficiales', 'ofensiva'),
];

const ZONE_EN = ['zone', 'zones', 'area', 'buffer', 'strip'];
const ZONE_ES = ['zona', 'zonas', 'area', 'franja'];
const SET_UP_EN = [
  'establish*',
  'set up',
  'created',
  'creat*',
  'operat*',
  'run',
  'runs',
  'launched',
  'declared',
  'designated',
];
const SET_UP_ES = [
  'estableci*',
  'establec*',
  'creo',
  'creado',
  'creada',
  'instal*',
  'mantiene',
  'opera',
  'design*',
  'habilit*',
];

const forms = (en: ClaimForm[], es: ClaimForm[]) => ({ en, es });

export const claimPatterns: ClaimPattern[] = [
  {
    caveat: 'C1',
    forms: forms(
      [
        {
          slots: [
            slot(
              'office',
              'first female president',
              'first woman president',
              'first female .. president',
              'first woman .. president',
              'first woman to hold .. presidency',
              'first woman to lead',
              'first woman to govern',
              'first woman to become president',
              'first female head of state',
            ),
            slot('place', 'mexico', 'mexican'),
          ],
          correct: [slot('office', 'court', 'mexico city', 'senate', 'congress', 'party', 'chamber')],
        },
      ],
      [
        {
          slots: [
            slot(
              'office',
              'primera presidenta',
              'primera mujer presidenta',
              'primera mujer .. presiden*',
              'primera mujer en llegar a la presidencia',
              'primera mujer en asumir la presidencia',
              'primera mujer en gobernar',
            ),
            slot('place', 'mexico'),
          ],
          correct: [slot('office', 'corte', 'ciudad de mexico', 'senado', 'congreso', 'partido', 'camara')],
        },
      ],
    ),
  },
  {
    caveat: 'C2',
    forms: forms(
      [
        {
          slots: [
            slot(
              'office',
              'former .. president .. trump',
              'former president of the united states .. trump',
              'ex president .. trump',
              'trump the former .. president',
            ),
            slot('event', 'call', 'calls', 'phone*', 'conversation', 'spoke', 'talk*', 'april 16'),
          ],
          correct: [slot('actor', ...OTHER_PRESIDENTS)],
        },
      ],
      [
        {
          slots: [
            slot(
              'office',
              'expresidente .. trump',
              'ex presidente .. trump',
              'expresidente de estados unidos .. trump',
              'ex presidente de estados unidos .. trump',
              'exmandatario .. trump',
              'ex mandatario .. trump',
              'trump el expresidente',
              'trump el ex presidente',
            ),
            slot('event', 'llamada', 'telefon*', 'conversa*', 'hablo', 'dialog*', '16 de abril'),
          ],
          correct: [slot('actor', ...OTHER_PRESIDENTS)],
        },
      ],
    ),
  },
  {
    caveat: 'C3',
    forms: forms(
      [
        {
          slots: [
            slot(
              'event',
              'throughout the call',
              'throughout .. call',
              'throughout .. conversation',
              'entire call',
              'whole call',
              'entire .. call',
              'whole .. call',
              'entire conversation',
              'whole conversation',
              'from start to finish',
              'duration of the call',
              'all through the call',
              'beginning of the call to the end',
              'start of the call to the end',
            ),
            slot('action', 'oppos*', 'reject*', 'push* back', 'resist*', 'refus*', 'fought'),
            slot('object', 'troops', 'soldiers', 'forces', 'military'),
          ],
          correct: [slot('event', 'toward the end', 'towards the end', 'at the end')],
        },
      ],
      [
        {
          slots: [
            slot(
              'event',
              'toda la llamada',
              'toda la conversacion',
              'de principio a fin',
              'totalidad de la llamada',
              'totalidad de la conversacion',
              'a lo largo de .. llamada',
              'a lo largo de .. conversacion',
            ),
            slot('action', 'opuso', 'rechaz*', 'nego', 'resisti*'),
            slot('object', 'tropas', 'soldados', 'militares', 'fuerzas', 'ejercito'),
          ],
          correct: [slot('event', 'hacia el final', 'al final')],
        },
      ],
    ),
  },
  {
    caveat: 'C4',
    forms: forms(
      [
        {
          slots: [
            slot(
              'object',
              'departures from .. orthodoxy',
              'departure from .. orthodoxy',
              'deviations from .. orthodoxy',
              'breaks with .. orthodoxy',
              'break with .. orthodoxy',
            ),
            slot('object', 'sovereignty'),
          ],
        },
      ],
      [
        {
          slots: [
            slot(
              'object',
              'desviaciones de .. ortodoxia',
              'desviacion de .. ortodoxia',
              'alejamientos .. de .. ortodoxia',
              'rupturas con .. ortodoxia',
            ),
            slot('object', 'soberania'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C5',
    forms: forms(
      [
        {
          slots: [
            slot('event', 'cross border violence', 'violence across the border', 'transborder violence'),
            slot('place', ...TWO_COUNTRIES_EN),
          ],
        },
      ],
      [
        {
          slots: [
            slot('event', 'violencia transfronteriza', 'violencia a traves de la frontera'),
            slot('place', ...TWO_COUNTRIES_ES),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C6',
    forms: forms(
      [
        {
          slots: [
            slot(
              'object',
              'never accept .. presence',
              'never accept .. troops',
              'never accept .. army',
              'never accept .. military',
            ),
            slot('event', 'call', 'phone', 'conversation'),
          ],
          correct: [
            slot('date', 'saturday', 'may 3', '3 may'),
            slot('place', 'texcoco', 'speech', 'rally', 'supporters', 'inauguration', 'event', 'publicly'),
            slot('action', 'recount*', 'recall*', 'said she told', 'said she had told'),
          ],
        },
      ],
      [
        {
          slots: [
            slot(
              'object',
              'nunca .. acept* .. presencia',
              'jamas .. acept* .. presencia',
              'nunca .. acept* .. tropas',
              'nunca .. acept* .. ejercito',
            ),
            slot('event', 'llamada', 'conversacion', 'telefon*', 'charla'),
          ],
          correct: [
            slot('date', 'sabado', '3 de mayo'),
            slot('place', 'texcoco', 'discurso', 'evento', 'acto', 'inauguracion', 'simpatizantes', 'publicamente'),
            slot('action', 'conto', 'relato', 'recordo'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C7',
    forms: forms(
      [
        {
          slots: [
            slot('object', 'fiery commitment', 'fiery devotion', 'fiery defense', 'fiery defence'),
            slot('object', 'sovereignty'),
          ],
        },
        { slots: [slot('object', 'unapologetic'), slot('object', 'pressure')] },
      ],
      [
        {
          slots: [
            slot(
              'object',
              'ferviente compromiso',
              'compromiso ferviente',
              'compromiso ardiente',
              'ardiente compromiso',
              'fogoso compromiso',
              'encendido compromiso',
            ),
            slot('object', 'soberania'),
          ],
        },
        {
          slots: [
            slot(
              'object',
              'sin complejos',
              'sin disculpas',
              'sin pedir disculpas',
              'no se disculpa',
              'no pide disculpas',
              'sin pedir perdon',
              'no pide perdon',
            ),
            slot('object', 'presion'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C8',
    forms: forms(
      [
        {
          slots: [
            slot('number', ...FIGURE_450K),
            slot('event', ...DEATHS_EN),
            slot('actor', 'sheinbaum', 'the president', 'she said', 'she noted', 'pointed to', 'pointed out'),
          ],
          correct: C8_CORRECT_EN,
        },
        {
          slots: [
            slot('number', ...FIGURE_450K),
            slot('event', ...DEATHS_EN),
            slot(
              'actor',
              'cartel violence',
              'violence from .. cartels',
              'violence of .. cartels',
              'by .. cartels',
              'by .. cartel',
              'hands of .. cartels',
              'cartels have killed',
              'cartels killed',
            ),
          ],
          correct: C8_CORRECT_EN,
        },
      ],
      [
        {
          slots: [
            slot('number', ...FIGURE_450K),
            slot('event', ...DEATHS_ES),
            slot('actor', 'sheinbaum', 'la presidenta', 'la mandataria'),
          ],
          correct: C8_CORRECT_ES,
        },
        {
          slots: [
            slot('number', ...FIGURE_450K),
            slot('event', ...DEATHS_ES),
            slot(
              'actor',
              'violencia de .. carteles',
              'violencia del narco*',
              'por .. carteles',
              'por el narco*',
              'manos de .. carteles',
              'manos del narco*',
              'carteles han',
              'carteles mataron',
            ),
          ],
          correct: C8_CORRECT_ES,
        },
      ],
    ),
  },
  {
    caveat: 'C9',
    forms: forms(
      [
        {
          slots: [
            slot(
              'event',
              'unabated',
              'unchecked',
              'without letup',
              'without let up',
              'without pause',
              'relentless*',
              'not let up',
              'never let up',
              'not abated',
              'never stopped',
            ),
            slot('date', '20 years', 'twenty years', 'two decades'),
          ],
          correct: [slot('event', 'fallen', 'fell', 'declin*', 'dropped', 'peak*', 'decreas*')],
        },
      ],
      [
        {
          slots: [
            slot(
              'event',
              'sin freno',
              'imparable',
              'sin tregua',
              'sin pausa',
              'sin cesar',
              'sin control',
              'no ha dejado de crecer',
              'no ha dejado de aumentar',
              'no se ha detenido',
              'no ha parado',
              'no se ha frenado',
              'sin detenerse',
            ),
            slot('date', '20 anos', 'veinte anos', 'dos decadas'),
          ],
          correct: [slot('event', 'bajado', 'descend*', 'disminu*', 'caido', 'maximo', 'reduc*')],
        },
      ],
    ),
  },
  {
    caveat: 'C10',
    forms: forms(
      [
        {
          slots: [
            slot('actor', 'trump', 'washington', 'white house', 'administration', 'united states', 'u s', 'us'),
            slot('action', 'blam*', 'accus*', 'fault*'),
            slot('place', 'mexico'),
            slot('place', 'canada'),
            slot('object', 'fentanyl', 'drugs', 'opioid*', 'narcotics'),
          ],
        },
      ],
      [
        {
          slots: [
            slot('actor', 'trump', 'washington', 'casa blanca', 'estados unidos', 'eeuu', 'ee uu'),
            slot('action', 'culp*', 'acus*', 'responsabiliz*', 'achac*'),
            slot('place', 'mexico'),
            slot('place', 'canada'),
            slot('object', 'fentanilo', 'drogas', 'narcotico*', 'opioide*'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C11',
    forms: forms(
      [
        {
          slots: [
            slot(
              'charge',
              'environmental accusations',
              'environmental allegations',
              'environmental charges',
              'environmental complaints',
              'environmental criticism',
              'environmental claims',
              'accusations .. environmental',
              'allegations .. environmental',
            ),
            slot('action', 'response', 'respond*', 'answer*', 'repl*', 'faced with', 'in the face of', 'react*'),
            slot('actor', 'sheinbaum', 'mexico', 'washington', 'trump', 'the president'),
          ],
        },
      ],
      [
        {
          slots: [
            slot(
              'charge',
              'acusaciones ambientales',
              'acusaciones medioambientales',
              'senalamientos ambientales',
              'senalamientos medioambientales',
              'reclamos ambientales',
              'criticas ambientales',
              'acusaciones .. ambiental*',
              'acusaciones .. medioambiental*',
            ),
            slot('action', 'respuesta', 'respond*', 'ante', 'frente a', 'contest*'),
            slot('actor', 'sheinbaum', 'mexico', 'washington', 'trump', 'la presidenta', 'la mandataria'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C12',
    forms: forms(
      [
        {
          slots: [
            slot(
              'object',
              'information sharing',
              'share .. information',
              'sharing .. information',
              'share .. intelligence',
              'sharing .. intelligence',
              'intelligence sharing',
              'exchange .. information',
              'information exchange',
            ),
            slot('actor', 'sheinbaum', 'she', 'mexican president', 'mexico'),
          ],
          correct: [slot('action', 'refus*', 'reject*', 'declin*', 'won t', 'will not', 'would not')],
        },
        {
          slots: [
            slot(
              'object',
              'step up .. cooperation',
              'stepping up .. cooperation',
              'deepen .. cooperation',
              'greater cooperation',
              'more cooperation',
              'closer cooperation',
              'strengthen .. cooperation',
              'expand .. cooperation',
              'increase .. cooperation',
              'intensify .. cooperation',
            ),
            slot('actor', 'sheinbaum', 'she', 'mexican president'),
            slot('action', 'propos*', 'offer*', 'call* for', 'suggest*', 'urged', 'urges', 'urging'),
          ],
          correct: [slot('action', 'refus*', 'reject*', 'declin*')],
        },
      ],
      [
        {
          slots: [
            slot(
              'object',
              'compartir .. informacion',
              'intercambi* .. informacion',
              'compartir inteligencia',
              'intercambio de inteligencia',
            ),
            slot('actor', 'sheinbaum', 'la presidenta', 'la mandataria', 'mexico'),
          ],
          correct: [slot('action', 'se nego', 'rechaz*', 'no compartir', 'nunca compartir')],
        },
        {
          slots: [
            slot(
              'object',
              'intensific* .. cooperacion',
              'mas cooperacion',
              'mayor cooperacion',
              'reforzar .. cooperacion',
              'fortalecer .. cooperacion',
              'ampliar .. cooperacion',
              'estrechar .. cooperacion',
            ),
            slot('actor', 'sheinbaum', 'la presidenta', 'la mandataria'),
            slot('action', 'propus*', 'propone', 'ofreci*', 'planteo', 'pidio'),
          ],
          correct: [slot('action', 'se nego', 'rechaz*')],
        },
      ],
    ),
  },
  {
    caveat: 'C13',
    forms: forms(
      [
        {
          slots: [
            slot(
              'object',
              'greatest .. contention',
              'biggest .. contention',
              'main .. contention',
              'greatest .. friction',
              'biggest .. friction',
              'main .. friction',
              'greatest .. tension',
              'biggest .. tension',
              'main source of tension',
              'biggest .. dispute',
              'greatest .. dispute',
              'biggest .. irritant',
              'main .. irritant',
              'biggest sticking point',
              'main sticking point',
              'greatest .. strain',
              'biggest .. strain',
            ),
            slot('place', ...TWO_COUNTRIES_EN, 'bilateral'),
            slot(
              'object',
              'issue',
              'arms',
              'guns',
              'weapons',
              'firearms',
              'gun',
              'this has become',
              'this has led',
              'this is now',
              'this remains',
            ),
          ],
          correct: [slot('object', ...FLASHPOINTS_EN)],
        },
        {
          // "No issue divides Mexico and the US more than this one."
          slots: [
            slot(
              'object',
              'no issue divides',
              'no other issue divides',
              'no issue has divided',
              'no issue separates',
              'no topic divides',
              'nothing divides',
              'nothing has divided',
              'no issue strains',
            ),
            slot('place', ...TWO_COUNTRIES_EN),
            slot(
              'object',
              'more than this',
              'more than that',
              'more than arms',
              'more than guns',
              'more than weapons',
              'more than firearms',
              'more than gun',
            ),
          ],
          correct: [slot('object', ...FLASHPOINTS_EN)],
        },
      ],
      [
        {
          slots: [
            slot(
              'object',
              'mayor .. discordia',
              'mayor .. tension',
              'mayor .. conflicto',
              'mayor .. friccion',
              'mayor .. controversia',
              'mayor .. disputa',
              'mayor .. roce',
              'mayor .. desacuerdo',
              'principal .. discordia',
              'principal .. tension',
              'principal .. conflicto',
              'principal .. friccion',
              'principal .. disputa',
              'principal .. roce',
              'principal .. desacuerdo',
            ),
            slot('place', ...TWO_COUNTRIES_ES, 'bilateral'),
            slot('object', 'tema', 'asunto', 'cuestion', 'armas', 'esto ha', 'esto se ha', 'esto es'),
          ],
          correct: [slot('object', ...FLASHPOINTS_ES)],
        },
        {
          // "Ningún tema enfrenta más a México y Estados Unidos que este."
          slots: [
            slot(
              'object',
              'ningun tema enfrenta',
              'ningun asunto enfrenta',
              'ningun tema divide',
              'ningun asunto divide',
              'ningun otro tema',
              'ningun otro asunto',
              'nada enfrenta',
              'nada divide',
            ),
            slot('place', ...TWO_COUNTRIES_ES),
            slot('object', 'que este', 'que esta', 'que las armas', 'que el trafico de armas'),
          ],
          correct: [slot('object', ...FLASHPOINTS_ES)],
        },
      ],
    ),
  },
  {
    caveat: 'C14',
    forms: forms(
      [
        {
          slots: [
            slot('office', 'former president', 'former .. president', 'ex president'),
            slot('object', 'weapons', 'guns', 'firearms', 'arms'),
            slot('action', 'prevent*', 'stop*', 'keep*', 'block*', 'curb*', 'halt*'),
            slot('place', 'mexico', 'our country'),
          ],
          correct: [slot('actor', ...OTHER_PRESIDENTS)],
        },
        {
          slots: [slot('object', 'entering our country'), slot('actor', 'trump', 'former president')],
          correct: [slot('actor', 'sheinbaum', 'she said')],
        },
      ],
      [
        {
          slots: [
            slot('office', 'expresidente', 'ex presidente', 'exmandatario', 'ex mandatario'),
            slot('object', 'armas'),
            slot(
              'action',
              'evitar',
              'impedir',
              'frenar',
              'detener',
              'bloquear',
              'contener',
              'ingreso',
              'entren',
              'entrada',
            ),
            slot('place', 'mexico', 'nuestro pais'),
          ],
          correct: [slot('actor', ...OTHER_PRESIDENTS)],
        },
        {
          slots: [
            slot('object', 'entren armas a nuestro pais', 'entrada de armas a nuestro pais', 'armas .. a nuestro pais'),
            slot('actor', 'trump', 'expresidente'),
          ],
          correct: [slot('actor', 'sheinbaum', 'la presidenta')],
        },
      ],
    ),
  },
  {
    caveat: 'C15',
    forms: forms(
      [
        {
          slots: [
            slot('actor', 'homeland security', 'dhs'),
            slot('action', ...SET_UP_EN),
            slot('object', ...ZONE_EN),
            slot('place', 'new mexico'),
          ],
          correct: [
            slot('actor', 'army', 'department of defense', 'defense department', 'pentagon', 'interior department'),
          ],
        },
        {
          slots: [
            slot('date', 'since september', 'in september', 'last september'),
            slot('action', ...SET_UP_EN),
            slot('object', ...ZONE_EN),
            slot('place', 'new mexico'),
          ],
          correct: [slot('date', 'april', 'four')],
        },
      ],
      [
        {
          slots: [
            slot('actor', 'departamento de seguridad nacional', 'seguridad nacional', 'dhs', 'seguridad interior'),
            slot('action', ...SET_UP_ES),
            slot('object', ...ZONE_ES),
            slot('place', 'nuevo mexico'),
          ],
          correct: [slot('actor', 'ejercito', 'departamento de defensa', 'pentagono', 'departamento del interior')],
        },
        {
          slots: [
            slot('date', 'desde septiembre', 'en septiembre'),
            slot('action', ...SET_UP_ES),
            slot('object', ...ZONE_ES),
            slot('place', 'nuevo mexico'),
          ],
          correct: [slot('date', 'abril', 'cuatro')],
        },
      ],
    ),
  },
  {
    caveat: 'C17',
    forms: forms(
      [{ slots: [slot('object', 'bad ideas .. die', 'bad ideas .. dies'), slot('date', 'friday')] }],
      [
        {
          slots: [
            slot(
              'object',
              'malas ideas .. morir',
              'malas ideas .. mueren',
              'mueren .. malas ideas',
              'morir .. malas ideas',
            ),
            slot('date', 'viernes'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C18',
    forms: forms(
      [
        {
          slots: [
            slot('actor', 'sheinbaum', 'her administration', 'her government'),
            slot(
              'action',
              'led the way',
              'lead*',
              'led',
              'spearhead*',
              'pioneer*',
              'launch*',
              'filed',
              'brought',
              'initiat*',
              'suing',
              'sued',
            ),
            slot('object', ...GUN_MAKERS_EN),
            slot('event', 'legal', 'lawsuit*', 'suit', 'suits', 'suing', 'sued', 'court', 'litigation'),
          ],
          correct: [slot('date', '2021', 'lopez obrador', 'amlo', 'obrador', 'inherit*', 'ebrard')],
        },
        {
          slots: [
            slot('charge', 'sex trafficking', 'sexual trafficking', 'human trafficking', 'sex trade'),
            slot('object', ...GUN_MAKERS_EN, 'these companies', 'the companies'),
          ],
        },
      ],
      [
        {
          slots: [
            slot('actor', 'sheinbaum', 'su gobierno', 'su administracion'),
            slot(
              'action',
              'encabez*',
              'lider*',
              'lidera',
              'impuls*',
              'emprend*',
              'present*',
              'interpus*',
              'demanda',
              'demando',
              'inicio',
              'promovi*',
            ),
            slot('object', ...GUN_MAKERS_ES),
            slot('event', 'legal', 'legales', 'demanda*', 'juicio', 'judicial', 'tribunal*', 'litigio'),
          ],
          correct: [slot('date', '2021', 'lopez obrador', 'amlo', 'obrador', 'hered*', 'ebrard')],
        },
        {
          slots: [
            slot('charge', 'trata sexual', 'trata de personas', 'explotacion sexual', 'trafico sexual'),
            slot('object', ...GUN_MAKERS_ES, 'estas empresas', 'las empresas'),
          ],
        },
      ],
    ),
  },
  {
    caveat: 'C19',
    forms: forms(
      [
        {
          slots: [
            slot('actor', 'national security council', 'nsc'),
            slot('object', 'must do more', 'has to do more', 'needs to do more', 'should do more', 'crystal clear'),
          ],
          correct: [
            slot('actor', 'the president has been', 'the president has made', 'president has been crystal clear'),
          ],
        },
      ],
      [
        {
          slots: [
            slot('actor', 'consejo de seguridad nacional', 'nsc', 'csn'),
            slot('object', 'debe hacer mas', 'tiene que hacer mas', 'necesita hacer mas', 'muy claro', 'clarisimo'),
          ],
          correct: [slot('actor', 'el presidente ha sido', 'el presidente ha dejado')],
        },
      ],
    ),
  },
];
