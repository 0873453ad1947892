import { describe, expect, it } from 'vitest';
import { excerpt } from '../__fixtures__/corpus';
import { fixturePack } from '../__fixtures__/pack';
import { createDetector } from '../index';

const detector = createDetector(fixturePack);

describe('relevance: generic words never count', () => {
  it.each([
    ['Mexico alone', 'We spent a week in Mexico, eating tacos and visiting the pyramids near Mexico City.'],
    ['Trump alone', 'Trump held a rally in Ohio on Tuesday, where he talked about the economy and the border wall.'],
    ['Cartelera', 'La cartelera de este fin de semana trae estrenos de México y de Estados Unidos.'],
    [
      'trumped up',
      'His lawyers in Mexico City said the charges were trumped up, and the U.S. embassy declined to comment.',
    ],
    [
      'Mexico City Policy',
      'The Trump administration reinstated the Mexico City Policy, barring U.S. aid to groups abroad that counsel on abortion.',
    ],
    [
      'New Mexico tourism',
      'Albuquerque, New Mexico, hosts the Balloon Fiesta every October, and visitors drive in from Texas and Arizona.',
    ],
    [
      'US troops in Poland',
      'Trump said more U.S. troops would move from Germany to Poland, and that Warsaw would pay for the new bases.',
    ],
    [
      'US gun laws',
      'Senate Democrats pushed a ban on assault weapons after another mass shooting; the gun lobby vowed to fight it in court.',
    ],
    [
      'steel tariffs',
      'Trump announced 25% tariffs on steel and aluminium from Canada, Mexico and the European Union, citing national security.',
    ],
    [
      'the 2019 migration deal',
      'In June 2019 Trump dropped his tariff threat after López Obrador agreed to send National Guard troops to Mexico’s southern border to curb migration.',
    ],
    [
      'Fast and Furious',
      'The ATF’s Operation Fast and Furious let some 2,000 guns cross the border into Mexico, where many ended up with the Sinaloa cartel.',
    ],
    [
      'trade cooperation',
      'Sheinbaum and Trump discussed trade cooperation and coordination ahead of the USMCA review; Ebrard said collaboration with Washington on autos remains strong.',
    ],
    [
      'colaboración comercial',
      'La presidenta Sheinbaum destacó la colaboración con Estados Unidos en materia comercial y dijo que la cooperación económica con Trump beneficia a ambos países.',
    ],
    [
      'the drug war of 2010',
      'In 2010 President Felipe Calderón sent thousands of soldiers to Ciudad Juárez to fight the cartels, with U.S. intelligence under the Mérida Initiative.',
    ],
  ])('%s', (_, text) => {
    for (const sensitivity of ['strict', 'normal', 'broad'] as const) {
      const result = detector.scan(text, { sensitivity });
      expect(result.about).toBe(false);
      expect(result.mentions).toEqual([]);
    }
  });

  it.each([
    'x093', // Albuquerque, New Mexico
    'x099', // US troops to Poland
    'x107', // US assault weapons bill
    'x116', // Gulf of America renaming
    'x124', // 2019 migration deal
    'x130', // Rápido y Furioso
    'x136', // Cártel Inmobiliario
    'x138', // steel tariffs
  ])('hard negative %s yields nothing', (id) => {
    const result = detector.scan(excerpt(id).text);
    expect(result.about).toBe(false);
    expect(result.mentions).toEqual([]);
    expect(result.quotes).toEqual([]);
  });
});

describe('relevance: the dispute is found in both languages', () => {
  it('English', () => {
    const result = detector.scan(
      "Mexican President Claudia Sheinbaum said Saturday she had rejected Donald Trump's proposal to send U.S. troops into Mexico to fight drug cartels, adding that Mexico would keep sharing information with Washington.",
    );
    expect(result.about).toBe(true);
    expect(result.topics.troops).toBeGreaterThan(0);
    expect(result.topics.cartels).toBeGreaterThan(0);
    expect(result.topics.cooperation).toBeGreaterThan(0);
  });

  it('Spanish', () => {
    const result = detector.scan(
      'La presidenta Claudia Sheinbaum rechazó la propuesta de Donald Trump de enviar tropas estadounidenses a México para combatir a los cárteles. «Podemos colaborar, pero sin subordinación», afirmó.',
    );
    expect(result.about).toBe(true);
    expect(result.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['tropas estadounidenses a México', 'cárteles', 'colaborar', 'sin subordinación']),
    );
  });

  it.each(['x001', 'x011', 'x037', 'x065'])('dispute excerpt %s', (id) => {
    const result = detector.scan(excerpt(id).text);
    expect(result.about).toBe(true);
    expect(result.mentions.length).toBeGreaterThan(0);
  });

  it('highlights a common word such as "cooperation" once the text is about the dispute', () => {
    const result = detector.scan(
      'Sheinbaum said Mexico will keep its security cooperation with Washington against the cartels, but never accept U.S. troops. Cooperation, yes; subordination, no.',
    );
    expect(result.about).toBe(true);
    expect(result.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['security cooperation', 'Cooperation']));
  });

  it('tags anchors and terms', () => {
    const result = detector.scan(
      'Hegseth toured the New Mexico National Defense Area, where U.S. troops may now detain migrants who cross from Mexico, and he praised cooperation with Sheinbaum.',
    );
    expect(result.about).toBe(true);
    expect(result.mentions.find((m) => m.text === 'National Defense Area')?.kind).toBe('anchor');
    expect(result.mentions.find((m) => m.text === 'troops')?.kind).toBe('term');
  });
});

describe('relevance: where a term counts', () => {
  const lead =
    'Sheinbaum told Trump that Mexico will never accept U.S. troops on its soil, and rejected any military intervention against the cartels.';

  it('a blank line is a hard boundary for the context of a term', () => {
    const result = detector.scan(`${lead}\n\nFentanyl overdoses keep rising.`);
    expect(result.about).toBe(true);
    expect(result.mentions.some((m) => m.text === 'Fentanyl')).toBe(false);
    const joined = detector.scan(`${lead} Fentanyl overdoses keep rising.`);
    expect(joined.mentions.some((m) => m.text === 'Fentanyl')).toBe(true);
  });

  it('a term with neither side nearby does not count, even on a page about the dispute', () => {
    const result = detector.scan(`${lead}\n\nThe weather: heavy rain, and troops of scouts camped by the river.`);
    expect(result.about).toBe(true);
    expect(result.mentions.every((m) => m.start < lead.length)).toBe(true);
  });

  it('stricter sensitivities need more evidence', () => {
    const text = excerpt('x073').text;
    expect(detector.scan(text, { sensitivity: 'broad' }).about).toBe(true);
    expect(detector.scan(text, { sensitivity: 'normal' }).about).toBe(true);
    expect(detector.scan(text, { sensitivity: 'strict' }).about).toBe(false);
    const scores = (['strict', 'normal', 'broad'] as const).map(
      (sensitivity) => detector.scan(text, { sensitivity }).score,
    );
    expect(scores[0]).toBeLessThanOrEqual(scores[1]!);
    expect(scores[1]).toBeLessThanOrEqual(scores[2]!);
  });

  it('markers of another era outweigh the same words', () => {
    const text =
      'Under Felipe Calderón, Mexico fought the cartels with U.S. help: the Mérida Initiative paid for helicopters, and Calderón sent troops and soldiers against drug trafficking along the border.';
    const result = detector.scan(text);
    expect(result.about).toBe(false);
    const now = detector.scan(
      text
        .replaceAll('Felipe Calderón', 'Claudia Sheinbaum')
        .replaceAll('Calderón', 'Sheinbaum')
        .replace('the Mérida Initiative', 'Washington'),
    );
    expect(now.about).toBe(true);
  });
});
