import { describe, expect, it } from 'vitest';
import { hostilePacks, packJson, packWith, reviewsJson } from './__fixtures__/hostile-packs';
import { defaultPack } from './default';
import { formatPackError, type PackError } from './errors';
import { parsePackFile } from './parse';
import { findUnsafeText } from './text-rules';
import type { TopicId } from './types';

function refusal(text: string): PackError {
  const result = parsePackFile(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

describe('parsePackFile', () => {
  it('reads a pack file and a ClaimReview file into the same pack', () => {
    expect(parsePackFile(packJson)).toStrictEqual({ ok: true, pack: defaultPack });
    expect(parsePackFile(reviewsJson)).toStrictEqual({ ok: true, pack: defaultPack });
    expect(parsePackFile(`\uFEFF${packJson}`)).toStrictEqual({ ok: true, pack: defaultPack });
  });

  it.each(hostilePacks)('refuses %s, naming the field and the rule', (_, text, expected) => {
    const error = refusal(text);
    expect({ path: error.path, code: error.code }).toEqual({ path: expected.path, code: expected.code });
    if (expected.params) expect(error.params).toEqual(expected.params);
    expect(error.message.en).not.toBe('');
    expect(error.message.es).not.toBe('');
    expect(error.message.es).not.toBe(error.message.en);
    expect(findUnsafeText(`${error.message.en} ${error.message.es}`)).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('words a refusal with its path, in English and in Spanish', () => {
    const error = refusal(
      packWith((pack) => {
        pack.quotes[2]!.references[0] = 'R99';
      }),
    );
    expect(formatPackError(error, 'en')).toBe('quotes[2].references[0]: unknown reference "R99"');
    expect(formatPackError(error, 'es')).toBe('quotes[2].references[0]: referencia desconocida “R99”');
    expect(formatPackError(refusal('{'), 'es')).toBe('el archivo no es JSON válido');
  });

  it('never echoes a hostile value back', () => {
    const error = refusal(
      packWith((pack) => {
        pack.quotes[0]!.topics[0] = '<img src=x onerror=alert(1)>' as TopicId;
      }),
    );
    expect(error).toMatchObject({ path: 'quotes[0].topics[0]', code: 'unknown-topic', params: { value: '…' } });
    const key = refusal(`{"<img src=x>":1,${packJson.slice(1)}`);
    expect(key).toMatchObject({ path: '[…]', code: 'unknown-field' });
  });

  it('ignores schema.org fields it does not read, without touching any prototype', () => {
    const text = reviewsJson.replace(
      '{"@context"',
      '{"__proto__":{"polluted":"yes"},"url":"https://example.org","@context"',
    );
    expect(parsePackFile(text)).toStrictEqual({ ok: true, pack: defaultPack });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses what is not text, without throwing', () => {
    for (const junk of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(parsePackFile(junk as never)).toMatchObject({ ok: false, error: { path: '', code: 'not-text' } });
    }
  });

  it('never throws on a corrupted file', () => {
    let seed = 20250503;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const noise = '{}[]",:\\0-ué<\u0000';
    for (const base of [packJson, reviewsJson]) {
      for (let round = 0; round < 100; round++) {
        let text = base;
        for (let edits = 1 + random(4); edits > 0; edits--) {
          const at = random(text.length);
          text = `${text.slice(0, at)}${noise[random(noise.length)]}${text.slice(at + 1)}`;
        }
        const result = parsePackFile(text);
        if (!result.ok) expect(result.error.message.en).not.toBe('');
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
