import { describe, expect, it } from 'vitest';
import { parseSite, siteKey } from './sites';

describe('siteKey', () => {
  it('treats www. and case as the same site', () => {
    expect(siteKey('WWW.Example.com')).toBe('example.com');
    expect(siteKey('news.example.com.')).toBe('news.example.com');
    expect(siteKey('www.com')).toBe('www.com');
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('parseSite', () => {
  it('accepts hostnames and web addresses', () => {
    expect(parseSite('example.com')).toBe('example.com');
    expect(parseSite('  Example.COM ')).toBe('example.com');
    expect(parseSite('https://www.nytimes.com/2025/05/03/world/mexico.html')).toBe('nytimes.com');
    expect(parseSite('example.com:8080')).toBe('example.com');
    expect(parseSite('localhost')).toBe('localhost');
    expect(parseSite('127.0.0.1')).toBe('127.0.0.1');
    expect(parseSite('bücher.de')).toBe('xn--bcher-kva.de');
    expect(parseSite('http://[::1]:3000/')).toBe('[::1]');
  });

  it('refuses what is not a web site', () => {
    for (const input of [
      '',
      '   ',
      'two words',
      'chrome://extensions',
      'file:///tmp/a.html',
      'a..b',
      '-a.com',
      'a_b.com',
      'http://',
      `${'a'.repeat(64)}.com`,
      '<b>x</b>',
    ]) {
      expect(parseSite(input), input).toBeNull();
    }
  });
});
