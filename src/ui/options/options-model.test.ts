import { describe, expect, it } from 'vitest';
import { packError } from '../../pack/errors';
import { addSite, packErrorText } from './options-model';

describe('adding a site', () => {
  it('adds the site a hostname or address names', () => {
    expect(addSite('https://www.ElPais.com/mexico/', ['example.com'])).toEqual({
      ok: true,
      site: 'elpais.com',
    });
  });

  it('says why it cannot', () => {
    expect(addSite('not a site', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(addSite('www.example.com/opinion/*', [])).toEqual({ ok: true, site: 'example.com/opinion/*' });
    expect(addSite('chrome://settings', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(addSite('www.example.com', ['example.com'])).toEqual({ ok: false, reason: 'listed', site: 'example.com' });
  });
});

describe('a refused pack', () => {
  it('is explained with the field at fault, in the reader’s language', () => {
    const error = packError(['quotes', 2, 'references', 0], 'unknown-reference', { value: 'R99' });
    expect(packErrorText({ ok: false, error }, 'en')).toBe('quotes[2].references[0]: unknown reference "R99"');
    expect(packErrorText({ ok: false, error }, 'es')).toBe('quotes[2].references[0]: referencia desconocida “R99”');
    expect(packErrorText({ ok: false, error: 'default-pack' }, 'en')).toBeNull();
  });
});
