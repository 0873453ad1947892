import { describe, expect, it } from 'vitest';
import { collapseSpaces } from './spaces';

describe('collapseSpaces', () => {
  it('makes each run of spaces, tabs and line breaks one space', () => {
    expect(collapseSpaces('Sheinbaum\n      said\t\t that  US\u00a0\u00a0troops\r\n')).toBe(
      'Sheinbaum said that US troops ',
    );
  });

  it('leaves single separators and what is dropped inside words as they are', () => {
    expect(collapseSpaces('a b\nc')).toBe('a b\nc');
    expect(collapseSpaces('Shein\ufeff\ufeffbaum Mé\u200b\u200bxico')).toBe('Shein\ufeff\ufeffbaum Mé\u200b\u200bxico');
  });
});
