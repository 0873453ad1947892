import type { Bilingual, Caveat } from '../types';

const CHECKED_ACCURATE: Bilingual = { en: 'Checked: accurate', es: 'Verificado: correcto' };

/** The source's claims, sentence by sentence: what it says, what is wrong, what happened. */
export const caveats: Caveat[] = [
  {
    id: 'C1',
    claim: 'Mexico’s first female president',
    verdict: 'accurate',
    verdictLabel: CHECKED_ACCURATE,
    explanation: {
      en: 'Correct. Claudia Sheinbaum was sworn in on 1 October 2024 as the first woman to be president of Mexico.',
      es: 'Correcto. Claudia Sheinbaum rindió protesta el 1 de octubre de 2024 como la primera mujer en ocupar la presidencia de México.',
    },
    severity: 'none',
    topics: [],
    quotes: [],
    references: ['R1'],
  },
  {
    id: 'C2',
    claim: 'On April 16, she had a catalytic phone call with former U.S. President Donald Trump.',
    verdict: 'wrong',
    verdictLabel: { en: 'Wrong office', es: 'Cargo equivocado' },
    explanation: {
      en: 'In April 2025 Trump was not a former president but the sitting one, in his second term since 20 January 2025. The date is right: the call took place on 16 April 2025 and lasted about 45 minutes, according to The Wall Street Journal. Both sides called it “very productive” (Trump on Truth Social, Sheinbaum on X, both on 17 April), and at her press conference of 21 April Sheinbaum described it as a call about tariffs on steel, aluminum and cars. “Catalytic” is the writer’s own word.',
      es: 'En abril de 2025 Trump no era expresidente, sino el presidente en funciones, en su segundo mandato desde el 20 de enero de 2025. La fecha es correcta: la llamada fue el 16 de abril de 2025 y duró unos 45 minutos, según The Wall Street Journal. Ambas partes la calificaron de muy productiva (Trump en Truth Social y Sheinbaum en X, los dos el 17 de abril), y en su conferencia de prensa del 21 de abril Sheinbaum explicó que la llamada trató sobre los aranceles al acero, al aluminio y a los automóviles. “Catalytic” (catalizadora) es una palabra del autor.',
    },
    severity: 'high',
    topics: ['call'],
    quotes: [],
    references: ['R2', 'R3', 'R4'],
  },
  {
    id: 'C3',
    claim: 'Throughout the call, Sheinbaum vehemently opposed Trump’s proposal to send U.S. troops into Mexico.',
    verdict: 'overstated',
    verdictLabel: { en: 'Overstated', es: 'Exagerado' },
    explanation: {
      en: 'Not throughout the call. According to The Wall Street Journal’s sources, the tension came only toward the end, when Trump pushed for US forces to take a leading role against the cartels. On 3 May Sheinbaum said the report was “true … but not as described”, and that the offer had come up “in some of the calls”.',
      es: 'No fue durante toda la llamada. Según las fuentes de The Wall Street Journal, la tensión surgió solo hacia el final, cuando Trump insistió en que fuerzas estadounidenses encabezaran la lucha contra los cárteles. El 3 de mayo, Sheinbaum dijo que la nota era cierta, pero no como se había descrito, y que el ofrecimiento había surgido en algunas de las llamadas.',
    },
    severity: 'medium',
    topics: ['call', 'troops'],
    quotes: [],
    references: ['R2', 'R5'],
  },
  {
    id: 'C4',
    claim:
      'She erased her previous departures from the orthodoxy by emphasizing her unyielding devotion to national sovereignty.',
    verdict: 'unsupported',
    verdictLabel: { en: 'Unsupported and garbled', es: 'Sin sustento y confuso' },
    explanation: {
      en: 'No source names any “departures from the orthodoxy” that she erased. Her cooperation with Washington went on alongside the talk of sovereignty: Mexico sent 10,000 National Guard members to the border in February 2025 and transferred cartel prisoners to the United States, 29 in February and 26 in August 2025.',
      es: 'Ninguna fuente menciona esas supuestas desviaciones de la ortodoxia que habría borrado. Su cooperación con Washington continuó a la par del discurso sobre la soberanía: México envió en febrero de 2025 a 10 mil elementos de la Guardia Nacional a la frontera, y trasladó a Estados Unidos a presos ligados a los cárteles: 29 en febrero y 26 en agosto de 2025.',
    },
    severity: 'low',
    topics: ['cooperation', 'troops'],
    quotes: [],
    references: [],
  },
  {
    id: 'C5',
    claim: 'For almost twenty years, both countries have been plagued by cross-border violence.',
    verdict: 'garbled',
    verdictLabel: { en: 'Garbled', es: 'Distorsionado' },
    explanation: {
      en: 'Wire copy spoke of a wave of violence in Mexico lasting nearly two decades, counted from the militarized offensive launched in December 2006. The source turns it into cross-border violence plaguing both countries.',
      es: 'Los despachos de agencia hablaban de una ola de violencia en México que dura casi dos décadas, contada desde la ofensiva militarizada iniciada en diciembre de 2006. La fuente la convierte en una violencia transfronteriza que azota a ambos países.',
    },
    severity: 'low',
    topics: ['cartels'],
    quotes: [],
    references: ['R6'],
  },
  {
    id: 'C6',
    claim:
      'In her conversation with Trump, Sheinbaum stated, “We will never accept the presence of the United States army in our territory.”',
    verdict: 'wrong-context',
    verdictLabel: { en: 'Wrong context', es: 'Contexto equivocado' },
    explanation: {
      en: 'The words match what Sheinbaum said, but the source places them in the call, and there is no record of the call itself. She said them in Spanish in a public speech on Saturday 3 May 2025, at the inauguration of a university campus in Texcoco, State of Mexico, recounting what she had told Trump, after The Wall Street Journal’s report of 2 May. Whether she used these words in the call cannot be checked.',
      es: 'Las palabras coinciden con lo que dijo Sheinbaum, pero la fuente las sitúa en la llamada, y no existe registro de la llamada en sí. Las pronunció en español en un discurso público el sábado 3 de mayo de 2025, en la inauguración de un plantel universitario en Texcoco, Estado de México, al relatar lo que le había dicho a Trump, tras la nota de The Wall Street Journal del 2 de mayo. No es posible comprobar si las usó durante la llamada.',
    },
    severity: 'medium',
    topics: ['troops', 'call'],
    quotes: ['Q1'],
    references: ['R5', 'R7', 'R8'],
  },
  {
    id: 'C7',
    claim:
      'Her comment illustrates her fiery commitment to defend Mexico’s sovereignty. She is unapologetic in the face of increasing U.S. pressure on drug-related violence and trafficking.',
    verdict: 'opinion',
    verdictLabel: { en: 'Opinion', es: 'Opinión' },
    explanation: {
      en: '“Fiery commitment” and “unapologetic” are the writer’s characterizations, not facts that can be checked.',
      es: '“Fiery commitment” (compromiso ferviente) y “unapologetic” (sin complejos) son valoraciones del autor, no hechos que puedan verificarse.',
    },
    severity: 'low',
    topics: ['troops'],
    quotes: [],
    references: [],
  },
  {
    id: 'C8',
    claim:
      'Sheinbaum then pointed to a tragic milestone: over 450,000 Mexicans have been killed as a result of violence from drug cartels.',
    verdict: 'misattributed',
    verdictLabel: { en: 'Doubtful attribution; figure mischaracterized', es: 'Atribución dudosa; cifra mal descrita' },
    explanation: {
      en: 'In AFP’s copy the figure is background, not words attributed to Sheinbaum: “more than 450,000 lives” lost over nearly two decades. It counts all homicides recorded since December 2006, not killings shown to be the work of cartels, and it leaves out the disappeared, reported to number more than 100,000.',
      es: 'En la nota de AFP, la cifra es un dato de contexto, no palabras atribuidas a Sheinbaum: más de 450 mil vidas perdidas en casi dos décadas. Abarca todos los homicidios registrados desde diciembre de 2006, no solo los asesinatos cuya autoría por parte de los cárteles esté demostrada, y deja fuera a las personas desaparecidas, que según los reportes superan las 100 mil.',
    },
    severity: 'high',
    unverified: {
      en: 'That Sheinbaum cited this figure at all is unverified, and unlikely: Spanish-language accounts of her speech of 3 May contain no such figure.',
      es: 'No está verificado que Sheinbaum citara esta cifra, y es poco probable: las crónicas en español de su discurso del 3 de mayo no la mencionan.',
    },
    topics: ['cartels'],
    quotes: [],
    references: ['R6', 'R9'],
  },
  {
    id: 'C9',
    claim: 'Yet, for the last 20 years, this shocking trend has continued unabated.',
    verdict: 'inaccurate',
    verdictLabel: { en: 'Inaccurate', es: 'Inexacto' },
    explanation: {
      en: 'The trend has not continued unabated. Homicides peaked in 2018–19, at about 100 a day, and have fallen since: the daily average was 86.9 in September 2024, 65.3 in February 2025 and 54.5 in October 2025, according to Mexico’s Executive Secretariat of the National Public Security System (SESNSP). These are government figures, and they are disputed in Mexico.',
      es: 'La tendencia no ha seguido sin freno. Los homicidios alcanzaron su máximo en 2018 y 2019, con unos 100 al día, y desde entonces han bajado: el promedio diario fue de 86.9 en septiembre de 2024, 65.3 en febrero de 2025 y 54.5 en octubre de 2025, según el Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP). Son cifras oficiales, cuestionadas en México.',
    },
    severity: 'medium',
    topics: ['cartels'],
    quotes: [],
    references: ['R10', 'R11'],
  },
  {
    id: 'C10',
    claim:
      'During his time as president, Trump’s administration has blamed both Mexico and Canada for the influx of illegal drugs — specifically fentanyl — into the United States.',
    verdict: 'accurate',
    verdictLabel: CHECKED_ACCURATE,
    explanation: {
      en: 'Correct. On 1 February 2025 Trump signed orders under the IEEPA emergency powers law setting 25% tariffs on Mexico and Canada over drugs and migration; on 3 February, after phone calls, they were paused for 30 days. A White House fact sheet alleged an “intolerable alliance” between the cartels and Mexico’s government.',
      es: 'Correcto. El 1 de febrero de 2025, Trump firmó órdenes al amparo de la ley de poderes de emergencia IEEPA que fijaban aranceles del 25% a México y Canadá por las drogas y la migración; el 3 de febrero, tras unas llamadas telefónicas, quedaron en pausa durante 30 días. Una hoja informativa de la Casa Blanca sostuvo que existía una “alianza intolerable” entre los cárteles y el gobierno de México.',
    },
    severity: 'none',
    topics: ['fentanyl'],
    quotes: [],
    references: ['R12', 'R13'],
  },
  {
    id: 'C11',
    claim: 'In response to the environmental accusations',
    verdict: 'inaccurate',
    verdictLabel: { en: 'Inaccurate: nothing environmental', es: 'Inexacto: nada ambiental' },
    explanation: {
      en: 'There were no environmental accusations. Washington’s accusations concerned drugs, fentanyl above all, migration, and alleged ties between the Mexican government and the cartels. And Sheinbaum’s offer of cooperation answered the proposal to send US troops, not those accusations.',
      es: 'No hubo acusaciones ambientales. Las acusaciones de Washington se referían a las drogas, sobre todo al fentanilo, a la migración y a supuestos vínculos entre el gobierno de México y los cárteles. Además, el ofrecimiento de cooperación de Sheinbaum respondía a la propuesta de enviar tropas estadounidenses, no a esas acusaciones.',
    },
    severity: 'high',
    topics: ['fentanyl', 'cooperation'],
    quotes: [],
    references: ['R12', 'R13'],
  },
  {
    id: 'C12',
    claim:
      'Sheinbaum proposed that Mexico and the U.S. step up cooperation efforts. She reiterated the need for more information sharing to fight drug trafficking more efficiently.',
    verdict: 'accurate',
    verdictLabel: CHECKED_ACCURATE,
    explanation: {
      en: 'Correct in substance. Sheinbaum offered cooperation and information sharing on 3 May 2025, in the same speech in which she rejected US troops. A small point: the source leaves out that the offer came in the same breath as the refusal, “Podemos compartir información, pero nunca vamos a aceptar …” (We can share information, but we will never accept …), and presents it as an answer to accusations instead.',
      es: 'Correcto en lo esencial. Sheinbaum ofreció cooperación e intercambio de información el 3 de mayo de 2025, en el mismo discurso en que rechazó la presencia de tropas estadounidenses. Un detalle menor: la fuente omite que el ofrecimiento llegó en la misma frase que la negativa, “Podemos compartir información, pero nunca vamos a aceptar…”, y lo presenta en cambio como respuesta a unas acusaciones.',
    },
    severity: 'low',
    topics: ['cooperation'],
    quotes: ['Q1'],
    references: ['R5', 'R6'],
  },
  {
    id: 'C13',
    claim: 'This issue has led to both countries’ greatest level of contention.',
    verdict: 'unsupported',
    verdictLabel: { en: 'Unsupported', es: 'Sin sustento' },
    explanation: {
      en: 'Nothing supports ranking arms trafficking as the greatest point of contention. Mexico has long demanded that the United States curb the flow of weapons south, but the main flashpoints of 2025 were tariffs, fentanyl, and US troops and Mexico’s sovereignty.',
      es: 'Nada respalda que el tráfico de armas sea el mayor punto de discordia. México lleva años exigiendo a Estados Unidos que frene el flujo de armas hacia el sur, pero los principales focos de tensión en 2025 fueron los aranceles, el fentanilo y el envío de tropas estadounidenses frente a la soberanía de México.',
    },
    severity: 'low',
    topics: ['arms'],
    quotes: [],
    references: [],
  },
  {
    id: 'C14',
    claim:
      'The former president has insisted on the need for measures to prevent weapons from entering Mexico from the U.S., stating, “to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.”',
    verdict: 'misattributed',
    verdictLabel: { en: 'Misattributed', es: 'Cita mal atribuida' },
    explanation: {
      en: 'These are not Trump’s words. They are Sheinbaum’s, from her speech of 3 May 2025 in Texcoco, in AFP’s English translation, and “our country” is Mexico. She was describing an order she said Trump had given “yesterday”, Friday 2 May: that day, at the Mariposa port of entry in Nogales, the Justice Department, the ATF and CBP said Trump and Attorney General Pam Bondi had directed federal agencies to crack down on southbound firearms trafficking. Sheinbaum later called the move “histórico” (historic). Trump, again called “the former president”, was the sitting president.',
      es: 'No son palabras de Trump. Son de Sheinbaum, de su discurso del 3 de mayo de 2025 en Texcoco, en la traducción al inglés de AFP, y “nuestro país” es México. Describía una orden que, según dijo, Trump había dado “el día de ayer”, el viernes 2 de mayo: ese día, en el puerto de entrada de Mariposa, en Nogales, el Departamento de Justicia, la ATF y la CBP informaron que Trump y la fiscal general Pam Bondi habían ordenado a las agencias federales actuar con mano dura contra el tráfico de armas hacia el sur. Más tarde, Sheinbaum se refirió a la medida como algo “histórico”. Trump, a quien la fuente vuelve a llamar “expresidente”, era el presidente en funciones.',
    },
    severity: 'high',
    unverified: {
      en: 'No formal executive order behind this directive has been found.',
      es: 'No se ha encontrado ninguna orden ejecutiva formal que respalde esta directiva.',
    },
    topics: ['arms'],
    quotes: ['Q2'],
    references: ['R14', 'R15', 'R16', 'R17'],
  },
  {
    id: 'C15',
    claim: 'Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico.',
    verdict: 'inaccurate',
    verdictLabel: { en: 'Wrong agency and wrong date', es: 'Dependencia y fecha equivocadas' },
    explanation: {
      en: 'The zone was set up neither by Homeland Security nor in September. On Friday 11 April 2025 Trump signed the memorandum “Military Mission for Sealing the Southern Border of the United States and Repelling Invasions” (NSPM-4); on 15 April the Interior Department transferred about 109,651 acres to the Army; and around 18 April 2025 the Army, under the Department of Defense, set up the New Mexico National Defense Area. By September 2025 there were four such areas, in New Mexico, Texas and Arizona. The source’s “one such zone” refers to nothing mentioned before it.',
      es: 'La zona no la creó el Departamento de Seguridad Nacional, ni fue en septiembre. El viernes 11 de abril de 2025, Trump firmó el memorando “Military Mission for Sealing the Southern Border of the United States and Repelling Invasions” (NSPM-4), sobre la misión militar para sellar la frontera sur y repeler invasiones; el 15 de abril, el Departamento del Interior transfirió al Ejército unos 109,651 acres, y hacia el 18 de abril de 2025 el Ejército, bajo el Departamento de Defensa, estableció el Área de Defensa Nacional de Nuevo México. Para septiembre de 2025 ya había cuatro áreas de este tipo, en Nuevo México, Texas y Arizona. El “one such zone” (una zona así) de la fuente no remite a nada mencionado antes.',
    },
    severity: 'high',
    topics: ['border-zone'],
    quotes: [],
    references: ['R18', 'R19', 'R20', 'R21'],
  },
  {
    id: 'C16',
    claim:
      'Because under here, for the first time, military personnel are now allowed to take migrants in their custody that irregularly cross the border.',
    verdict: 'garbled',
    verdictLabel: { en: 'Garbled, but the gist is right', es: 'Confuso, aunque correcto en lo esencial' },
    explanation: {
      en: 'The sentence is garbled, but the gist is right: from 21 April 2025 troops were authorized to detain and search trespassers in the National Defense Area and hand them over to Customs and Border Protection. The first detentions by troops were reported in early June 2025.',
      es: 'La frase es confusa, pero en lo esencial es correcta: desde el 21 de abril de 2025 los militares quedaron autorizados para detener y registrar a quienes entren sin autorización en el Área de Defensa Nacional y entregarlos a la Oficina de Aduanas y Protección Fronteriza (CBP). Las primeras detenciones a cargo de militares se reportaron a principios de junio de 2025.',
    },
    severity: 'low',
    topics: ['border-zone'],
    quotes: [],
    references: ['R22', 'R23'],
  },
  {
    id: 'C17',
    claim:
      'Like that order – which Trump issued on a Friday, the day when many bad ideas go to die – such details are lacking.',
    verdict: 'opinion',
    verdictLabel: { en: 'Opinion; unclear reference', es: 'Opinión; referencia ambigua' },
    explanation: {
      en: '“The day when many bad ideas go to die” is the writer’s editorial aside, apparently a garble of the “Friday news dump”. “That order” is ambiguous: it could be the border memorandum Trump signed on Friday 11 April 2025, or the directive against gun trafficking that Sheinbaum cited, from Friday 2 May 2025. “Such details” refers to nothing stated before.',
      es: '“The day when many bad ideas go to die” (el día en que muchas malas ideas van a morir) es un comentario editorial del autor, al parecer una versión deformada del “Friday news dump”, la costumbre de difundir las malas noticias en viernes. “That order” (esa orden) es ambigua: puede ser el memorando fronterizo que Trump firmó el viernes 11 de abril de 2025 o la directiva contra el tráfico de armas que citó Sheinbaum, del viernes 2 de mayo de 2025. “Such details” (tales detalles) no remite a nada dicho antes.',
    },
    severity: 'low',
    topics: ['border-zone', 'arms'],
    quotes: [],
    references: ['R14', 'R18'],
  },
  {
    id: 'C18',
    claim:
      'Sheinbaum’s administration has led the way on legal action against U.S. gun manufacturers. They’re going after these companies for contributing to sex trafficking and homicides in Mexico',
    verdict: 'inaccurate',
    verdictLabel: { en: 'Wrong government, wrong charge', es: 'Gobierno y acusación equivocados' },
    explanation: {
      en: 'Sheinbaum’s government did not lead this legal action; it inherited it. Mexico sued Smith & Wesson and other gun makers in federal court in Massachusetts (Estados Unidos Mexicanos v. Smith & Wesson Brands et al., 1:21-cv-11269) on 4 August 2021, under President López Obrador, with Marcelo Ebrard at the foreign ministry. The suit alleged negligent facilitation of arms trafficking to the cartels, not sex trafficking. A second suit, against five Arizona gun dealers, followed in October 2022. On 5 June 2025 the US Supreme Court ruled 9–0, in an opinion by Justice Kagan, that a federal law, the PLCAA, bars the Massachusetts suit; the Arizona case continues.',
      es: 'El gobierno de Sheinbaum no encabezó esta acción legal: la heredó. México demandó a Smith & Wesson y a otros fabricantes de armas ante un tribunal federal de Massachusetts (Estados Unidos Mexicanos v. Smith & Wesson Brands et al., 1:21-cv-11269) el 4 de agosto de 2021, durante el gobierno de Andrés Manuel López Obrador, con Marcelo Ebrard al frente de la Cancillería. La demanda alegaba que las empresas facilitaban por negligencia el tráfico de armas hacia los cárteles, no la trata sexual. En octubre de 2022 siguió una segunda demanda, contra cinco armerías de Arizona. El 5 de junio de 2025, la Corte Suprema de Estados Unidos resolvió por 9 votos a 0, con una sentencia redactada por la jueza Kagan, que una ley federal, la PLCAA, impide la demanda de Massachusetts; el caso de Arizona sigue en curso.',
    },
    severity: 'high',
    topics: ['gun-lawsuit', 'arms'],
    quotes: [],
    references: ['R24', 'R25', 'R26', 'R27', 'R28'],
  },
  {
    id: 'C19',
    claim:
      'The U.S. National Security Council has echoed concerns about drug-related violence, declaring it “crystal clear that Mexico must do more to combat these gangs and cartels,” while reaffirming America’s readiness to assist in combating these issues together.',
    verdict: 'truncated',
    verdictLabel: { en: 'Truncated', es: 'Cita recortada' },
    explanation: {
      en: 'The words come from a statement by NSC spokesman James Hewitt on Saturday 3 May 2025, reported by AP. Its subject is the President: “The President has been crystal clear that Mexico must do more …”. Its second half reads: “the United States stands ready to assist and expand the already close cooperation between our two countries.” And it spoke of threats to American communities, not of violence in Mexico.',
      es: 'Las palabras proceden de una declaración del portavoz del Consejo de Seguridad Nacional, James Hewitt, del sábado 3 de mayo de 2025, difundida por AP. Su sujeto es el presidente: “The President has been crystal clear that Mexico must do more…” (el presidente ha dejado muy claro que México debe hacer más). Su segunda mitad dice que Estados Unidos está dispuesto a ayudar y a ampliar la ya estrecha cooperación entre ambos países. Además, hablaba de amenazas para las comunidades estadounidenses, no de la violencia en México.',
    },
    severity: 'low',
    topics: ['cartels', 'cooperation'],
    quotes: ['Q3'],
    references: ['R8'],
  },
];
