import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { createDetector } from '..';

const detector = createDetector(defaultPack);

/** The words painted as mentions of a topic, on a text plainly about the dispute. */
function mentions(text: string) {
  const result = detector.scan(text, { sensitivity: 'broad' });
  expect(result.about).toBe(true);
  return result.mentions.map((m) => [m.topic, m.text]);
}

describe('a topic is named right or not at all', () => {
  it('takes the Sinaloa Cartel for the cartels, not the state of Sinaloa', () => {
    const found = mentions(
      'Sheinbaum rejected US troops in Mexico, as Trump pressed on the cartels. In the state of Sinaloa, farmers harvested tomatoes. The Sinaloa Cartel was designated a terrorist organization.',
    );
    expect(found).toContainEqual(['cartels', 'Sinaloa Cartel']);
    expect(found.filter(([, text]) => text === 'Sinaloa')).toEqual([]);
    const es = mentions(
      'Sheinbaum rechazó el envío de tropas estadounidenses a México, mientras Trump presionaba contra los cárteles. En el estado de Sinaloa hubo lluvias. El cártel de Sinaloa fue designado organización terrorista.',
    );
    expect(es.filter(([, text]) => text === 'Sinaloa')).toEqual([]);
  });

  it('ends a lawsuit before “contra”', () => {
    const found = mentions(
      'México presentó una demanda contra los fabricantes de armas de Estados Unidos, dijo Sheinbaum, mientras Trump amenazaba con aranceles por el fentanilo.',
    );
    expect(found.every(([, text]) => !/^demanda contra$/i.test(text ?? ''))).toBe(true);
  });

  it('does not take Mexico’s own troops at its border for the US military zones', () => {
    const found = mentions(
      'Sheinbaum said Mexico would send 10,000 troops to the border after Trump threatened tariffs over fentanyl and cartels.',
    );
    expect(found.filter(([topic]) => topic === 'border-zone')).toEqual([]);
  });
});
