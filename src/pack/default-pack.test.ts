import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { contextLexicon, topicLexicons } from './default/lexicon';
import { PackSchema, validatePack } from './schema';
import { article, collapseWhitespace, factSheet, quotedWords, referenceIds, tableRows } from './test-support';
import { type Bilingual, type Severity, TOPIC_IDS, type Verdict } from './types';

const articleWords = collapseWhitespace(article);
const sourceQuotes = defaultPack.quotes.filter((quote) => quote.sourceText !== undefined);
const contextQuotes = defaultPack.quotes.filter((quote) => quote.sourceText === undefined);
const caveat = (id: string) => defaultPack.caveats.find((c) => c.id === id);
const quote = (id: string) => defaultPack.quotes.find((q) => q.id === id);

describe('the default pack', () => {
  it('validates, and the schema keeps every field of it', () => {
    expect(validatePack(defaultPack)).toEqual({ ok: true, pack: defaultPack });
    expect(v.parse(PackSchema, defaultPack)).toStrictEqual(defaultPack);
  });

  it('has every claim C1–C19 and every source quote Q1–Q3, in order', () => {
    expect(defaultPack.caveats.map((c) => c.id)).toEqual(Array.from({ length: 19 }, (_, i) => `C${i + 1}`));
    expect(sourceQuotes.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(contextQuotes.every((q) => /^T\d+$/.test(q.id) && q.attributedTo === undefined)).toBe(true);
  });

  it("quotes the source's exact words in every claim and source quote", () => {
    for (const { id, claim } of defaultPack.caveats) {
      expect(articleWords.includes(collapseWhitespace(claim)), id).toBe(true);
    }
    for (const { id, sourceText } of sourceQuotes) {
      expect(articleWords.includes(collapseWhitespace(sourceText ?? '')), id).toBe(true);
    }
  });
});

describe('the default pack against the fact sheet', () => {
  it('cites every reference it holds from some caveat or quote', () => {
    const cited = new Set([...defaultPack.caveats, ...defaultPack.quotes].flatMap((item) => item.references));
    expect(defaultPack.references.filter((reference) => !cited.has(reference.id)).map((r) => r.id)).toEqual([]);
  });

  const VERDICTS: Record<string, Verdict> = {
    accurate: 'accurate',
    'wrong office': 'wrong',
    overstated: 'overstated',
    'garbled / unsupported': 'unsupported',
    garbled: 'garbled',
    'wrong context': 'wrong-context',
    opinion: 'opinion',
    'misattributed, mischaracterised': 'misattributed',
    inaccurate: 'inaccurate',
    unsupported: 'unsupported',
    misattributed: 'misattributed',
    'garbled, gist right': 'garbled',
    'opinion, ambiguous': 'opinion',
    truncated: 'truncated',
  };
  const claimRows = tableRows('Claims in the source', /^C\d+$/);

  it('gives each claim the verdict, severity and references the sheet gives it', () => {
    expect(claimRows).toHaveLength(19);
    for (const [id = '', , verdict = '', , severity = '', refs = ''] of claimRows) {
      const checked = caveat(id);
      expect(checked?.verdict, id).toBe(VERDICTS[verdict]);
      // The sheet's dash means nothing to weigh; an accurate claim may still carry a low note (C12).
      const expected: Severity = severity === '–' ? 'none' : (severity as Severity);
      expect(checked?.severity, id).toBe(expected);
      expect(checked?.references, id).toEqual(referenceIds(refs));
    }
  });

  it('labels accurate claims as checked', () => {
    for (const c of defaultPack.caveats.filter((c) => c.verdict === 'accurate')) {
      expect(c.verdictLabel).toEqual({ en: 'Checked: accurate', es: 'Verificado: correcto' });
    }
  });

  it('never states as fact what the sheet marks unverified', () => {
    expect(caveat('C8')?.unverified?.en).toMatch(/unverified, and unlikely/);
    expect(caveat('C8')?.explanation.en).not.toMatch(/Sheinbaum (said|cited|pointed)/);
    expect(caveat('C14')?.unverified?.en).toMatch(/No formal executive order/);
    const english = bilinguals(defaultPack).map((text) => text.en);
    for (const text of english.filter((t) => /executive order/i.test(t))) {
      expect(text).toMatch(/no formal executive order/i);
    }
    const q2 = quote('Q2');
    expect(q2?.original.text.startsWith('…') && q2.original.text.endsWith('…]')).toBe(true);
    expect(q2?.context.en).toMatch(/full Spanish wording is unverified/);
    expect(q2?.context.es).toMatch(/no está verificado/);
  });

  it('gives the source quotes their real speakers, words and status', () => {
    const rows = tableRows('The source', /^Q\d$/);
    const originals = rows.map((row) => quotedWords(row[4] ?? '')[0]?.replace(' [sic]', ''));
    expect(sourceQuotes.map((q) => q.original.text)).toEqual(originals);
    expect(sourceQuotes.map((q) => [q.speaker, q.attributedTo, q.status, q.date])).toEqual([
      ['sheinbaum', 'sheinbaum', 'out-of-context', '2025-05-03'],
      ['sheinbaum', 'trump', 'misattributed', '2025-05-03'],
      ['hewitt', 'nsc', 'truncated', '2025-05-03'],
    ]);
    expect(
      quote('Q1')
        ?.variants.map((variant) => variant.text)
        .join(),
    ).toMatch(/United States military/);
  });

  /** References a quote's context rests on beyond its own row of the sheet. */
  const CONTEXT_REFERENCES: Record<string, string[]> = { T5: ['R31'] }; // the 20 Feb designation

  it('holds every further quote of the sheet word for word, with its confidence and references', () => {
    const rows = tableRows('More quotes', /^(?!speaker$|-+$)/);
    const withWords = rows.filter((row) => quotedWords(row[2] ?? '').length > 0);
    expect(withWords).toHaveLength(rows.length - 1); // the Rubio row describes a designation, quotes nothing
    for (const [, , words = '', confidence = '', refs = ''] of withWords) {
      for (const said of quotedWords(words)) {
        const found = contextQuotes.find((q) => q.original.text === said);
        expect(found, said).toBeDefined();
        expect(found?.confidence, said).toBe(confidence === 'M' ? 'medium' : 'high');
        const ownReferences = found?.references.filter((id) => !CONTEXT_REFERENCES[found.id]?.includes(id));
        expect(referenceIds(refs), said).toEqual(expect.arrayContaining(ownReferences ?? ['none']));
      }
    }
    expect(contextQuotes).toHaveLength(withWords.flatMap((row) => quotedWords(row[2] ?? '')).length);
  });

  it('lists references R1–R41 with the URL the sheet gives each', () => {
    const sheetUrls = new Map(
      [...factSheet.matchAll(/^- (R\d+) .* — (\S+)$/gm)].map((match) => [match[1], match[2]] as const),
    );
    expect(defaultPack.references.map((r) => r.id)).toEqual(Array.from({ length: 41 }, (_, i) => `R${i + 1}`));
    for (const { id, url, title } of defaultPack.references) {
      expect(url, id).toMatch(/^https?:\/\//);
      expect(factSheet.includes(url), id).toBe(true);
      expect(url, id).toBe(sheetUrls.get(id));
      if (title) expect(factSheet.toLowerCase().includes(title.toLowerCase()), id).toBe(true);
    }
  });
});

describe('the default pack for readers', () => {
  it('says everything in both languages, and the Spanish is not the English', () => {
    const all = bilinguals(defaultPack);
    expect(all.length).toBeGreaterThan(100);
    for (const { en, es } of all) {
      expect(en.trim(), es).not.toBe('');
      expect(es.trim(), en).not.toBe('');
      expect(es, en).not.toBe(en);
    }
  });

  it('names the people the press quotes, by the names the press uses', () => {
    const aliases = (id: string) => defaultPack.people.find((p) => p.id === id)?.aliases;
    expect(aliases('sheinbaum')?.en).toEqual(
      expect.arrayContaining(['Claudia Sheinbaum', 'Sheinbaum', "Mexico's president", 'the Mexican president']),
    );
    expect(aliases('sheinbaum')?.es).toEqual(
      expect.arrayContaining(['la presidenta', 'la mandataria', 'la presidenta Sheinbaum']),
    );
    expect(aliases('trump')?.en).toEqual(expect.arrayContaining(['Donald Trump', 'Trump', 'President Trump']));
    expect(aliases('trump')?.es).toEqual(
      expect.arrayContaining(['el presidente Trump', 'el mandatario estadounidense']),
    );
    const ids = defaultPack.people.map((p) => p.id);
    for (const id of ['hewitt', 'nsc', 'rubio', 'hegseth', 'bondi', 'kelly', 'white-house', 'supreme-court']) {
      expect(ids).toContain(id);
    }
  });

  it('describes the eight topics and takes their words from the lexicon', () => {
    expect(defaultPack.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const topic of defaultPack.topics) expect(topic.lexicon).toBe(topicLexicons[topic.id]);
    expect(defaultPack.context).toBe(contextLexicon);
  });
});

/** Every `{ en, es }` pair of strings anywhere in the pack. */
function bilinguals(value: unknown): Bilingual[] {
  if (Array.isArray(value)) return value.flatMap(bilinguals);
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  const { en, es } = value as Partial<Bilingual>;
  if (entries.length === 2 && typeof en === 'string' && typeof es === 'string') return [{ en, es }];
  return entries.flatMap(([, inner]) => bilinguals(inner));
}

describe('the default pack’s wording, as the audit against the sheet asked', () => {
  const texts = (item: object) => JSON.stringify(item);

  it('says nothing of what was or was not said in the 16 April call, of which there is no record', () => {
    for (const item of [...defaultPack.caveats, ...defaultPack.quotes]) {
      expect(texts(item), item.id).not.toMatch(/not during the call|no durante la llamada/);
    }
  });

  it('hedges the order Q2 speaks of beside the words, and calls its Spanish a fragment', () => {
    const q2 = quote('Q2');
    expect(q2?.difference?.en).toMatch(/no formal executive order has been found/);
    expect(q2?.difference?.es).toMatch(/no se ha encontrado ninguna orden ejecutiva formal/);
    expect(q2?.context.en).toMatch(/fragment/);
    expect(q2?.context.en).not.toMatch(/opening of her Spanish sentence/);
    // The English rendering brackets whole words, not half of one.
    expect(q2?.translation?.en).not.toMatch(/\p{L}\[/u);
  });

  it('spells out the SESNSP and says what Mexico demands of the arms trade', () => {
    expect(caveat('C9')?.explanation.en).toMatch(/National Public Security System \(SESNSP\)/);
    expect(caveat('C9')?.explanation.es).toMatch(/Sistema Nacional de Seguridad Pública \(SESNSP\)/);
    expect(caveat('C13')?.explanation.en).toMatch(/demanded that the United States curb the flow of weapons/);
  });

  it('words the Spanish as a Mexican reader would', () => {
    expect(quote('T13')?.translation?.es).not.toMatch(/comerciantes/);
    expect(quote('T15')?.translation?.es).not.toMatch(/detenido/);
    expect(quote('Q3')?.context.es).not.toMatch(/según la difundió/);
    expect(caveat('C10')?.explanation.es).not.toMatch(/acusó una/);
    // August's transfer is not dated to February.
    expect(caveat('C4')?.explanation.es).not.toMatch(/en febrero de 2025 México envió .* y trasladó/);
  });
});
