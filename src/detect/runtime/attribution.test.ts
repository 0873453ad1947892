import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../pack/default';
import { sourceArticle } from '../__fixtures__/corpus';
import { fixturePack } from '../__fixtures__/pack';
import { compileAttribution } from '../compile/compile-attribution';
import { createDetector } from '../index';
import { loadAttributor } from './attribution';

const attributor = loadAttributor(compileAttribution([fixturePack]));
const withDefaultPack = loadAttributor(compileAttribution([defaultPack]));
const Q = 'We will never accept the presence of the United States army in our territory';

/** Whom `text` names as saying the first occurrence of `quote`. */
function speakerOf(text: string, quote = Q, by = attributor): string | null {
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  return by.attribute(text, at, at + quote.length);
}

describe('attribution', () => {
  it.each([
    ['“X,” said Trump.', 'trump'],
    ['“X,” Trump said.', 'trump'],
    ['“X,” she said, according to the transcript.', null],
    ['Sheinbaum stated, “X.”', 'sheinbaum'],
    ['In her call with Trump, Sheinbaum stated: “X.”', 'sheinbaum'],
    ['According to Trump, “X.”', 'trump'],
    ['Sheinbaum: “X.”', 'sheinbaum'],
    ['Trump has insisted on tougher measures, stating, “X.”', 'trump'],
    ['Sheinbaum rejected Trump’s offer, saying “X.”', 'sheinbaum'],
    ['Trump’s spokesman said: “X.”', null],
    ['The weather was fine. “X.”', null],
  ])('English: %s', (template, expected) => {
    expect(speakerOf(template.replace('X', Q))).toBe(expected);
  });

  it.each([
    ['«X», dijo Trump.', 'trump'],
    ['«X», Trump dijo.', 'trump'],
    ['Dijo Sheinbaum: «X».', 'sheinbaum'],
    ['Sheinbaum afirmó: «X».', 'sheinbaum'],
    ['La presidenta dijo: «X».', 'sheinbaum'],
    ['Según Trump, «X».', 'trump'],
    ['«X», afirmó la mandataria.', 'sheinbaum'],
  ])('Spanish: %s', (template, expected) => {
    expect(speakerOf(template.replace('X', Q))).toBe(expected);
  });

  it.each([
    ['“X,” Mr. Trump told reporters.', 'trump'],
    ['Mr. Trump told reporters: “X.”', 'trump'],
    ['“X,” Ms. Sheinbaum said on Saturday.', 'sheinbaum'],
    ['“X,” the U.S. president said.', 'trump'],
    ['The White House said in a statement: “X.”', 'white-house'],
    ['“X,” the White House said in a statement.', 'white-house'],
    ['“X,” according to the White House.', 'white-house'],
    ['“X,” according to a statement from the White House.', 'white-house'],
    ['The U.S. government said: “X.”', 'us-government'],
    ['“X,” the Mexican government said.', 'mexican-government'],
    ['“X,” the State Department said.', 'state-department'],
    ['Sheinbaum spoke on Saturday. “X.”', 'sheinbaum'],
    ['“A,” Trump said. “X.”', 'trump'],
    ['Trump, speaking about Sheinbaum, said: “X.”', 'trump'],
    ['Trump met Sheinbaum on Friday. “X.”', null],
    ['Trump said many things.\n\n“X.”', null],
    ['«X», dijo la mandataria.', 'sheinbaum'],
    ['«X», señaló el mandatario estadounidense.', 'trump'],
    ['La Sra. Sheinbaum dijo: «X».', 'sheinbaum'],
    ['«X», según la Casa Blanca.', 'white-house'],
    ['El gobierno de México dijo en un comunicado: «X».', 'mexican-government'],
    ['«X», afirmó el Departamento de Estado.', 'state-department'],
    ['Sheinbaum habló el sábado en Texcoco. «X».', 'sheinbaum'],
  ])('as news writes it: %s', (template, expected) => {
    expect(speakerOf(template.replace('X', Q), Q, withDefaultPack)).toBe(expected);
  });

  it('resolves a pronoun to the person named before it', () => {
    expect(speakerOf(`Sheinbaum spoke in Texcoco on Saturday. “${Q},” she said.`)).toBe('sheinbaum');
    expect(speakerOf(`Trump spoke to reporters, and Sheinbaum answered him. “${Q},” he said.`)).toBe('trump');
  });

  it('takes a pronoun for the last one named as speaking, before anyone merely mentioned', () => {
    const by = withDefaultPack;
    const hewitt = `Hewitt said Sheinbaum and Trump have been working together. However, he added: “${Q}.”`;
    expect(speakerOf(hewitt, Q, by)).toBe('hewitt');
    const trump = `Sheinbaum said the talks went well. Trump, who met her, was less sure. “${Q},” he said.`;
    expect(speakerOf(trump, Q, by)).toBe('trump');
  });

  it('does not read the Spanish "he" (I have) as the English pronoun', () => {
    expect(speakerOf(`Trump habló ayer.\n\n«Como he dicho, ${Q}».`)).toBeNull();
  });

  it('resolves a description to the person the text introduced with it', () => {
    const text = `Sheinbaum spoke with former U.S. President Donald Trump.\n\nShe was firm. The former president has insisted on more, stating, “${Q}.”`;
    expect(speakerOf(text)).toBe('trump');
  });

  it('stays within the paragraph', () => {
    expect(speakerOf(`Trump said many things.\n\n“${Q}.”`)).toBeNull();
  });
});

describe('misattribution', () => {
  it('flags Q2 of the source article as Sheinbaum’s words given to Trump', () => {
    const result = createDetector(fixturePack).scan(sourceArticle());
    const q2 = result.quotes.find((q) => q.quote === 'Q2');
    expect(q2).toMatchObject({ saidBy: 'sheinbaum', attributedTo: 'trump', misattributed: true });
    const q1 = result.quotes.find((q) => q.quote === 'Q1');
    expect(q1).toMatchObject({ saidBy: 'sheinbaum', attributedTo: 'sheinbaum', misattributed: false });
  });

  it('flags a quote put in the wrong mouth, and not one in the right one', () => {
    const detector = createDetector(fixturePack);
    const context = 'Mexico and the United States argued over U.S. troops and the cartels.';
    const wrong = detector.scan(`${context} “${Q},” Trump said.`).quotes[0];
    expect(wrong).toMatchObject({ quote: 'Q1', attributedTo: 'trump', misattributed: true });
    const right = detector.scan(`${context} “${Q},” dijo Sheinbaum.`).quotes[0];
    expect(right).toMatchObject({ quote: 'Q1', attributedTo: 'sheinbaum', misattributed: false });
  });
});
