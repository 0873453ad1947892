import type { Person } from '../types';

/**
 * Who speaks in the dispute, or is named as speaking. The aliases are the names the press uses,
 * per language, so a page's attribution of a quote can be matched to a person.
 */
export const people: Person[] = [
  {
    id: 'sheinbaum',
    name: 'Claudia Sheinbaum',
    role: {
      en: 'President of Mexico since 1 October 2024',
      es: 'Presidenta de México desde el 1 de octubre de 2024',
    },
    aliases: {
      en: [
        'Claudia Sheinbaum',
        'Sheinbaum',
        'President Sheinbaum',
        'President Claudia Sheinbaum',
        'Mexican President Claudia Sheinbaum',
        "Mexico's president",
        'the Mexican president',
        'the Mexican leader',
      ],
      es: [
        'Claudia Sheinbaum',
        'Claudia Sheinbaum Pardo',
        'Sheinbaum',
        'la presidenta',
        'la mandataria',
        'la presidenta Sheinbaum',
        'la presidenta Claudia Sheinbaum',
        'la presidenta de México',
        'la mandataria mexicana',
        'la jefa del Ejecutivo',
      ],
    },
    speaksFor: ['mexican-government'],
  },
  {
    id: 'trump',
    name: 'Donald Trump',
    role: {
      en: 'President of the United States, in his second term since 20 January 2025',
      es: 'Presidente de Estados Unidos, en su segundo mandato desde el 20 de enero de 2025',
    },
    aliases: {
      en: [
        'Donald Trump',
        'Trump',
        'President Trump',
        'President Donald Trump',
        'US President Donald Trump',
        'U.S. President Donald Trump',
        'the US president',
        'the U.S. president',
      ],
      es: [
        'Donald Trump',
        'Trump',
        'el presidente Trump',
        'el presidente Donald Trump',
        'el mandatario estadounidense',
        'el presidente de Estados Unidos',
        'el presidente estadounidense',
        'el republicano',
      ],
    },
    speaksFor: ['white-house'],
  },
  {
    id: 'hewitt',
    name: 'James Hewitt',
    role: {
      en: 'Spokesman for the US National Security Council',
      es: 'Portavoz del Consejo de Seguridad Nacional de Estados Unidos',
    },
    aliases: {
      en: [
        'James Hewitt',
        'Hewitt',
        'NSC spokesman James Hewitt',
        'National Security Council spokesman James Hewitt',
        'National Security Council spokesman',
      ],
      es: [
        'James Hewitt',
        'Hewitt',
        'el portavoz del Consejo de Seguridad Nacional',
        'el vocero del Consejo de Seguridad Nacional',
      ],
    },
    speaksFor: ['nsc'],
  },
  {
    id: 'nsc',
    name: 'US National Security Council',
    localName: { en: 'US National Security Council', es: 'Consejo de Seguridad Nacional de Estados Unidos' },
    kind: 'organization',
    role: {
      en: 'The council that advises the US president on national security',
      es: 'El consejo que asesora al presidente de Estados Unidos en materia de seguridad nacional',
    },
    aliases: {
      en: ['National Security Council', 'U.S. National Security Council', 'US National Security Council', 'NSC'],
      es: ['Consejo de Seguridad Nacional', 'el Consejo de Seguridad Nacional de Estados Unidos'],
    },
    speaksFor: ['white-house'],
  },
  {
    id: 'white-house',
    name: 'The White House',
    localName: { en: 'The White House', es: 'La Casa Blanca' },
    kind: 'organization',
    role: {
      en: 'The office of the US president, speaking as an institution',
      es: 'La Presidencia de Estados Unidos, cuando se expresa como institución',
    },
    aliases: {
      en: ['the White House', 'White House'],
      es: ['la Casa Blanca', 'Casa Blanca'],
    },
    speaksFor: ['us-government'],
  },
  {
    id: 'kelly',
    name: 'Anna Kelly',
    role: {
      en: 'White House spokeswoman',
      es: 'Vocera de la Casa Blanca',
    },
    aliases: {
      en: ['Anna Kelly', 'White House spokeswoman Anna Kelly', 'White House spokesperson Anna Kelly'],
      es: ['Anna Kelly', 'la vocera de la Casa Blanca', 'la portavoz de la Casa Blanca'],
    },
    speaksFor: ['white-house'],
  },
  {
    id: 'rubio',
    name: 'Marco Rubio',
    role: {
      en: 'US Secretary of State',
      es: 'Secretario de Estado de Estados Unidos',
    },
    aliases: {
      en: ['Marco Rubio', 'Rubio', 'Secretary of State Marco Rubio', 'Secretary Rubio'],
      es: ['Marco Rubio', 'Rubio', 'el secretario de Estado', 'el secretario de Estado Marco Rubio'],
    },
    speaksFor: ['state-department'],
  },
  {
    id: 'hegseth',
    name: 'Pete Hegseth',
    role: {
      en: 'US Secretary of Defense',
      es: 'Secretario de Defensa de Estados Unidos',
    },
    aliases: {
      en: ['Pete Hegseth', 'Hegseth', 'Defense Secretary Pete Hegseth', 'Secretary Hegseth'],
      es: ['Pete Hegseth', 'Hegseth', 'el secretario de Defensa', 'el jefe del Pentágono'],
    },
    speaksFor: ['defense-department'],
  },
  {
    id: 'bondi',
    name: 'Pam Bondi',
    role: {
      en: 'US Attorney General',
      es: 'Fiscal general de Estados Unidos',
    },
    aliases: {
      en: ['Pam Bondi', 'Bondi', 'Attorney General Pam Bondi', 'AG Bondi'],
      es: ['Pam Bondi', 'Bondi', 'la fiscal general', 'la fiscal general Pam Bondi'],
    },
    speaksFor: ['justice-department'],
  },
  {
    id: 'supreme-court',
    name: 'US Supreme Court',
    localName: { en: 'US Supreme Court', es: 'Corte Suprema de Estados Unidos' },
    kind: 'organization',
    role: {
      en: "The highest US court; Justice Elena Kagan wrote its unanimous opinion on Mexico's suit against gun makers",
      es: 'El máximo tribunal de Estados Unidos; la jueza Elena Kagan redactó su fallo unánime sobre la demanda de México contra los fabricantes de armas',
    },
    aliases: {
      en: [
        'Supreme Court',
        'the Supreme Court',
        'US Supreme Court',
        'U.S. Supreme Court',
        'Justice Elena Kagan',
        'Justice Kagan',
        'Elena Kagan',
        'Kagan',
      ],
      es: [
        'la Corte Suprema de Estados Unidos',
        'Corte Suprema de Estados Unidos',
        'la Suprema Corte de Estados Unidos',
        'la jueza Elena Kagan',
        'la jueza Kagan',
        'Elena Kagan',
        'Kagan',
      ],
    },
  },
  {
    id: 'us-government',
    name: 'US government',
    localName: { en: 'The US government', es: 'El gobierno de Estados Unidos' },
    kind: 'organization',
    role: {
      en: 'The federal government of the United States, as the press names the administration',
      es: 'El gobierno federal de Estados Unidos, como la prensa llama a la administración',
    },
    aliases: {
      en: [
        'US government',
        'U.S. government',
        'United States government',
        'the American government',
        'Trump administration',
        'US administration',
        'U.S. administration',
      ],
      es: [
        'el gobierno de Estados Unidos',
        'el gobierno estadounidense',
        'el gobierno de EE.UU.',
        'el gobierno de EEUU',
        'el gobierno de EU',
        'el gobierno de Trump',
        'la administración Trump',
        'la administración de Trump',
        'la administración estadounidense',
      ],
    },
  },
  {
    id: 'state-department',
    name: 'US State Department',
    localName: { en: 'The US State Department', es: 'El Departamento de Estado de Estados Unidos' },
    kind: 'organization',
    role: {
      en: 'The US foreign ministry, headed by Secretary of State Marco Rubio',
      es: 'La cancillería de Estados Unidos, encabezada por el secretario de Estado Marco Rubio',
    },
    aliases: {
      en: ['State Department', 'Department of State'],
      es: ['el Departamento de Estado'],
    },
    speaksFor: ['us-government'],
  },
  {
    id: 'defense-department',
    name: 'US Department of Defense',
    localName: { en: 'The US Department of Defense', es: 'El Departamento de Defensa de Estados Unidos' },
    kind: 'organization',
    role: {
      en: 'The US military department, headed by Pete Hegseth',
      es: 'El departamento militar de Estados Unidos, encabezado por Pete Hegseth',
    },
    aliases: {
      en: ['the Pentagon', 'Defense Department', 'Department of Defense'],
      es: ['el Pentágono', 'el Departamento de Defensa'],
    },
    speaksFor: ['us-government'],
  },
  {
    id: 'justice-department',
    name: 'US Department of Justice',
    localName: { en: 'The US Department of Justice', es: 'El Departamento de Justicia de Estados Unidos' },
    kind: 'organization',
    role: {
      en: 'The US justice ministry, headed by Attorney General Pam Bondi',
      es: 'El ministerio de justicia de Estados Unidos, encabezado por la fiscal general Pam Bondi',
    },
    aliases: {
      en: ['Justice Department', 'Department of Justice', 'DOJ'],
      es: ['el Departamento de Justicia'],
    },
    speaksFor: ['us-government'],
  },
  {
    id: 'mexican-government',
    name: 'Government of Mexico',
    localName: { en: 'The Mexican government', es: 'El gobierno de México' },
    kind: 'organization',
    role: {
      en: 'The federal government of Mexico, headed by President Claudia Sheinbaum',
      es: 'El gobierno federal de México, encabezado por la presidenta Claudia Sheinbaum',
    },
    aliases: {
      en: [
        'Mexican government',
        "Mexico's government",
        'government of Mexico',
        'Sheinbaum administration',
        'Sheinbaum government',
        "Sheinbaum's government",
      ],
      es: [
        'el gobierno de México',
        'el gobierno mexicano',
        'el gobierno de Sheinbaum',
        'el gobierno de Claudia Sheinbaum',
        'la administración de Sheinbaum',
      ],
    },
  },
];
