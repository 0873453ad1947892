import { describe, expect, it } from 'vitest';
import { findUnsafeText, findUrlProblem, isIsoDate, normalizeWhitespace } from './text-rules';

describe('findUnsafeText', () => {
  it('lets plain text through, comparisons and hearts included', () => {
    for (const text of [
      'a < b',
      'x<5',
      '<3',
      '1 <= 2',
      'Smith & Wesson',
      'data: 86.9 a day',
      'JavaScript is a language',
    ]) {
      expect(findUnsafeText(text), text).toBeUndefined();
    }
  });

  it('refuses a "<" that starts a tag, end tag, comment, doctype or processing instruction', () => {
    for (const text of ['<b>', 'x<script>', '</p>', '<!-- c -->', '<!DOCTYPE html>', '<?xml ?>', '<svg/onload=1>']) {
      expect(findUnsafeText(text), text).toBe('markup');
    }
  });

  it('refuses links that run code, however they are spelled', () => {
    for (const text of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\nscript:x', 'java\tscript:x', 'vbscript:x']) {
      expect(findUnsafeText(text), text).toBe('script-scheme');
    }
    expect(findUnsafeText('data:text/html;base64,AAAA')).toBe('script-scheme');
  });

  it('refuses control and text-direction characters, but not tabs and line breaks', () => {
    expect(findUnsafeText('a\u0000b')).toBe('control-char');
    expect(findUnsafeText('a\u202Eb')).toBe('control-char');
    expect(findUnsafeText('a\u0085b')).toBe('control-char');
    expect(findUnsafeText('a\tb\nc\r\nd')).toBeUndefined();
  });
});

describe('findUrlProblem', () => {
  it('accepts http and https links', () => {
    expect(findUrlProblem('https://ballotpedia.org/Smith_&_Wesson_Brands_v._Estados_Unidos_Mexicanos')).toBeUndefined();
    expect(findUrlProblem('http://example.org/?p=3203')).toBeUndefined();
  });

  it('names what is wrong with anything else', () => {
    expect(findUrlProblem('javascript:alert(1)')).toBe('url-scheme');
    expect(findUrlProblem('mailto:a@b.c')).toBe('url-scheme');
    expect(findUrlProblem(' https://example.org')).toBe('url-invalid');
    expect(findUrlProblem('https://exa mple.org')).toBe('url-invalid');
    expect(findUrlProblem('https:example.org')).toBe('url-invalid');
    expect(findUrlProblem('//example.org')).toBe('url-invalid');
    expect(findUrlProblem('https://user@example.org')).toBe('url-credentials');
  });
});

describe('isIsoDate', () => {
  it('accepts real days, and months where asked', () => {
    expect(isIsoDate('2024-02-29', false)).toBe(true);
    expect(isIsoDate('2025-09', true)).toBe(true);
  });

  it('refuses days that do not exist and other formats', () => {
    for (const date of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00', '3 May 2025', '2025-5-3']) {
      expect(isIsoDate(date, true), date).toBe(false);
    }
    expect(isIsoDate('2025-09', false)).toBe(false);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs of whitespace and trims', () => {
    expect(normalizeWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});
