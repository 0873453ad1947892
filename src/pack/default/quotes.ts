import type { Bilingual, Quote } from '../types';

const TEXCOCO_SPEECH: Bilingual = {
  en: 'Public speech at the inauguration of a Universidades para el Bienestar Benito Juárez campus in Texcoco, State of Mexico',
  es: 'Discurso público en la inauguración de un plantel de las Universidades para el Bienestar Benito Juárez en Texcoco, Estado de México',
};

const PUBLIC_REMARKS: Bilingual = { en: 'Public remarks', es: 'Declaraciones públicas' };

/** Words said in English, with a Spanish rendering. */
function saidInEnglish(text: string, spanish: string): Pick<Quote, 'original' | 'translation'> {
  return { original: { text, lang: 'en' }, translation: { en: text, es: spanish } };
}

/** Words said in Spanish, with an English rendering. */
function saidInSpanish(text: string, english: string): Pick<Quote, 'original' | 'translation'> {
  return { original: { text, lang: 'es' }, translation: { en: english, es: text } };
}

/** Only this much of the Spanish is on record; the brackets mark where the recording breaks off. */
const Q2_ORIGINAL_PARTIAL = '…el día de ayer dio una orden el presidente Trump para que hubiera t[odo lo necesario …]';

/** The three quotes the source prints, as it prints them and as they were said. */
const sourceQuotes: Quote[] = [
  {
    id: 'Q1',
    sourceText: 'We will never accept the presence of the United States army in our territory.',
    ...saidInSpanish(
      'Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio.',
      'We can share information, but we will never accept the presence of the United States army in our territory.',
    ),
    variants: [
      {
        text: 'We will never accept the presence of the United States military in our territory.',
        lang: 'en',
        seenIn: 'R8',
      },
    ],
    speaker: 'sheinbaum',
    attributedTo: 'sheinbaum',
    date: '2025-05-03',
    venue: TEXCOCO_SPEECH,
    context: {
      en: 'Sheinbaum said this in public on Saturday 3 May 2025, recounting what she had told Trump, the day after The Wall Street Journal reported that he had pushed for US forces to take a leading role against the cartels.',
      es: 'Sheinbaum lo dijo en público el sábado 3 de mayo de 2025, al relatar lo que le había dicho a Trump, un día después de que The Wall Street Journal informara que él había presionado para que fuerzas estadounidenses encabezaran la lucha contra los cárteles.',
    },
    status: 'out-of-context',
    difference: {
      en: 'The source places these words inside the phone call of 16 April. They come from a public speech on 3 May, in Spanish, and there is no record of the call itself. The source also leaves out the first half of the sentence: “We can share information, but …”.',
      es: 'La fuente sitúa estas palabras dentro de la llamada telefónica del 16 de abril. Proceden de un discurso público del 3 de mayo, en español, y no existe registro de la llamada en sí. La fuente omite además la primera mitad de la frase: “Podemos compartir información, pero…”.',
    },
    topics: ['troops', 'call', 'cooperation'],
    confidence: 'high',
    references: ['R5', 'R7', 'R8'],
  },
  {
    id: 'Q2',
    sourceText:
      'to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.',
    ...saidInSpanish(
      Q2_ORIGINAL_PARTIAL,
      '…yesterday President Trump gave an order so that there would be [everything necessary …]',
    ),
    variants: [],
    speaker: 'sheinbaum',
    attributedTo: 'trump',
    date: '2025-05-03',
    venue: TEXCOCO_SPEECH,
    context: {
      en: 'In the same speech, Sheinbaum described an order she said Trump had given “yesterday”, Friday 2 May 2025. That day, at the Mariposa port of entry in Nogales, the Justice Department, the ATF and CBP said Trump and Attorney General Pam Bondi had directed federal agencies to crack down on southbound firearms trafficking; no formal executive order has been found. The English words are AFP’s translation. Only a fragment of her Spanish sentence is on record, from the middle of it, cut off where the brackets begin; her full Spanish wording is unverified.',
      es: 'En el mismo discurso, Sheinbaum describió una orden que, según dijo, Trump había dado “el día de ayer”, el viernes 2 de mayo de 2025. Ese día, en el puerto de entrada de Mariposa, en Nogales, el Departamento de Justicia, la ATF y la CBP informaron que Trump y la fiscal general Pam Bondi habían ordenado a las agencias federales actuar con mano dura contra el tráfico de armas hacia el sur; no se ha encontrado ninguna orden ejecutiva formal. Las palabras en inglés son la traducción de AFP. De su frase en español solo consta un fragmento, tomado de la mitad de la frase, que se corta donde empiezan los corchetes; su texto completo en español no está verificado.',
    },
    status: 'misattributed',
    difference: {
      en: 'The source presents these words as Trump’s own (“The former president has insisted … stating”). They are Sheinbaum’s, in AFP’s English translation, describing an order she said Trump had given the day before (no formal executive order has been found), and “our country” is Mexico.',
      es: 'La fuente las presenta como palabras del propio Trump (“The former president has insisted… stating”). Son de Sheinbaum, en la traducción al inglés de AFP, y describen una orden que, según ella, Trump había dado el día anterior (no se ha encontrado ninguna orden ejecutiva formal); “nuestro país” es México.',
    },
    topics: ['arms'],
    confidence: 'high',
    references: ['R14', 'R15', 'R16', 'R17'],
  },
  {
    id: 'Q3',
    sourceText: 'crystal clear that Mexico must do more to combat these gangs and cartels',
    ...saidInEnglish(
      'The President has been crystal clear that Mexico must do more do combat these gangs and cartels and the United States stands ready to assist and expand the already close cooperation between our two countries.',
      'El presidente ha dejado muy claro que México debe hacer más para combatir a estas pandillas y cárteles, y Estados Unidos está dispuesto a ayudar y a ampliar la ya estrecha cooperación entre nuestros dos países.',
    ),
    variants: [],
    speaker: 'hewitt',
    attributedTo: 'nsc',
    date: '2025-05-03',
    venue: { en: 'Written statement, reported by AP', es: 'Declaración escrita, difundida por AP' },
    context: {
      en: 'A written statement by NSC spokesman James Hewitt on Saturday 3 May 2025, the day Sheinbaum said she had rejected US troops, as reported by AP. It spoke of threats to American communities. “do combat” is a slip in the original, for “to combat”.',
      es: 'Declaración escrita del portavoz del Consejo de Seguridad Nacional, James Hewitt, del sábado 3 de mayo de 2025, el mismo día en que Sheinbaum dijo haber rechazado el envío de tropas estadounidenses, según informó AP. Hablaba de amenazas para las comunidades estadounidenses. “do combat” es un error del original, en lugar de “to combat”.',
    },
    status: 'truncated',
    difference: {
      en: 'The source quotes only the middle of the sentence. It drops the subject, “The President”, so the words read as the Council’s own declaration, and it turns the second half, that the United States “stands ready to assist and expand the already close cooperation between our two countries”, into a paraphrase about combating “these issues together”.',
      es: 'La fuente cita solo la parte central de la frase. Omite el sujeto, “The President” (el presidente), de modo que las palabras parecen una declaración del propio Consejo, y convierte la segunda mitad —que Estados Unidos está dispuesto a ayudar y a ampliar la ya estrecha cooperación entre ambos países— en una paráfrasis sobre combatir juntos “these issues” (estos problemas).',
    },
    topics: ['cartels', 'cooperation'],
    confidence: 'high',
    references: ['R8'],
  },
];

/** What the main figures of the dispute said, in their own words, for the topic cards. */
const contextQuotes: Quote[] = [
  {
    id: 'T1',
    ...saidInSpanish(
      'Rechazamos categóricamente la calumnia que hace la Casa Blanca al Gobierno de México de tener alianzas con organizaciones criminales, así como cualquier intención injerencista en nuestro territorio. Si en algún lugar existe tal alianza es en las armerías de los Estados Unidos que venden armas de alto poder a estos grupos criminales',
      'We categorically reject the White House’s slander that the Government of Mexico has alliances with criminal organizations, as well as any intention to meddle in our territory. If such an alliance exists anywhere, it is in the gun shops of the United States that sell high-powered weapons to these criminal groups',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-02-01',
    venue: { en: 'Post on X', es: 'Publicación en X' },
    context: {
      en: 'Her answer to the White House fact sheet of the same day, which accused Mexico’s government of an “intolerable alliance” with drug trafficking organizations.',
      es: 'Su respuesta a la hoja informativa de la Casa Blanca del mismo día, que acusaba al gobierno de México de tener una “alianza intolerable” con las organizaciones del narcotráfico.',
    },
    status: 'accurate',
    topics: ['cartels', 'fentanyl', 'arms'],
    confidence: 'high',
    references: ['R29', 'R13'],
  },
  {
    id: 'T2',
    ...saidInEnglish(
      'The Mexican drug trafficking organizations have an intolerable alliance with the government of Mexico.',
      'Las organizaciones mexicanas de narcotráfico tienen una alianza intolerable con el gobierno de México.',
    ),
    variants: [],
    speaker: 'white-house',
    date: '2025-02-01',
    venue: { en: 'White House fact sheet', es: 'Hoja informativa de la Casa Blanca' },
    context: {
      en: 'Issued on 1 February 2025, the day of the orders that set 25% tariffs on Mexico and Canada over drugs and migration.',
      es: 'Publicada el 1 de febrero de 2025, el día de las órdenes que fijaron aranceles del 25% a México y Canadá por las drogas y la migración.',
    },
    status: 'accurate',
    topics: ['fentanyl', 'cartels'],
    confidence: 'high',
    references: ['R13'],
  },
  {
    id: 'T3',
    original: {
      text: 'Mexico will immediately reinforce the northern border with 10,000 National Guard members … The United States is committed to working to prevent the trafficking of high-powered weapons into Mexico.',
      lang: 'en',
      reported: true,
    },
    translation: {
      en: 'Mexico will immediately reinforce the northern border with 10,000 National Guard members … The United States is committed to working to prevent the trafficking of high-powered weapons into Mexico.',
      es: 'México reforzará de inmediato la frontera norte con 10 mil elementos de la Guardia Nacional… Estados Unidos se compromete a trabajar para impedir el tráfico de armas de alto poder hacia México.',
    },
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-02-03',
    venue: { en: 'Post on X', es: 'Publicación en X' },
    context: {
      en: 'Posted as the tariffs were paused for 30 days. The words are the English reported in the press; her Spanish original is not recorded in this pack.',
      es: 'Publicado cuando los aranceles quedaron en pausa durante 30 días. El texto es la versión en inglés que difundió la prensa; el original en español no figura en este paquete.',
    },
    status: 'accurate',
    topics: ['cooperation', 'fentanyl', 'arms'],
    confidence: 'high',
    references: ['R30'],
  },
  {
    id: 'T4',
    ...saidInEnglish(
      'These soldiers will be specifically designated to stop the flow of fentanyl, and illegal migrants into our Country.',
      'Estos soldados estarán destinados específicamente a detener el flujo de fentanilo y de migrantes ilegales hacia nuestro país.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-02-03',
    venue: { en: 'Post on Truth Social', es: 'Publicación en Truth Social' },
    context: {
      en: 'On the 10,000 National Guard members Mexico pledged to send to its northern border when the tariffs were paused.',
      es: 'Sobre los 10 mil elementos de la Guardia Nacional que México se comprometió a enviar a su frontera norte cuando se pausaron los aranceles.',
    },
    status: 'accurate',
    topics: ['fentanyl', 'cooperation'],
    confidence: 'high',
    references: ['R30'],
  },
  {
    id: 'T5',
    ...saidInEnglish(
      "The cartels are waging war on America, and it's time for America to wage war on the cartels, which we are doing.",
      'Los cárteles le están haciendo la guerra a Estados Unidos, y es hora de que Estados Unidos les haga la guerra a los cárteles, que es lo que estamos haciendo.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-03-04',
    venue: { en: 'Address to a joint session of Congress', es: 'Discurso ante el Congreso en sesión conjunta' },
    context: {
      en: 'Less than two weeks after the US designated eight organizations, among them Mexican cartels, as Foreign Terrorist Organizations.',
      es: 'Menos de dos semanas después de que Estados Unidos designara a ocho organizaciones, entre ellas cárteles mexicanos, como organizaciones terroristas extranjeras.',
    },
    status: 'accurate',
    topics: ['cartels', 'troops'],
    confidence: 'high',
    references: ['R32', 'R31'],
  },
  {
    id: 'T6',
    ...saidInEnglish(
      "Mexico is very, very afraid of the cartels. We want to help her. We want to help Mexico, because you can't run a country like that.",
      'México les tiene mucho, mucho miedo a los cárteles. Queremos ayudarla. Queremos ayudar a México, porque así no se puede gobernar un país.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-04',
    venue: {
      en: 'On Fox News (Spanish-language), mid-April 2025',
      es: 'En Fox News en español, a mediados de abril de 2025',
    },
    context: {
      en: 'Said around the time of the 16 April call; “her” is Sheinbaum.',
      es: 'Dicho en los días de la llamada del 16 de abril; “ayudarla” se refiere a Sheinbaum.',
    },
    status: 'accurate',
    topics: ['cartels', 'troops', 'call'],
    confidence: 'high',
    references: ['R2'],
  },
  {
    id: 'T7',
    ...saidInEnglish(
      "You're standing on a national defense area. This may as well be a military base inside the United States of America.",
      'Están parados en un área de defensa nacional. Esto bien podría ser una base militar dentro de Estados Unidos de América.',
    ),
    variants: [],
    speaker: 'hegseth',
    date: '2025-04-25',
    venue: { en: 'Remarks at Santa Teresa, New Mexico', es: 'Declaraciones en Santa Teresa, Nuevo México' },
    context: {
      en: 'In the New Mexico National Defense Area, set up about a week earlier.',
      es: 'En el Área de Defensa Nacional de Nuevo México, creada alrededor de una semana antes.',
    },
    status: 'accurate',
    topics: ['border-zone'],
    confidence: 'high',
    references: ['R34'],
  },
  {
    id: 'T8',
    ...saidInEnglish(
      'Mexico still must do more to protect Americans from dangerous foreign terrorist organizations and the drugs and violence they flood into communities on both sides of the border.',
      'México todavía debe hacer más para proteger a los estadounidenses de las peligrosas organizaciones terroristas extranjeras y de las drogas y la violencia con que inundan comunidades a ambos lados de la frontera.',
    ),
    variants: [],
    speaker: 'kelly',
    date: '2025-05-02',
    venue: { en: 'Statement to The Wall Street Journal', es: 'Declaración a The Wall Street Journal' },
    context: {
      en: 'The White House’s response in The Wall Street Journal’s report on the clash between Trump and Sheinbaum over the cartels.',
      es: 'La respuesta de la Casa Blanca en la nota de The Wall Street Journal sobre el choque entre Trump y Sheinbaum por los cárteles.',
    },
    status: 'accurate',
    topics: ['cartels', 'fentanyl'],
    confidence: 'high',
    references: ['R2'],
  },
  {
    id: 'T9',
    ...saidInSpanish(
      'La soberanía no se vende; la soberanía se ama y se defiende.',
      'Sovereignty is not for sale; sovereignty is loved and defended.',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-05-03',
    venue: TEXCOCO_SPEECH,
    context: {
      en: 'From the speech in which she recounted rejecting Trump’s proposal of US troops.',
      es: 'Del discurso en el que relató que había rechazado la propuesta de Trump de enviar tropas estadounidenses.',
    },
    status: 'accurate',
    topics: ['troops'],
    confidence: 'high',
    references: ['R5'],
  },
  {
    id: 'T10',
    ...saidInEnglish(
      'If Mexico wanted help with the cartels we would be honored to go in and do it. I told her that.',
      'Si México quisiera ayuda con los cárteles, sería un honor para nosotros entrar y hacerlo. Se lo dije.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-05-04',
    venue: { en: 'Aboard Air Force One', es: 'A bordo del Air Force One' },
    context: {
      en: 'The day after Sheinbaum said she had rejected his proposal to send US troops.',
      es: 'Un día después de que Sheinbaum dijera que había rechazado su propuesta de enviar tropas estadounidenses.',
    },
    status: 'accurate',
    topics: ['troops', 'cartels', 'call'],
    confidence: 'high',
    references: ['R33'],
  },
  {
    id: 'T11',
    ...saidInEnglish(
      "she is so afraid of the cartels that she can't even think straight.",
      'les tiene tanto miedo a los cárteles que ni siquiera puede pensar con claridad.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-05-04',
    venue: { en: 'Aboard Air Force One', es: 'A bordo del Air Force One' },
    context: {
      en: 'Trump on Sheinbaum, in the same remarks.',
      es: 'Trump sobre Sheinbaum, en las mismas declaraciones.',
    },
    status: 'accurate',
    topics: ['troops', 'cartels'],
    confidence: 'high',
    references: ['R33'],
  },
  {
    id: 'T12',
    ...saidInSpanish(
      'Él amablemente pregunta en qué puede ayudar, pero ha sugerido cosas que para nosotros no son aceptables.',
      'He kindly asks how he can help, but he has suggested things that are not acceptable to us.',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-05-06',
    dateApproximate: true,
    venue: { en: 'Press conference', es: 'Conferencia de prensa' },
    context: {
      en: 'On Trump’s offers of help against the cartels. The day is approximate: the remarks were reported on 6 May 2025.',
      es: 'Sobre los ofrecimientos de ayuda de Trump contra los cárteles. La fecha es aproximada: las declaraciones se difundieron el 6 de mayo de 2025.',
    },
    status: 'accurate',
    topics: ['troops', 'call'],
    confidence: 'medium',
    references: ['R16'],
  },
  {
    id: 'T13',
    ...saidInEnglish(
      "Because Mexico's complaint does not plausibly allege that the defendant gun manufacturers aided and abetted gun dealers' unlawful sales of firearms to Mexican traffickers, PLCAA bars the lawsuit.",
      'Dado que la demanda de México no alega de forma verosímil que los fabricantes de armas demandados hayan sido cómplices de las ventas ilegales de armas de fuego de los vendedores de armas a traficantes mexicanos, la PLCAA impide la demanda.',
    ),
    variants: [],
    speaker: 'supreme-court',
    date: '2025-06-05',
    venue: {
      en: 'Opinion of the Court in Smith & Wesson Brands v. Estados Unidos Mexicanos, written by Justice Elena Kagan',
      es: 'Sentencia de la Corte en Smith & Wesson Brands v. Estados Unidos Mexicanos, redactada por la jueza Elena Kagan',
    },
    context: {
      en: 'The unanimous (9–0) ruling on Mexico’s Massachusetts suit against gun makers. The separate suit against five Arizona gun dealers continues.',
      es: 'El fallo unánime (9 votos a 0) sobre la demanda de México en Massachusetts contra los fabricantes de armas. La demanda aparte contra cinco armerías de Arizona sigue en curso.',
    },
    status: 'accurate',
    topics: ['gun-lawsuit', 'arms'],
    confidence: 'high',
    references: ['R26'],
  },
  {
    id: 'T14',
    ...saidInSpanish(
      'Nos coordinamos, colaboramos, pero no nos subordinamos.',
      'We coordinate, we collaborate, but we do not subordinate ourselves.',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-06-26',
    venue: {
      en: 'Reply to US Attorney General Pam Bondi',
      es: 'Respuesta a la fiscal general de Estados Unidos, Pam Bondi',
    },
    context: {
      en: 'Sheinbaum’s answer to remarks by Pam Bondi.',
      es: 'La respuesta de Sheinbaum a unas declaraciones de Pam Bondi.',
    },
    status: 'accurate',
    topics: ['cooperation'],
    confidence: 'high',
    references: ['R35'],
  },
  {
    id: 'T15',
    ...saidInEnglish(
      'Mexico still has not stopped the Cartels, who are trying to turn all of North America into a Narco-Trafficking Playground.',
      'México todavía no ha frenado a los cárteles, que intentan convertir toda Norteamérica en un patio de recreo del narcotráfico.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-07-12',
    venue: { en: 'Letter announcing new tariffs on Mexico', es: 'Carta con la que anunció nuevos aranceles a México' },
    context: {
      en: 'Trump tied new tariffs on Mexico to the cartels.',
      es: 'Trump vinculó los nuevos aranceles a México con los cárteles.',
    },
    status: 'accurate',
    topics: ['cartels', 'fentanyl'],
    confidence: 'high',
    references: ['R36'],
  },
  {
    id: 'T16',
    ...saidInSpanish(
      'No, no, Estados Unidos no va a venir a México con los militares. Cooperamos, colaboramos, pero no va a haber invasión. Eso está descartado, absolutamente descartado.',
      'No, no, the United States is not going to come to Mexico with the military. We cooperate, we collaborate, but there will be no invasion. That is ruled out, absolutely ruled out.',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-08-08',
    venue: PUBLIC_REMARKS,
    context: {
      en: 'Sheinbaum ruled out any US military incursion into Mexico.',
      es: 'Sheinbaum descartó cualquier incursión militar estadounidense en México.',
    },
    status: 'accurate',
    topics: ['troops', 'cooperation'],
    confidence: 'high',
    references: ['R37'],
  },
  {
    id: 'T17',
    ...saidInEnglish('Mexico does what we tell them to do.', 'México hace lo que le decimos que haga.'),
    variants: [],
    speaker: 'trump',
    date: '2025-08-14',
    venue: PUBLIC_REMARKS,
    context: {
      en: 'Sheinbaum answered: “en México el pueblo manda” (in Mexico, the people rule).',
      es: 'Sheinbaum respondió: “en México el pueblo manda”.',
    },
    status: 'accurate',
    topics: ['cooperation', 'troops'],
    confidence: 'high',
    references: ['R38'],
  },
  {
    id: 'T18',
    ...saidInSpanish('en México el pueblo manda', 'in Mexico, the people rule'),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-08-14',
    venue: PUBLIC_REMARKS,
    context: {
      en: 'Her answer to Trump’s remark that “Mexico does what we tell them to do.”',
      es: 'Su respuesta a la frase de Trump según la cual México hace lo que Estados Unidos le dice.',
    },
    status: 'accurate',
    topics: ['cooperation', 'troops'],
    confidence: 'high',
    references: ['R38'],
  },
  {
    id: 'T19',
    ...saidInSpanish(
      'un marco de colaboración sin subordinación, entre naciones iguales',
      'a framework of collaboration without subordination, between equal nations',
    ),
    variants: [],
    speaker: 'sheinbaum',
    date: '2025-09',
    venue: PUBLIC_REMARKS,
    context: {
      en: 'On security cooperation with the United States, on 2 or 3 September 2025, as Marco Rubio spoke of the same cooperation.',
      es: 'Sobre la cooperación en seguridad con Estados Unidos, el 2 o el 3 de septiembre de 2025, cuando Marco Rubio se refería a esa misma cooperación.',
    },
    status: 'accurate',
    topics: ['cooperation'],
    confidence: 'high',
    references: ['R39'],
  },
  {
    id: 'T20',
    ...saidInEnglish(
      "It's the closest cooperation we've ever had",
      'Es la cooperación más estrecha que hemos tenido jamás',
    ),
    variants: [],
    speaker: 'rubio',
    date: '2025-09',
    venue: PUBLIC_REMARKS,
    context: {
      en: 'On security cooperation with Mexico, on 2 or 3 September 2025.',
      es: 'Sobre la cooperación en seguridad con México, el 2 o el 3 de septiembre de 2025.',
    },
    status: 'accurate',
    topics: ['cooperation'],
    confidence: 'high',
    references: ['R40'],
  },
  {
    id: 'T21',
    ...saidInEnglish(
      "Would I launch strikes in Mexico to stop drugs? It's OK with me.",
      '¿Lanzaría ataques en México para frenar las drogas? Por mí, está bien.',
    ),
    variants: [],
    speaker: 'trump',
    date: '2025-11-17',
    venue: { en: 'Oval Office', es: 'Despacho Oval' },
    context: {
      en: 'Trump on possible US strikes in Mexico against drug trafficking.',
      es: 'Trump sobre posibles ataques estadounidenses en México contra el narcotráfico.',
    },
    status: 'accurate',
    topics: ['troops', 'fentanyl', 'cartels'],
    confidence: 'high',
    references: ['R41'],
  },
];

export const quotes: Quote[] = [...sourceQuotes, ...contextQuotes];
