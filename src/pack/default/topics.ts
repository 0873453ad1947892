import { type Bilingual, TOPIC_IDS, type Topic, type TopicId } from '../types';
import { topicLexicons } from './lexicon';

const about: Record<TopicId, { name: Bilingual; description: Bilingual }> = {
  troops: {
    name: { en: 'US troops and sovereignty', es: 'Tropas estadounidenses y soberanía' },
    description: {
      en: "Proposals and talk in Washington of US military action against the cartels inside Mexico, and Mexico's refusal in the name of its sovereignty.",
      es: 'Las propuestas de Estados Unidos y sus declaraciones sobre acciones militares contra los cárteles dentro de México, y el rechazo de México en nombre de su soberanía.',
    },
  },
  call: {
    name: { en: 'The Sheinbaum–Trump calls', es: 'Las llamadas entre Sheinbaum y Trump' },
    description: {
      en: 'The phone calls between the two presidents, among them the call of 16 April 2025, and what each side later said about them.',
      es: 'Las llamadas telefónicas entre ambos presidentes, entre ellas la del 16 de abril de 2025, y lo que cada parte dijo después sobre ellas.',
    },
  },
  fentanyl: {
    name: { en: 'Fentanyl and tariffs', es: 'Fentanilo y aranceles' },
    description: {
      en: 'US accusations over the flow of drugs, fentanyl above all, and the tariffs Washington ordered on Mexico and Canada over them.',
      es: 'Las acusaciones de Estados Unidos por el flujo de drogas, sobre todo de fentanilo, y los aranceles que Washington ordenó contra México y Canadá por ese motivo.',
    },
  },
  cartels: {
    name: { en: 'Cartels and cartel violence', es: 'Cárteles y violencia del narcotráfico' },
    description: {
      en: 'Violence by drug cartels in Mexico, and the US designation on 20 February 2025 of eight organizations, among them the Sinaloa Cartel and the CJNG, as Foreign Terrorist Organizations.',
      es: 'La violencia de los cárteles en México y la designación por parte de Estados Unidos, el 20 de febrero de 2025, de ocho organizaciones —entre ellas el Cártel de Sinaloa y el CJNG— como organizaciones terroristas extranjeras.',
    },
  },
  arms: {
    name: { en: 'Arms trafficking into Mexico', es: 'Tráfico de armas hacia México' },
    description: {
      en: 'The flow of firearms from the United States into Mexico, a long-standing Mexican complaint, and the US measures against it.',
      es: 'El flujo de armas de fuego de Estados Unidos hacia México, un viejo reclamo mexicano, y las medidas de Washington para frenarlo.',
    },
  },
  'gun-lawsuit': {
    name: {
      en: "Mexico's lawsuits against the gun industry",
      es: 'Las demandas de México contra la industria de las armas',
    },
    description: {
      en: "Mexico's 2021 suit against Smith & Wesson and other gun makers in Massachusetts, which the US Supreme Court held barred by federal law on 5 June 2025, and its 2022 suit against five Arizona gun dealers.",
      es: 'La demanda que México presentó en 2021 en Massachusetts contra Smith & Wesson y otros fabricantes de armas, que la Corte Suprema de Estados Unidos declaró improcedente por ley federal el 5 de junio de 2025, y la de 2022 contra cinco armerías de Arizona.',
    },
  },
  'border-zone': {
    name: { en: 'Military zones on the border', es: 'Zonas militares en la frontera' },
    description: {
      en: 'The National Defense Areas set up along the US southern border from April 2025, where troops may detain trespassers and hand them over to Customs and Border Protection.',
      es: 'Las Áreas de Defensa Nacional creadas a lo largo de la frontera sur de Estados Unidos desde abril de 2025, donde los militares pueden detener a quienes entren sin autorización y entregarlos a la Oficina de Aduanas y Protección Fronteriza (CBP).',
    },
  },
  cooperation: {
    name: { en: 'Security cooperation', es: 'Cooperación en seguridad' },
    description: {
      en: "Information sharing, Mexico's transfers of cartel prisoners to the United States, its National Guard deployment to the border, and the collaboration without subordination Mexico insists on.",
      es: 'El intercambio de información, los traslados a Estados Unidos de presos ligados a los cárteles, el despliegue de la Guardia Nacional en la frontera y la colaboración sin subordinación que defiende México.',
    },
  },
};

export const topics: Topic[] = TOPIC_IDS.map((id) => ({
  id,
  ...about[id],
  lexicon: topicLexicons[id],
}));
