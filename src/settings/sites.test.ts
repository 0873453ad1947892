import { describe, expect, it } from 'vitest';
import { entryCovers, parseSite, parseSitePattern, siteKey } from './sites';

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

describe('parts of a site', () => {
  it('are a site and a path with a wildcard', () => {
    expect(parseSitePattern('example.com/opinion/*')).toBe('example.com/opinion/*');
    expect(parseSitePattern(' https://www.Example.com/*/live/* ')).toBe('example.com/*/live/*');
    for (const input of ['example.com/opinion/', 'example.com', '*/x', 'not a site/*', 'example.com/a b*', '/x/*']) {
      expect(parseSitePattern(input), input).toBeNull();
    }
  });

  it('cover the pages of their site whose path they match, whole', () => {
    expect(entryCovers('example.com/opinion/*', 'www.example.com', '/opinion/2025/trump.html')).toBe(true);
    expect(entryCovers('example.com/opinion/*', 'example.com', '/news/opinion/x')).toBe(false);
    expect(entryCovers('example.com/opinion/*', 'other.com', '/opinion/x')).toBe(false);
    expect(entryCovers('example.com/*.html', 'example.com', '/a(b).html')).toBe(true);
    expect(entryCovers('example.com/a.b*', 'example.com', '/axb')).toBe(false);
    expect(entryCovers('example.com', 'www.example.com', '/anything')).toBe(true);
  });
});
